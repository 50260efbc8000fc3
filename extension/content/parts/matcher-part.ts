/**
 * content-matcher.js (ADR 0150): the alias matcher over the bundled dataset,
 * read from the tables the build compiled (ADR 0100). A page needs it only
 * where the worker cannot answer (three dropped ports) or where the page is
 * not shaped like an article and the activation check counts actors itself.
 */
import { bundledMatcher } from '../bundled-matcher';
import { providePart } from '../parts-shelf';

providePart('matcher', { matcher: bundledMatcher });
