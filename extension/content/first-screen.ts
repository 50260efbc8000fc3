/**
 * The first screen's actors, asked of the worker as soon as the content
 * script starts (ADR 0110): the top of the article is read at once (a few
 * thousand characters, `readFirstScreen`) and sent while the settings are
 * read and the session starts; the session draws the answer when it comes,
 * unless the whole page's layers were drawn first. The page matches nothing
 * itself, so it reads no matcher tables.
 */
import type { Mention } from '../../src/actors/matcher';
import type { KnownSlice } from '../../src/dataset/slice';
import type { TextModel } from '../../src/text/model';
import { firstScreenText, readFirstScreen } from './incremental';
import type { Analyzer } from './remote-analysis';

export interface FirstScreenAsk {
  /** The top of the article as read (the answer's offsets are into its text). */
  top: TextModel;
  answer: Promise<{ mentions: Mention[]; known: KnownSlice }>;
  /** Drops the question (the page was left idle, or the session ended). */
  cancel(): void;
}

/** Asks the worker for the actors of `top`. */
export function askActorsOf(top: TextModel, analyzer: Analyzer): FirstScreenAsk {
  const signal = { cancelled: false };
  const answer = analyzer.actors(firstScreenText(top), signal);
  answer.catch(() => undefined); // the whole page's reading follows, and says what failed
  return { top, answer, cancel: () => (signal.cancelled = true) };
}

/** The first screen's question, where the reader is at the top of a page with a likely article element; else null. */
export function askFirstScreen(doc: Document, analyzer: Analyzer, win: Pick<Window, 'scrollY' | 'innerHeight'> = window): FirstScreenAsk | null {
  if (win.scrollY >= win.innerHeight) return null;
  const top = readFirstScreen(doc);
  return top ? askActorsOf(top, analyzer) : null;
}
