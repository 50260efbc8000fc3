/**
 * Crosscheck's content script: a classic script, injected into http(s) pages.
 * It stays idle where the reader switched it off and on pages that are not
 * articles; elsewhere it highlights actors and claims and re-attaches the
 * reader's annotations, and follows the page as it changes.
 */
import { loadSettings } from '../shared/settings';
import { isActiveOn } from '../shared/sites';
import { onDatasetsChanged } from '../shared/datasets';
import { shouldActivate } from './activation';
import { callWorker } from '../shared/client';
import { loadLayerPrefs, saveLayerPrefs, watchLayerPrefs } from './layer-control';
import { extensionAlive } from './listeners';
import { injectedKnowledge } from './bundled-knowledge';
import { clearShelf } from './parts-shelf';
import { answerPageCalls } from './page-calls';
import { Cancelled, createSlicer } from './slicing';
import { stamp } from './trace-stamp';
import { describePage, pageUrlKey } from './page-info';
import { startSession, type Session } from './session';
import { answeredFirstScreen, askFirstScreen } from './first-screen';
import { remoteAnalyzer } from './remote-analysis';
import { releaseBootScreen, takeBootShelf, type BootScreen } from './boot-screen';

/**
 * The start guard, under a symbol on this isolated world's global: a page can
 * neither reach our world's globals nor clobber a symbol-keyed property with
 * its elements (`<img id="__crosscheckLoaded">` makes a *named* property of
 * `window`, visible in every world, that a string-keyed flag would read as set).
 */
const LOADED = Symbol.for('crosscheck.content-script.loaded');

/** `failed`: the session could not start at all (each part failing on its own is the session's to report). */
let state: 'starting' | 'ready' | 'idle' | 'off' | 'failed' = 'starting';
let session: Session | null = null;
/** The first screen the bootstrap drew (ADR 0180): the session's to replace, or taken off where no session starts. */
let bootScreen: BootScreen | null = null;

function mark(next: 'ready' | 'idle' | 'off') {
  state = next;
  if (next !== 'ready') releaseBootScreen(bootScreen);
  // A state flag for tests and for the reader's own scripts; it carries no note or page data.
  document.documentElement.dataset.crosscheck = next;
}

/** The page before (or without) a session: not read yet, left idle, switched off, or not readable at all. */
function startInfo() {
  if (state === 'failed') return describePage(document, 'ready', ['actors', 'claims', 'notes']);
  return describePage(document, state === 'ready' || state === 'starting' ? 'idle' : state);
}

async function main() {
  // Extension reloads inject the script again into open tabs.
  const world = globalThis as unknown as Record<symbol, unknown>;
  if (world[LOADED] === true) return;
  world[LOADED] = true;
  if (window.top !== window) return; // frames: only the top document is the article
  // what the bootstrap read and drew (ADR 0180, 0245): not read or asked for again
  const boot = takeBootShelf();
  bootScreen = boot.screen ?? null;

  // The popup asks even where Crosscheck is off, so the reader can switch it back on.
  const stopAnswering = answerPageCalls({
    'page/info': () => session?.info() ?? startInfo(),
    'page/annotate-selection': () => session?.annotateSelection() ?? false,
    'page/anchoring': () => session?.anchoring() ?? { anchored: [], orphaned: [] },
    'page/analysis': () => session?.analysis() ?? { claims: [], actors: [], annotationClaims: {} },
    'page/reveal': ({ start, end }) => session?.reveal(start, end) ?? false,
    'page/next-mention': ({ actorId }) => session?.nextMention(actorId) ?? { index: -1, total: 0 },
    'page/reveal-annotation': ({ id }) => session?.revealAnnotation(id) ?? false,
    'page/frame': ({ token, ask }) => (session ? session.frame(token, ask) : Promise.reject(new Error('Crosscheck is not running on this page.'))),
  });

  // Nothing heavy runs in the task that evaluated this script: the settings' storage round trip comes first.
  const reading = loadSettings().catch(() => null);
  const layers = loadLayerPrefs(location.href);
  // The worker injected this script after checking the settings: the first screen's actors are asked for now
  // (unless the worker answered them with the bootstrap's start), while the settings are read again here
  // (the reader may have switched Crosscheck off meanwhile).
  const analyzer = remoteAnalyzer(() => pageUrlKey(document));
  const firstScreen = bootScreen?.found ? answeredFirstScreen(bootScreen.top, bootScreen.text, bootScreen.found) : askFirstScreen(document, analyzer, window, boot.small);
  // The dataset and the alias matcher are parts of their own, brought in when first asked for (ADR 0110, 0150):
  // on an article the worker answers the actors and claims (ADR 0095).
  const bundled = injectedKnowledge();
  const settings = await reading;
  stamp('settings');
  if (!settings || !isActiveOn(settings, location.href)) {
    firstScreen?.cancel();
    return mark('off');
  }
  const slice = createSlicer();
  if (!(await shouldActivate(document, () => bundled.matcher(), boot.article)).active) {
    firstScreen?.cancel();
    return mark('idle');
  }
  stamp('activated');
  await slice.check(); // on an article the check was quick: the first screen follows in the same task

  /** What the session's end takes with it: the storage listeners set up below. */
  const unsubscribe: (() => void)[] = [];
  const started = await startSession({
    doc: document,
    engine: bundled,
    analyzer,
    firstScreen,
    bootScreen,
    smallPage: boot.small,
    callWorker,
    alive: extensionAlive,
    onDestroy() {
      for (const stop of unsubscribe) stop();
      if (session === started) session = null;
      if (!extensionAlive()) {
        // The extension was updated or reloaded: this script is done, and a newer one may start in this world.
        stopAnswering();
        clearShelf(); // the parts of the old version
        world[LOADED] = false;
        delete document.documentElement.dataset.crosscheck;
      }
    },
    highlightMode: settings.highlightMode,
    layers: await layers,
    saveLayers: (prefs) => void saveLayerPrefs(location.href, prefs).catch(() => undefined),
  });
  unsubscribe.push(watchLayerPrefs(() => location.href, (prefs) => started.setLayers(prefs)));
  // A dataset switched on or off, imported or removed in the options: read the page again, no reload
  // (the worker compiles the new set once; paragraphs it read before in the same context come from its cache).
  unsubscribe.push(onDatasetsChanged(() => void started.rescan().catch(() => undefined)));
  // The page answers the popup and the note frame while its claims are still being analysed.
  session = started;
  await started.ready;
  if (!started.destroyed) mark('ready');
}

main().catch((error) => {
  if (error instanceof Cancelled) return; // the session ended while it started (the extension was reloaded)
  // the popup is told the page could not be read, not that it is no article
  if (state === 'starting') state = 'failed';
  releaseBootScreen(bootScreen);
  console.warn('Crosscheck could not start on this page:', error);
});
