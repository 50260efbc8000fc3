/**
 * Brings in a part of the content script kept out of `content.js` (ADR 0150):
 * the worker injects its file into this frame (`scripting.executeScript`,
 * as it injected `content.js`; no dynamic `import()`, nothing
 * web-accessible), the part's script shelves what it provides, and the
 * promise answers it. Asked once; a failed ask may be tried again later.
 */
import { ext } from '../shared/client';
import { unwrap } from '../shared/reply';
import { LOAD_PART } from '../shared/start-content';
import { shelvedPart, type ContentParts } from './parts-shelf';

const asked = new Map<keyof ContentParts, Promise<unknown>>();

export function injectedPart<K extends keyof ContentParts>(name: K): Promise<ContentParts[K]> {
  const here = shelvedPart(name);
  if (here) return Promise.resolve(here);
  let pending = asked.get(name) as Promise<ContentParts[K]> | undefined;
  if (!pending) {
    pending = askWorker(name);
    asked.set(name, pending);
    pending.catch(() => asked.delete(name));
  }
  return pending;
}

async function askWorker<K extends keyof ContentParts>(name: K): Promise<ContentParts[K]> {
  const message = { type: LOAD_PART, part: name };
  // A stopped worker may drop the first message while it wakes: one retry, as for every call (shared/client.ts).
  let reply: unknown = await ext().runtime.sendMessage(message).catch(() => undefined);
  if (reply === undefined) reply = await ext().runtime.sendMessage(message);
  unwrap(reply);
  const part = shelvedPart(name);
  if (!part) throw new Error(`Crosscheck could not load its ${name} on this page.`);
  return part;
}
