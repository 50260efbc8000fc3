/**
 * The reader's choice: notes that quote a claim are known claims on other
 * pages (default on). Apart from datasets.ts so that the options page reads
 * it without loading the bundled dataset.
 */
import { ext } from './client';

export const NOTES_AS_CLAIMS_KEY = 'notesAsClaims';

export async function notesAsClaims(): Promise<boolean> {
  const stored = await ext().storage.local.get(NOTES_AS_CLAIMS_KEY);
  return stored[NOTES_AS_CLAIMS_KEY] !== false;
}

export async function setNotesAsClaims(on: boolean): Promise<void> {
  await ext().storage.local.set({ [NOTES_AS_CLAIMS_KEY]: on });
}
