/**
 * The popup's entry. popup.html already shows the popup's shell (painted
 * before any script runs); this module, which shares no chunk with other
 * pages, starts everything the first view needs at once:
 * - the calls to the page's content script and to the service worker;
 * - the bundled dataset (its own chunk);
 * - Preact and the views.
 * The views render the page's data when both it and the dataset are in.
 */
import { browserApi } from './api';
import { loadKnowledge, loadPageData } from './data';

const data = loadPageData(browserApi);
const knowledge = loadKnowledge();
// App handles their failures; these keep the browser from reporting them as unhandled meanwhile.
data.catch(() => undefined);
knowledge.catch(() => undefined);

void import('./view').then(({ mount }) => {
  const root = document.getElementById('app');
  if (root) mount(root, { api: browserApi, data, knowledge });
});
