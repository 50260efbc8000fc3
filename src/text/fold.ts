/**
 * Character folding, one UTF-16 unit in, one out. Keeping the length fixed is
 * what lets the matchers work on the page text directly and report offsets
 * into it without a second map: "Sinirlioğlu" folds to "sinirlioglu" in place,
 * curly quotes to straight ones, every dash to "-", every space to " ".
 *
 * The tables cover Latin, Latin Extended, general punctuation and the
 * spaces once `fillFoldTables()` ran; anything else is computed once on first
 * sight and cached, so the hot loops only ever do an array read.
 */

/** Character classes used by the matchers. 0 means "not computed yet". */
export const CLS_WORD = 1; // letter or digit
export const CLS_SPACE = 2; // horizontal white space
export const CLS_DASH = 3; // hyphen or dash
export const CLS_NEWLINE = 4; // line break
export const CLS_OTHER = 5; // punctuation, symbols

/** folded (lower-case, accent-free) code unit for each code unit */
export const FOLD = new Uint16Array(65536);
/** class of each code unit (see CLS_*) */
export const CLS = new Uint8Array(65536);

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;
const DASHES = '-\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4";
const DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb';
/** letters that do not decompose under NFD but have an obvious base letter */
const EXTRA: Record<string, string> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ß: 's', æ: 'a', Æ: 'a', œ: 'o', Œ: 'o',
  ı: 'i', İ: 'i', þ: 't', Þ: 't', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h',
};

function compute(c: number): void {
  const ch = String.fromCharCode(c);
  let f = c;
  let cls = CLS_OTHER;
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85) {
    cls = CLS_NEWLINE;
    f = 10;
  } else if (SPACE.test(ch)) {
    cls = CLS_SPACE;
    f = 32;
  } else if (DASHES.includes(ch)) {
    cls = CLS_DASH;
    f = 45;
  } else if (SINGLE_QUOTES.includes(ch)) {
    f = 39;
  } else if (DOUBLE_QUOTES.includes(ch)) {
    f = 34;
  } else if (c >= 0xd800 && c <= 0xdfff) {
    // half of a surrogate pair: treat astral letters as word characters, they never match a Latin alias anyway
    cls = CLS_WORD;
  } else if (LETTER_OR_DIGIT.test(ch)) {
    cls = CLS_WORD;
    const extra = EXTRA[ch];
    if (extra !== undefined) {
      f = extra.charCodeAt(0);
    } else {
      const base = ch.normalize('NFD').charAt(0).toLowerCase();
      f = base.length === 1 && base.charCodeAt(0) < 0xd800 ? base.charCodeAt(0) : c;
      // combining marks stand alone: fold to nothing-like (keep as word char)
    }
  }
  FOLD[c] = f;
  CLS[c] = cls;
}

let tablesFilled = false;

/**
 * Fills the tables for Latin, Latin Extended, general punctuation, quotes
 * and dashes, once, for code that reads `FOLD` and `CLS` directly (the name
 * keys). Not at module load: a page whose content script never matches
 * actors itself (ADR 0110) need not pay for it (~1–3 ms).
 */
export function fillFoldTables(): void {
  if (tablesFilled) return;
  tablesFilled = true;
  for (let c = 0; c < 0x250; c++) if (CLS[c] === 0) compute(c);
  for (let c = 0x2000; c < 0x2070; c++) if (CLS[c] === 0) compute(c);
  for (const ch of SINGLE_QUOTES + DOUBLE_QUOTES + DASHES) if (CLS[ch.charCodeAt(0)] === 0) compute(ch.charCodeAt(0));
}

/** class of code unit `c`, computing and caching it on first sight */
export function clsOf(c: number): number {
  const k = CLS[c]!;
  if (k !== 0) return k;
  compute(c);
  return CLS[c]!;
}

/** folded code unit for `c` */
export function foldOf(c: number): number {
  if (CLS[c] === 0) compute(c);
  return FOLD[c]!;
}

const NON_ASCII_OR_BACKTICK = /[^\x00-\x5f\x61-\x7f]/;

/** No unit outside ASCII and no backtick (what NON_ASCII_OR_BACKTICK looks for)? */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return false;
  }
  return true;
}

/** The folded copy of a string, same length: lower-case, accents off, quotes and dashes unified. */
export function foldText(s: string): string {
  // fast path: plain ASCII folds by lower-casing (a short string is checked without the regex engine's call)
  if (s.length <= 128 ? plainAscii(s) : !NON_ASCII_OR_BACKTICK.test(s)) return s.toLowerCase();
  const n = s.length;
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(n, 4096));
  for (let at = 0; at < n; at += 4096) {
    const len = Math.min(4096, n - at);
    codes.length = len;
    for (let k = 0; k < len; k++) codes[k] = foldOf(s.charCodeAt(at + k));
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/** Is the code unit a letter or digit? */
export function isWordUnit(c: number): boolean {
  return clsOf(c) === CLS_WORD;
}
