/** A day, or a month, as a text writes it (no imports: when.ts and numeric-date.ts both read it). */
/** An article's date as far as it is known: a dateline may give no year. */
export interface When {
  year?: number;
  /** 0-11 */
  month: number;
  day?: number;
}
