/** What the page says about itself to the popup and the note frame (no imports: the message modules both read it). */
export interface PageInfo {
  url: string;
  urlKey: string;
  title: string;
  /** `ready`: Crosscheck is reading the page; `idle`: not an article; `off`: switched off by the reader. */
  state: 'ready' | 'idle' | 'off';
  /** The day the article says it was published (`YYYY-MM-DD`), when it says so. */
  published?: string;
  /** What could not be read on this page (each part fails on its own; the rest is shown). */
  unavailable?: PageFeature[];
}

/** The parts of reading a page, each of which can fail without the others. */
export type PageFeature = 'actors' | 'claims' | 'notes';
