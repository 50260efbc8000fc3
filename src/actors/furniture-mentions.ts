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
/** A place as a clock or a seat: "Moscow time", "UK-based". */
const CLOCK_OR_SEAT = /^(?:\s+time\b|-based\b)/;

/** Where the line holding `i` starts (looking back at most 300 units). */
function lineStart(text: string, i: number): number {
  const floor = Math.max(0, i - 300);
  for (let k = i - 1; k >= floor; k--) if (text.charCodeAt(k) === 10) return k + 1;
  return i - 300 <= 0 ? 0 : -1;
}

/** Is the mention `text[start, end)` page furniture rather than the story's? `media`: the actor is a news outlet or agency. */
export function furnitureMention(text: string, start: number, end: number, media: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  // "(AFP Photo)", "(Reuters)" under a picture: a credit ("MOSCOW (AFP) -" is a dateline and stays)
  if (media && before.endsWith('(') && BRACKET_CREDIT_AFTER.test(after)) return true;
  if (CREDIT_BEFORE.test(before) || CREDIT_AFTER.test(after)) return true;
  if (media && /\bBy\s+$/.test(before) && /^\s+staff\b/.test(after)) return true;
  if (CLOCK_OR_SEAT.test(after)) return true;
  const line = lineStart(text, start);
  if (line === -1) return false;
  return LINK_LINE.test(text.slice(line, start));
}
