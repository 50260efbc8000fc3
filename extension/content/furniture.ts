/**
 * Page furniture: the paragraphs of an article page that are not the
 * article's prose — kickers, bylines, datelines, captions and photo credits,
 * live-blog counters ("14 new updates"), navigation, related-links boxes,
 * comment sections, share bars. They may name actors (a caption does), but
 * they are never claims: the scan does not send them for claim analysis.
 *
 * Decided from the DOM (the element a paragraph sits in, its tag, class, id
 * and role) here, on the page; furniture that carries no markup is told from
 * the shape of its text (a short "By …" line, "Updated 10:42 GMT",
 * "Photograph: …") by `isFurnitureText`, which the worker runs with the
 * engine (`beginScan`, ADR 0415). Headlines are left to the engine: a
 * headline is a claim when it states one.
 */
import type { TextModel } from '../../src/text/model';
import { isFurnitureText } from '../../src/engine/furniture-text';

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

/**
 * For each paragraph of the model, whether it is page furniture by its markup
 * or by its text: what the page and the worker decide together (for `npm run
 * eval` and the tests, which read a page in one place).
 */
export function classifyParagraphs(model: TextModel): boolean[] {
  const byMarkup = furnitureOf(model);
  return model.paragraphs.map((p, i) => isFurnitureText(model.text.slice(p.start, p.end)) || byMarkup(i));
}

/**
 * The page's half: furniture by its markup, a few hundred paragraphs at a
 * time with `check()` between (the page's slicer: 2,500 paragraphs of a 1 MB
 * page took one task of ~20–45 ms). The text half is the worker's.
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

/** Whether paragraph `i` of `model` is furniture by its markup; ancestors' answers are kept between calls. */
function furnitureOf(model: TextModel): (i: number) => boolean {
  const root = model.root;
  const seen = new Map<Element, boolean>();
  return (i) => {
    const p = model.paragraphs[i]!;
    const spec = model.rangeFor(p.start, p.end);
    const node = spec?.startContainer ?? null;
    const el = node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
    // the root itself (an <article> with class "story-meta"…) is never furniture
    return el !== null && furnitureElement(el, root, seen);
  };
}
