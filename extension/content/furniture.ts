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

/** Whether `el` or an ancestor below `stopAt` holds furniture; `seen` keeps each element's answer (paragraphs share their ancestors). */
function furnitureElement(el: Element | null, stopAt: Node | null, seen: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let found = false;
  for (let e = el; e !== null && e !== stopAt; e = e.parentElement) {
    const known = seen.get(e);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(e);
    const cls = e.getAttribute('class');
    const id = e.getAttribute('id');
    if (e.matches(FURNITURE_SELECTOR) || (cls && FURNITURE_WORDS.test(cls)) || (id && FURNITURE_WORDS.test(id))) {
      found = true;
      break;
    }
  }
  // every element walked holds furniture exactly when the answer above it (or its own) says so
  for (const e of path) seen.set(e, found);
  return found;
}

export function isFurnitureText(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > SHORT_LINE) return false;
  return FURNITURE_TEXT.some((re) => re.test(line));
}

/** For each paragraph of the model, whether it is page furniture. */
export function classifyParagraphs(model: TextModel): boolean[] {
  const isFurniture = furnitureOf(model);
  return model.paragraphs.map((_, i) => isFurniture(i));
}

/**
 * The same, a few hundred paragraphs at a time with `check()` between (the
 * page's slicer: 2,500 paragraphs of a 1 MB page took one task of ~20–45 ms).
 */
export async function classifyParagraphsSliced(model: TextModel, check: () => Promise<void>): Promise<boolean[]> {
  const isFurniture = furnitureOf(model);
  const flags: boolean[] = [];
  for (let i = 0; i < model.paragraphs.length; i++) {
    flags.push(isFurniture(i));
    if (i % 128 === 127) await check();
  }
  return flags;
}

/** Whether paragraph `i` of `model` is furniture; ancestors' answers are kept between calls. */
function furnitureOf(model: TextModel): (i: number) => boolean {
  const root = model.root;
  const seen = new Map<Element, boolean>();
  return (i) => {
    const p = model.paragraphs[i]!;
    if (isFurnitureText(model.text.slice(p.start, p.end))) return true;
    const spec = model.rangeFor(p.start, p.end);
    const node = spec?.startContainer ?? null;
    const el = node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
    // the root itself (an <article> with class "story-meta"…) is never furniture
    return el !== null && furnitureElement(el, root, seen);
  };
}
