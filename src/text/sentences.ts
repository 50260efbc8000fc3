/**
 * Sentence segmentation that survives news prose.
 *
 * Intl.Segmenter does the first cut, one paragraph at a time (it is
 * superlinear on long strings in Node, and paragraphs are where sentences end
 * anyway). A merge pass then repairs what ICU gets wrong in news copy:
 * titles and ranks ("Maj. Gen. Igor Konashenkov"), "U.S."/"U.N." before a
 * name, months ("Oct. 1"), "No. 10", initials ("John F. Kennedy"), a
 * sentence that "starts" with a lower-case word (after `?"` or an ellipsis,
 * the attribution belongs to the quote), and quotations that run over several
 * sentences before their attribution.
 */
import type { TextSpan } from './model';

/** Always followed by a name or a number: never end a sentence. */
const TITLE_ABBR = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'st', 'sr', 'jr', 'sen', 'rep', 'gov', 'pres', 'amb',
  'gen', 'maj', 'col', 'lt', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'lieut', 'insp', 'supt',
  'no', 'nos', 'vol', 'art', 'fig', 'p', 'pp', 'ch', 'sec', 'mt', 'ft', 'vs', 'v', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Dotted acronyms: may end a sentence, so merge only when the next word is not a sentence opener. */
const DOTTED_ACRONYM = /(?:^|[\s("'“‘])(?:[A-Z]\.){2,}$/;
const SINGLE_INITIAL = /(?:^|[\s("'“‘])[A-Z]\.$/;
const ABBR_AT_END = /(?:^|[\s("'“‘-])([A-Za-z]+)\.$/;
const ETC = /(?:^|\s)(?:etc|e\.g|i\.e|inc|corp|ltd|co)\.$/i;

/** Capitalised words that typically open a sentence (so "... the U.S. The next day" splits). */
const OPENERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'in', 'on', 'at',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'after', 'before', 'when',
  'while', 'meanwhile', 'however', 'if', 'as', 'since', 'for', 'of', 'to', 'with', 'some', 'many', 'most',
]);

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/**
 * ICU's sentence starts in `chunk` after its first, as offsets from `offset`. Stepped with
 * containing() from each segment's end: the same segments as iterating the Segments object,
 * which costs several times more in V8 (its iterator runs in the runtime, one call per segment).
 */
function cutsOf(seg: Intl.Segmenter, chunk: string, offset: number, out: number[]): void {
  const segments = seg.segment(chunk);
  let at = 0;
  while (at < chunk.length) {
    const s = segments.containing(at);
    if (s === undefined) return;
    if (s.index > 0) out.push(offset + s.index);
    at = s.index + s.segment.length;
  }
}

/** Fallback splitter where Intl.Segmenter is missing: terminal punctuation + closers + space + capital/quote/digit. */
function regexSplit(text: string, from: number, to: number, out: number[]): void {
  const re = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(]?[A-Z0-9])/g;
  const s = text.slice(from, to);
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push(from + m.index + m[0].length);
}

function isLowerStart(text: string, at: number, end: number): boolean {
  for (let i = at; i < end; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'" || ch === '“' || ch === '‘' || ch === '(' || ch === ' ') continue;
    return ch >= 'a' && ch <= 'z';
  }
  return false;
}

function firstWord(text: string, at: number, end: number): string {
  const m = /[A-Za-z]+/.exec(text.slice(at, Math.min(end, at + 40)));
  return m ? m[0] : '';
}

function startsWithDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** Balance of double quotes in text[a, b): >0 means a quotation is left open. */
function quoteBalance(text: string, a: number, b: number): number {
  let open = 0;
  let straight = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open++;
    else if (c === 0x201d) open = Math.max(0, open - 1);
    else if (c === 34) straight++;
  }
  return open + (straight % 2);
}

/** Should the segment text[a, b) be joined to the one that follows (starting at b)? */
function shouldMerge(text: string, a: number, b: number, next: number): boolean {
  const seg = text.slice(Math.max(a, b - 30), b).trimEnd();
  if (isLowerStart(text, b, next)) return true;
  if (ETC.test(seg)) return false;
  if (DOTTED_ACRONYM.test(seg)) {
    if (startsWithDigit(text, b)) return true;
    const w = firstWord(text, b, next);
    return w !== '' && !OPENERS.has(w.toLowerCase());
  }
  const abbr = ABBR_AT_END.exec(seg);
  if (abbr && TITLE_ABBR.has(abbr[1]!.toLowerCase())) {
    // "No." and month names only before a number; titles before anything
    const word = abbr[1]!.toLowerCase();
    if (word === 'no' || word === 'nos' || word === 'p' || word === 'pp' || word === 'v' || word === 'vs' || word === 'est') {
      return startsWithDigit(text, b) || word === 'vs' || word === 'v';
    }
    return true;
  }
  if (SINGLE_INITIAL.test(seg)) return true;
  return false;
}

/**
 * Sentence spans of `text`, in order, trimmed of surrounding white space.
 * `paragraphs` (from the text model) saves a scan; otherwise blank lines and
 * single line breaks both end a paragraph.
 */
export function splitSentences(text: string, paragraphs?: readonly TextSpan[]): TextSpan[] {
  const paras = paragraphs ?? splitLines(text);
  const out: TextSpan[] = [];
  const seg = getSegmenter();
  const cuts: number[] = [];
  for (const para of paras) {
    // a paragraph may still hold single line breaks (<br>, plain text lines): each line is a unit
    const lines = para.end - para.start > 0 && text.indexOf('\n', para.start) < para.end ? splitLines(text, para.start, para.end) : [para];
    for (const line of lines) {
      cuts.length = 0;
      cuts.push(line.start);
      if (seg !== null) {
        cutsOf(seg, text.slice(line.start, line.end), line.start, cuts);
      } else {
        regexSplit(text, line.start, line.end, cuts);
      }
      cuts.push(line.end);
      // merge pass
      let a = cuts[0]!;
      for (let k = 1; k < cuts.length; k++) {
        const b = cuts[k]!;
        if (k < cuts.length - 1) {
          const next = cuts[k + 1]!;
          if (shouldMerge(text, a, b, next)) continue;
          // a quotation left open closes in one of the next few segments: keep it whole
          if (quoteBalance(text, a, b) > 0) {
            let closes = false;
            for (let j = k + 1; j < Math.min(cuts.length, k + 5); j++) {
              if (quoteBalance(text, a, cuts[j]!) === 0) {
                closes = true;
                break;
              }
            }
            if (closes) continue;
          }
        }
        pushTrimmed(text, a, b, out);
        a = b;
      }
    }
  }
  return out;
}

function pushTrimmed(text: string, a: number, b: number, out: TextSpan[]): void {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12;
}

/** Lines of text[from, to) (split at every line break), empty ones dropped. */
export function splitLines(text: string, from = 0, to = text.length): TextSpan[] {
  const out: TextSpan[] = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 10) {
      let s = a;
      let e = i;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
      a = i + 1;
    }
  }
  return out;
}

/** Index of the sentence containing offset `at` in sorted `sentences`, or -1. */
export function sentenceIndexAt(sentences: readonly TextSpan[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
