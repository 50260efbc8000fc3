/**
 * A time of day is no figure (issue 13, figures in transcripts and translations): a translated
 * ticker's "11.10 o'clock - 18 air attacks flown", a wire's "at 09:20 local time", a live page's
 * "7:05 p.m." were read as the figures 11.1 ("o clock"), 20 ("local time") and 7.05. Hours and
 * minutes with a colon, or with a point and a word of the clock after them, are a time.
 */

/** "09:20", "12:08 pm"; "11.10 o'clock", "6.51 a.m.", "2.24am", "11.10 Uhr", "16.00 GMT" */
const CLOCK = /(?<![\w.,:])(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?![\d:])|\.[0-5]\d(?=\s*(?:o['’]\s?clock|uhr\b|h\b|hrs\b|[ap]\.?\s?m\b\.?|gmt\b|utc\b|cet\b|edt\b|est\b|local\s+time|moscow\s+time|\(local|\(gmt)))/gi;

/** The [start, end) spans of times of day in `s` (offsets into `s`). */
export function clockSpans(s: string): [number, number][] {
  if (!/\d[:.]\d\d/.test(s)) return [];
  const out: [number, number][] = [];
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(s); m !== null; m = CLOCK.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}
