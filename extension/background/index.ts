/**
 * The service worker: the only owner of the reader's database. It holds no
 * state in memory that matters — Chrome may stop it at any moment — and
 * answers every call from the database.
 */
import browser from 'webextension-polyfill';
import { CrosscheckDatabase } from '../../src/db/database';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { createDurability } from '../../src/db/durability';
import { createDatasetStore } from '../../src/db/dataset-store';
import { createClaimNotesReader } from '../../src/db/claim-notes';
import { DATASETS_REVISION_KEY, NOTES_AS_CLAIMS_KEY } from '../shared/datasets';
import { createRouter } from './router';
import { createLibraryService } from './library';
// The build-validated dataset as it is (see src/dataset/bundled.ts): validating it again here
// cost every start of the worker ~10–40 ms, and a stopped worker starts on the popup's first call.
import { dataset } from '../../src/dataset/bundled';
import { registerShortcuts } from './shortcuts';
import { partRequested, START_CONTENT, startRequested } from '../shared/start-content';
import { injectPart, startContent } from './start-content';
import { createAnalysisService } from './analysis';
import { ANALYSIS_PORT, type AnalysisReply } from '../shared/analysis-protocol';
import { answerOn } from './page-port';
import { createTabKeys, type SessionArea } from './tab-keys';

const db = new CrosscheckDatabase();
const claimNotes = createClaimNotesReader(db);
const datasetStore = createDatasetStore(db);
/** The reader's notes as known claims (the reader may switch this off in the settings); read here, in the extension's origin. */
async function notesAsKnownClaims() {
  const stored = await browser.storage.local.get(NOTES_AS_CLAIMS_KEY);
  if (stored[NOTES_AS_CLAIMS_KEY] === false) return [];
  return claimNotes();
}
// Claim analysis for the pages (ADR 0095): the engine compiled here once per revision of the datasets,
// in slices; pages asking while changed datasets compile get the bundled dataset's answer and read
// again when it is done (ADR 0130).
const analysis = createAnalysisService({
  bundled: dataset,
  imported: () => datasetStore.enabled(),
  notes: notesAsKnownClaims,
  onFresh: () => void browser.storage.local.set({ [DATASETS_REVISION_KEY]: Date.now() }).catch(() => undefined),
});
let revisionTimer: ReturnType<typeof setTimeout> | undefined;
const durability = createDurability({
  db,
  local: {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
  },
  // `persist()` is offered to window contexts only; in a worker this reports `persisted()`.
  storage: (navigator as { storage?: StorageManager }).storage,
});
const handle = createRouter({
  store: createAnnotationStore(db),
  extensionOrigin: browser.runtime.getURL(''),
  // Static import: service workers may not import() at run time.
  library: createLibraryService({ db, actors: () => dataset.actors }),
  durability,
  askPage: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  datasets: datasetStore,
  // Open tabs and the popup listen for this key: switching a dataset off takes its marks off at once.
  // A burst of changes (an import of many notes, two tabs saving at once) is told once, after it.
  onDatasetsChanged: () => {
    analysis.invalidate();
    clearTimeout(revisionTimer);
    revisionTimer = setTimeout(() => void browser.storage.local.set({ [DATASETS_REVISION_KEY]: Date.now() }).catch(() => undefined), 250);
  },
  notes: notesAsKnownClaims,
  // `storage.session` straight from the browser (the polyfill does not wrap it); absent in older browsers.
  tabKeys: createTabKeys((globalThis as { chrome?: { storage?: { session?: SessionArea } } }).chrome?.storage?.session),
});

// Every start of the worker (install, browser start, wake-up after idle):
// the eviction check and the request for persistent storage.
void durability.start();

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own contexts can reach this listener (no externally_connectable),
  // but every message is still validated by the router.
  if (sender.id !== browser.runtime.id) return undefined;
  const start = startRequested(message);
  if (start) return startContent(sender, start.top, analysis.screen);
  const part = partRequested(message);
  if (part) return injectPart(sender, part);
  return handle(message, { url: sender.url, tabId: sender.tab?.id });
});

// One analysis per port: the page disconnects to cancel it (a newer reading of a changed page).
browser.runtime.onConnect.addListener((port: browser.Runtime.Port) => {
  // The bootstrap's start, on a channel it opened before reading the page's top (ADR 0280):
  // one request, one answer, the same checks as the message, the frame from the port's sender.
  if (port.name === START_CONTENT && port.sender?.id === browser.runtime.id) {
    const sender = port.sender;
    const answer = answerOn(port);
    port.onMessage.addListener((message: unknown) => {
      const start = startRequested(message);
      if (!start) return answer.close();
      void startContent(sender, start.top, analysis.screen).then(answer.post, answer.close);
    });
    return;
  }
  if (port.name !== ANALYSIS_PORT || port.sender?.id !== browser.runtime.id) return;
  const answer = answerOn(port);
  port.onMessage.addListener(analysis.port((reply: AnalysisReply) => answer.post(reply), answer.closed));
});

registerShortcuts();
