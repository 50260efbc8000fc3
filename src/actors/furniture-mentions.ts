/**
 * Names that page furniture writes, not the story: photo credits ("Photo:
 * Reuters", "(AFP Photo)", "Image copyright AP", "Anadolu Agency/Getty
 * Images"), bylines ("By Reuters staff"), links to other stories
 * ("Related:", "SEE ALSO:", "Read more:") and a place used as a clock or a
 * base ("Moscow time", "UK-based"). The reader's page would mark them as
 * actors of the story; both alias matchers ask this before accepting a
 * mention. Each rule reads only the few characters around the mention and
 * its line's start. A dateline ("MOSCOW, Oct 1 (Reuters) -") does name its
 * place and agency, and stays (the evaluation's labels count it, 13 to 8).
 */

/** A credit's label right before the name: "Photo: ", "Photo by ", "Image copyright ", "PHOTO: ", "AFP Photo/". */
const CREDIT_BEFORE = /(?:\b(?:photo(?:graph)?s?|image|picture|credit)(?:\s+(?:by|via|credit|copyright|courtesy(?:\s+of)?))?\s*:?\s*|\bphoto\s*\/\s*)$/i;
/** A credit's tail right after the name: "/Getty Images", "/A. Abdullah", " Agency/Getty". */
const CREDIT_AFTER = /^(?:\s+Agency)?\s*\/\s*[A-Z]/;
/** An agency in brackets that is a credit: "(AFP Photo", "(Reuters)" not followed by a dateline's dash. */
const BRACKET_CREDIT_AFTER = /^(?:\s+photo\b|\)(?!\s*[-–—]))/i;
/** A line that links elsewhere: "Related:", "SEE ALSO:", "Read more:", "MORE :", "Podcast:". */
const LINK_LINE = /^\s*(?:related(?:\s+(?:stories|articles|coverage))?|see\s+also|read\s+more|read|also\s+read|more|watch|listen|podcast|recommended)\s*:/i;

/** Words that may end a credit's label before the name ("Photo by", "Image copyright", "Photo: "). */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['by', 'via', 'copyright', 'credit', 'of', 'photo', 'photos', 'photograph', 'image', 'picture']);
/** First letters of the link labels, either case (a cheap test before the line's regex). */
function linkFirst(c: number): boolean {
  const l = c | 32;
  return l === 114 || l === 115 || l === 109 || l === 119 || l === 108 || l === 112 || l === 97;
}
/** First letters of CREDIT_WORDS, either case (most mentions follow some word: this spares building it). */
function creditFirst(c: number): boolean {
  const l = c | 32;
  return l === 98 || l === 118 || l === 99 || l === 111 || l === 112 || l === 105;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Is the mention `text[start, end)` page furniture rather than the story's?
 * `media`: the actor is a news outlet or agency. Runs for every mention:
 * single-character tests first, a regex only where one may hold.
 */
export function furnitureMention(text: string, start: number, end: number, media: boolean): boolean {
  // after the name: "/Getty", " Agency/Getty", " time", "-based"
  const a = text.charCodeAt(end);
  if (a === 47) return true; // "Reuters/A. Abdullah"
  if (a === 45 && text.startsWith('-based', end) && !isLetter(text.charCodeAt(end + 6))) return true;
  if (a === 32) {
    const a1 = text.charCodeAt(end + 1);
    if (a1 === 116 && text.startsWith(' time', end) && !isLetter(text.charCodeAt(end + 5))) return true;
    if ((a1 === 65 || a1 === 47) && CREDIT_AFTER.test(text.slice(end, end + 12))) return true;
  }
  // before the name: "(", "Photo: ", "Photo by ", "Image copyright ", "By … staff"
  let p = start - 1;
  while (p >= 0 && p > start - 4 && text.charCodeAt(p) === 32) p--;
  const b = text.charCodeAt(p);
  if (b === 40) {
    if (media && p === start - 1 && BRACKET_CREDIT_AFTER.test(text.slice(end, end + 8))) return true;
  } else if (b === 58 || b === 47) {
    if (CREDIT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  } else if (isLetter(b) && p < start - 1) {
    let q = p;
    while (q > p - 10 && q > 0 && isLetter(text.charCodeAt(q - 1))) q--;
    const word = creditFirst(text.charCodeAt(q)) ? text.slice(q, p + 1).toLowerCase() : '';
    if (CREDIT_WORDS.has(word)) {
      if (CREDIT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
      if (media && word === 'by' && /^\s+staff\b/.test(text.slice(end, end + 8))) return true;
    }
  }
  // a line linking elsewhere: "Related: …", "SEE ALSO: …"
  // (looked for within 300 characters: an unbounded lastIndexOf scans a giant one-line page
  // from every mention, quadratic on a 5 MB text node)
  const line = lineStartNear(text, start);
  if (line < 0) return false;
  let f = line;
  while (f < start && text.charCodeAt(f) === 32) f++;
  if (f >= start || !linkFirst(text.charCodeAt(f))) return false;
  return LINK_LINE.test(text.slice(line, start));
}

/** The last look-up: its text and offset, its line's start (FAR: more than 300 back) and the next line break. */
const FAR = -2;
let memoText = '';
let memoAt = -1;
let memoLine = FAR;
let memoNext = -1;

/**
 * The start of the line holding `at`, when it is at most 300 characters back; -1 when it is
 * further. The same answer as walking back from `at` every time, but a matcher asks in text
 * order, so what the last look-up in the same text found carries on: its line's start, and the
 * next line break (found with indexOf, once per line). A paragraph of a thousand mentions was
 * read back 300 characters a mention: a quarter of the alias matcher's time on the bench's 1 MB
 * text; now each character is read once per text.
 */
export function lineStartNear(text: string, at: number): number {
  let line: number;
  if (text === memoText && memoAt <= at) {
    line = memoLine;
    // the line breaks passed since the last look-up: the line starts after the last of them
    while (memoNext !== -1 && memoNext < at) {
      line = memoNext + 1;
      memoNext = text.indexOf('\n', line);
    }
  } else {
    line = at;
    while (line > 0 && at - line <= 300 && text.charCodeAt(line - 1) !== 10) line--;
    if (at - line > 300) line = FAR;
    memoNext = text.indexOf('\n', at);
  }
  memoText = text;
  memoAt = at;
  memoLine = line;
  return line === FAR || at - line > 300 ? -1 : line;
}
