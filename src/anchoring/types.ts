/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors),
 * with the spec's field names so they can be exported as JSON-LD unchanged.
 * Offsets are UTF-16 code units into the article's plain text.
 */

/** The quoted text and (up to ~32 characters of) the text around it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Text immediately before `exact`; `''` when the quote starts the document. */
  prefix?: string;
  /** Text immediately after `exact`; `''` when the quote ends the document. */
  suffix?: string;
}

/** Start (inclusive) and end (exclusive) offsets into the plain text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** What `describe` produces and what `anchor` consumes. */
export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/**
 * How an anchor was found: the stored position verified against the quote,
 * an exact search for the quote, or an approximate search after edits.
 */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/** Where a highlight re-attached: offsets only, never a DOM Range. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Confidence in [0, 1]: 1 means quote and context agree exactly. */
  score: number;
}
