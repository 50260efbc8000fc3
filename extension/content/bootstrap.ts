/**
 * The script declared for every http(s) page (ADR 0051). It is all that
 * runs where Crosscheck draws nothing, so it stays a few kilobytes: no
 * engine, no dataset, no UI, no polyfill. It judges the page with the cheap
 * article check and, where that says no, the vocabulary gate built from the
 * dataset's aliases at build time. Only then does it ask the service worker
 * to inject the full content script (`content.js`) into this frame; the
 * worker checks the reader's settings first, and the full script runs the
 * real checks again. A page left idle touches no extension API at all: no
 * listener, no settings read (ADR 0125); the popup reads the flag this
 * script leaves on the page (`popup/page-state.ts`).
 */
import { isArticle } from '../../src/page/article-detect';
import { START_CONTENT, type StartReply } from '../shared/start-content';
import { canDrawTop, drawTop, readTop, shelveArticle } from './boot-screen';
import { gateCount, gateLookup, gateText, MIN_DISTINCT_ACTORS } from './activation-gate';
import { stamp } from './trace-stamp';

declare const __BROWSER__: 'chrome' | 'firefox';
/**
 * key word → actors, from the dataset's aliases (vite.config.ts, `buildGateTable`), packed
 * as text (`packGateTable`): read only on pages that need the gate, and a string costs less
 * to compile than the same object literal.
 */
declare const __ACTIVATION_GATE__: string;
declare const browser: typeof chrome;

/**
 * Firefox has `browser` (promises); Chromium's `chrome` returns promises in MV3. Not
 * `globalThis.browser ?? chrome`: in Chromium a page element with id="browser" would answer.
 * Read only on the way to the worker: the first touch of the extension bindings costs
 * ~1–2 ms, which a page left idle does not pay.
 */
const api = (): typeof chrome => (__BROWSER__ === 'firefox' ? browser : chrome);

/** A state flag for tests, the popup and the reader's own scripts; it carries no note or page data. */
function mark(state: 'idle' | 'off') {
  document.documentElement.dataset.crosscheck = state;
}

type Answer = { ok?: boolean; value?: StartReply; error?: { message: string } } | undefined;

/**
 * Asks the worker for the full script. The worker reads the settings itself
 * (off this thread): 'off' when the reader switched Crosscheck off on this
 * site or everywhere. At the top of a long article the request carries the
 * first screen's text, and the answer its actors (ADR 0180). The channel is
 * opened before the top is read (ADR 0280): the browser finds (or wakes) the
 * worker and sets the channel up while this thread walks the top, and the
 * request then goes down an open channel. Where that channel closes without
 * an answer (a worker stopped meanwhile), one message asks again. What
 * only the drawing needs is looked up after the request left (ADR 0315).
 */
async function bringInContent(): Promise<void> {
  const port = api().runtime.connect({ name: START_CONTENT });
  const answer = new Promise<Answer>((resolve) => {
    port.onMessage.addListener(resolve);
    port.onDisconnect.addListener(() => resolve(undefined));
  });
  // the top of a long article, read now (~1 ms on 1 MB) so its actors come with the answer
  const top = readTop(document);
  const message = top ? { type: START_CONTENT, top: top.text } : { type: START_CONTENT };
  port.postMessage(message);
  stamp('bootstrap');
  // asked while the worker answers (ADR 0315): only what the drawing needs
  const drawable = top !== null && canDrawTop();
  let reply = await answer;
  port.disconnect();
  let value: StartReply;
  try {
    reply ??= (await api().runtime.sendMessage(message)) as Answer;
    if (!reply?.ok || !reply.value) throw new Error(reply?.error?.message ?? 'the worker did not answer');
    value = reply.value;
  } catch (error) {
    mark('idle'); // the popup then says what it says of any page left alone
    throw error;
  }
  if (value.state === 'off') return mark('off');
  if (top && drawable && value.screen) {
    drawTop(top.top, top.text, value.screen, value.found);
    stamp('first-screen');
  }
}

/** Up to this much text read, the gate looks its words up in the task that read them (ADR 0315). */
const GATE_ONE_TASK_CHARS = 2000;

/** A task of our own; the callback is a function of this script, so a trace (`npm run bench`) tells the task is Crosscheck's. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(() => resolve(), 0));

async function main() {
  if (window.top !== window) return; // frames: only the top document is the article
  // The article check stops reading early (≲ 0.5 ms cold), so it runs in the evaluation task:
  // a likely article goes straight to the worker, which checks the settings (one round trip, not two).
  if (isArticle(document)) {
    shelveArticle(); // the full script does not ask again
    return bringInContent();
  }
  // Elsewhere the gate, in two tasks of its own: reading the page's text, then looking its words up
  // (ADR 0205: together they made a web-mail page's longest task) — in one where the text is a few
  // lines (a search form, a shop's tags), whose lookup costs less than a task of its own (ADR 0315).
  // The settings are not read here: the worker reads them if the gate says yes, and the popup when
  // it is opened on this page.
  await nextTask();
  const text = gateText(document.body ?? document.documentElement);
  if (text.length > GATE_ONE_TASK_CHARS) await nextTask();
  if (gateCount(gateLookup(__ACTIVATION_GATE__), text) < MIN_DISTINCT_ACTORS) return mark('idle');
  return bringInContent();
}

main().catch((error) => {
  console.warn('Crosscheck could not start on this page:', error);
});
