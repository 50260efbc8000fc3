/**
 * The popup's first work. main.tsx imports this module first, so in the
 * popup's one module file (ADR 0127) its body runs before the bundled
 * dataset, its lookups and Preact are evaluated: the calls to the page and
 * the worker are in flight meanwhile.
 */
import { browserApi } from './api';
import { loadPageData } from './data';

export const pageData = loadPageData(browserApi);
// App handles its failure; this keeps the browser from reporting it as unhandled meanwhile.
pageData.catch(() => undefined);
