/**
 * The popup's entry. popup.html already shows the popup's shell (painted
 * before any script runs, while this module and its two shared chunks,
 * Preact and the dataset, load side by side). Once they are in, the calls to
 * the page's content script and to the service worker leave first; Preact's
 * first render, which takes the shell over, overlaps their round trips.
 */
import { render } from 'preact';
import { browserApi } from './api';
import { App } from './App';
import { loadPageData } from './data';
import { knowledge, knowledgeOf } from './knowledge';

const data = loadPageData(browserApi);
// App handles its failure; this keeps the browser from reporting it as unhandled meanwhile.
data.catch(() => undefined);

// The imported claims the page's results refer to come with its analysis.
const imported = data.then((d) => (d.status === 'ready' ? knowledgeOf(d.analysis.known) : knowledge));

const root = document.getElementById('app');
if (root) render(<App api={browserApi} data={data} imported={imported} />, root);
