/**
 * Page furniture: the paragraphs of an article page that are not the
 * article's prose — kickers, bylines, datelines, captions and photo credits,
 * live-blog counters ("14 new updates"), navigation, related-links boxes,
 * comment sections, share bars. They may name actors (a caption does), but
 * they are never claims: the scan does not send them for claim analysis.
 *
 * Decided from the DOM (the element a paragraph sits in, its tag, class, id
 * and role) and, for furniture that carries no markup, from the shape of the
 * text itself (a short "By …" line, "Updated 10:42 GMT", "Photograph: …").
 * Headlines are left to the engine: a headline is a claim when it states one.
 */
import type { TextModel } from '../../src/text/model';

/** Elements that hold furniture, whatever their content. */
const FURNITURE_SELECTOR = [
  'figcaption',
  'caption',
  'address',
  'nav',
  'aside',
  'footer',
  'menu',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="banner"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[itemprop="datePublished"]',
  '[itemprop="dateModified"]',
].join(',');

/** class/id words that name furniture (matched as whole words of the attribute). */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:kicker|eyebrow|overline|rubric|byline|bylines|author|authors|contributor|dateline|timestamp|published|updated|date|caption|captions|credit|credits|photo-credit|image-credit|breadcrumbs?|tags|topics|share|sharing|social|related|more-on|read-more|see-also|also-read|recommended|comments?|newsletter|subscribe|pagination|counter|update-count|new-updates|live-count|toolbar|meta|metadata)(?:$|[\s_-])/i;

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

function furnitureElement(el: Element | null, stopAt: Node | null): boolean {
  for (let e = el; e !== null && e !== stopAt; e = e.parentElement) {
    if (e.matches(FURNITURE_SELECTOR)) return true;
    const cls = e.getAttribute('class');
    const id = e.getAttribute('id');
    if ((cls && FURNITURE_WORDS.test(cls)) || (id && FURNITURE_WORDS.test(id))) return true;
  }
  return false;
}

export function isFurnitureText(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > SHORT_LINE) return false;
  return FURNITURE_TEXT.some((re) => re.test(line));
}

/** For each paragraph of the model, whether it is page furniture. */
export function classifyParagraphs(model: TextModel): boolean[] {
  const root = model.root;
  return model.paragraphs.map((p) => {
    if (isFurnitureText(model.text.slice(p.start, p.end))) return true;
    const spec = model.rangeFor(p.start, p.end);
    const node = spec?.startContainer ?? null;
    const el = node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
    // the root itself (an <article> with class "story-meta"…) is never furniture
    return el !== null && furnitureElement(el, root);
  });
}
