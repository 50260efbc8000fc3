/**
 * Page furniture told from its text alone: short lines that are never
 * claims however they read — live-blog counters ("14 new updates"), bylines
 * and datelines ("By …", "Updated 10:42 GMT"), captions' credits
 * ("Photograph: …"), boxes and bars ("Read more: …"). Furniture that carries
 * markup is the page's to tell (extension/content/furniture.ts); this half
 * needs only the text, so it runs where the claims are read, with the
 * engine (`beginScan`): the page's thread no longer compiles its patterns
 * on every article (ADR 0415).
 */

/** Furniture by its text alone (short lines only: prose never matches by accident). */
const FURNITURE_TEXT: readonly RegExp[] = [
  // live-blog counters and loaders
  /^(?:\d+|one|two|three|several)\s+new\s+(?:updates?|posts?|entries|events|comments?|stories)\b/i,
  /^(?:show|load|see|view)\s+(?:\d+\s+)?(?:more|new|latest|older)\b/i,
  // bylines and datelines
  /^[Bb]y\s+[\p{Lu}][\p{L}.'’-]*(?:[\s,]+(?:and\s+)?[\p{Lu}][\p{L}.'’-]*){0,7}(?:\s*[·|•–—]\s*.*)?$/u,
  /^(?:updated|published|posted|last (?:updated|modified)|first published)\b/i,
  /^\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4}|BST|GMT|CET|EDT|EST)?$/i,
  // captions' credits
  /^(?:photo(?:graph)?|picture|image|illustration|video)\s*(?:credit)?\s*:/i,
  /(?:^|\s)(?:photograph|photo|image|picture):\s*[\p{Lu}].*$/u,
  /\b(?:getty images|ap photo|afp via getty|reuters\/|epa\/|shutterstock)\b/i,
  // boxes and bars
  /^(?:read more|related|more on this story|more from|see also|also read|advertisement|sponsored|share this|share on|comments?\s*\(\d+\)|\d+\s+comments?|sign up|subscribe)\b/i,
];

/** Longer than this, a line is prose even if it starts like furniture. */
const SHORT_LINE = 160;

/** Whether a paragraph's text is furniture by its shape alone (a short line only). */
export function isFurnitureText(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > SHORT_LINE) return false;
  return FURNITURE_TEXT.some((re) => re.test(line));
}
