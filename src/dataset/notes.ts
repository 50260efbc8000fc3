/**
 * The reader's notes as known claims: a "My notes" dataset built from the
 * saved annotations whose quote is a claim sentence (six words or more) or
 * that the reader linked to a claim. Each becomes a claim whose statement is
 * the quoted page text; its source is the page it was saved on (title and
 * day). The reader's own words (note, tags) are not part of it: the dataset
 * travels to content scripts, and only the extension's pages show the note.
 *
 * A note's source id is `note.` + the annotation id, so the popup can read
 * the note itself from the worker.
 */
import type { DatasetEntry } from './collection';
import type { Claim, Dataset, Source } from './schema';
import { timeOf } from './claimreview';

export const NOTES_DATASET_ID = 'my-notes';
/** A quote this long is a sentence, not a name or a phrase. */
export const MIN_CLAIM_WORDS = 6;
const MAX_QUOTE = 2_000;

export interface NoteSource {
  id: string;
  quote: string;
  urlKey: string;
  title?: string;
  created: number;
  claimId?: string;
}

export const noteSourceId = (annotationId: string) => `note.${annotationId}`;
/** The annotation id behind a note claim's source, or null when the source is no note. */
export function annotationIdOf(sourceId: string): string | null {
  const i = sourceId.indexOf('note.');
  return i === -1 ? null : sourceId.slice(i + 'note.'.length);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Does this note count as a known claim? */
export function isClaimNote(note: NoteSource): boolean {
  const quote = note.quote.trim();
  if (quote === '' || quote.length > MAX_QUOTE) return false;
  return note.claimId !== undefined || words(quote) >= MIN_CLAIM_WORDS;
}

/**
 * The "My notes" dataset, or null when no note counts. Notes saved on
 * `excludeUrlKey` are left out: a page is not cross-referenced with itself.
 */
export function notesDataset(notes: readonly NoteSource[], options: { excludeUrlKey?: string } = {}): DatasetEntry | null {
  const sources: Source[] = [];
  const claims: Claim[] = [];
  for (const note of notes) {
    if (note.urlKey === options.excludeUrlKey || !isClaimNote(note)) continue;
    const quote = note.quote.replace(/\s+/g, ' ').trim();
    const date = new Date(Number.isFinite(note.created) ? note.created : 0).toISOString().slice(0, 10);
    const source = noteSourceId(note.id);
    const title = (note.title ?? '').replace(/\s+/g, ' ').trim();
    sources.push({ id: source, headline: title || note.urlKey.slice(0, 200) || 'a page you annotated', date, dateBasis: 'the day you saved the note', description: 'A page you annotated.' });
    const claim: Claim = { id: `note-${claims.length + 1}`, claimant: 'reporter', statement: quote, kind: 'statement', slots: {}, actors: [], evidence: [{ source, quote, start: 0, end: quote.length }] };
    const time = timeOf(quote);
    if (time) claim.slots.time = time;
    claims.push(claim);
  }
  if (claims.length === 0) return null;
  const dataset: Dataset = { id: NOTES_DATASET_ID, title: 'My notes', version: '1', publisher: 'You', sources, actors: [], claims, relations: [] };
  const dates = sources.map((s) => s.date).sort();
  return {
    info: { id: NOTES_DATASET_ID, name: 'My notes', format: 'notes', source: 'You', claims: claims.length, from: dates[0]!, to: dates[dates.length - 1]! },
    dataset,
  };
}
