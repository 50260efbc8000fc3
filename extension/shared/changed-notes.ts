/**
 * Notes whose passage was not found on their page at the last visit (the
 * page's text changed): the content script records them in extension storage
 * when it re-attaches a page's notes, and the library flags them, as the
 * popup does for the open page. Only note ids and a time are kept.
 */
export const CHANGED_NOTES_KEY = 'changedNotes';
/** More entries than this: the oldest are dropped. */
const MAX_ENTRIES = 5_000;

export type ChangedNotes = Record<string, number>;

export function readChangedNotes(stored: unknown): ChangedNotes {
  const out: ChangedNotes = {};
  if (stored === null || typeof stored !== 'object') return out;
  for (const [id, when] of Object.entries(stored as Record<string, unknown>)) if (typeof when === 'number' && id.length <= 64) out[id] = when;
  return out;
}

/** The record after a visit: re-attached notes leave it, orphaned ones enter it (or keep their first time); null when unchanged. */
export function afterVisit(stored: unknown, anchored: readonly string[], orphaned: readonly string[], now: number): ChangedNotes | null {
  const map = readChangedNotes(stored);
  let changed = false;
  for (const id of anchored) {
    if (!(id in map)) continue;
    delete map[id];
    changed = true;
  }
  for (const id of orphaned) {
    if (id in map) continue;
    map[id] = now;
    changed = true;
  }
  if (!changed) return null;
  const entries = Object.entries(map);
  if (entries.length <= MAX_ENTRIES) return map;
  return Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).slice(0, MAX_ENTRIES));
}
