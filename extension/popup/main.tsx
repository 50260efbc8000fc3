/**
 * The popup's entry. popup.html already shows the popup's shell. The build
 * makes the popup one module file (ADR 0127); start.ts, imported first, sends
 * the calls to the page's content script and to the service worker before
 * the rest of it (the bundled dataset, its lookups, Preact) is evaluated, and
 * Preact's first render, which takes the shell over, overlaps their round
 * trips.
 */
// First: its calls leave before the rest of this module file is evaluated (start.ts).
import { pageData as data } from './start';
import { render } from 'preact';
import { browserApi } from './api';
import { App } from './App';
import { knowledge, knowledgeOf } from './knowledge';

// The imported claims the page's results refer to come with its analysis.
const imported = data.then((d) => (d.status === 'ready' ? knowledgeOf(d.analysis.known) : knowledge));

const root = document.getElementById('app');
if (root) render(<App api={browserApi} data={data} imported={imported} />, root);
