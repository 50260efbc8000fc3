/** Records which of this page's notes no longer find their passage (see shared/changed-notes.ts). */
import { ext } from '../shared/client';
import { CHANGED_NOTES_KEY, afterVisit } from '../shared/changed-notes';

export async function reportAnchoring(anchored: readonly string[], orphaned: readonly string[]): Promise<void> {
  if (!anchored.length && !orphaned.length) return;
  const stored = await ext().storage.local.get(CHANGED_NOTES_KEY);
  const next = afterVisit(stored[CHANGED_NOTES_KEY], anchored, orphaned, Date.now());
  if (next) await ext().storage.local.set({ [CHANGED_NOTES_KEY]: next });
}
