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
import { unpackMentions } from '../shared/analysis-packing';
import type { ScreenFound } from '../shared/start-content';
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

/**
 * The first screen the bootstrap read and the worker answered with its start
 * (ADR 0245): `top` and the mentions in `text`, its start, as an answered
 * question — the top is not read again, nor its actors asked for again.
 */
export function answeredFirstScreen(top: TextModel, text: string, found: ScreenFound): FirstScreenAsk {
  return { top, answer: Promise.resolve({ mentions: unpackMentions(found.mentions, text), known: found.known }), cancel() {} };
}

/**
 * Pages with less text than this are not asked for their first screen
 * apart (ADR 0155): the whole answer follows within a few tens of ms, and
 * drawing twice costs the page a repaint of every range and a second
 * message to read.
 */
export const SMALL_PAGE_CHARS = 100_000;

/** Whether the page holds less text than `SMALL_PAGE_CHARS`: text nodes' lengths summed, stopping once past it (~0.1 ms). */
export function isSmallPage(doc: Document, limit = SMALL_PAGE_CHARS): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return true;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  while (walker.nextNode()) if ((total += (walker.currentNode as Text).length) >= limit) return false;
  return true;
}

/**
 * Whether the session draws the first screen apart from the whole page: the reader is at the top
 * of a page too long to read whole in one go (the compatibility mode draws no first screen).
 * `small`: `isSmallPage` as the bootstrap found it moments before (ADR 0245), not walked again.
 */
export function wantsFirstScreen(doc: Document, win: Pick<Window, 'scrollY' | 'innerHeight'> = window, small?: boolean): boolean {
  return win.scrollY < win.innerHeight && !(small ?? isSmallPage(doc));
}

/** The first screen's question, where `wantsFirstScreen` and the page has a likely article element; else null. */
export function askFirstScreen(doc: Document, analyzer: Analyzer, win: Pick<Window, 'scrollY' | 'innerHeight'> = window, small?: boolean): FirstScreenAsk | null {
  if (!wantsFirstScreen(doc, win, small)) return null;
  const top = readFirstScreen(doc);
  return top ? askActorsOf(top, analyzer) : null;
}
