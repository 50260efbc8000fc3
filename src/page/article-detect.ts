/**
 * Does this page look like a news article? Crosscheck activates on articles
 * wherever the reader finds them, and stays idle and invisible elsewhere
 * (shops, search pages, web apps). Cheap signals first: metadata publishers
 * add for search engines and social cards, then the shape of the prose.
 */

export interface ArticleSignals {
  /** schema.org NewsArticle / Article / ReportageNewsArticle… in JSON-LD or microdata. */
  schemaArticle: boolean;
  /** `<meta property="og:type" content="article">`. */
  ogArticle: boolean;
  /**
   * Characters of prose in paragraphs of the best container. Counting stops
   * once a container has enough prose for any verdict (`MIN_PROSE_CHARS` in
   * `MIN_PROSE_PARAGRAPHS`): on a long article the rest is not read.
   */
  proseChars: number;
  /** Paragraphs of at least 80 characters in that container (same early stop). */
  proseParagraphs: number;
}

export type ArticleVerdict = { article: true; reason: string } | { article: false; reason: string };

const ARTICLE_TYPES = /^(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report)$/;

/** Enough prose that a reader is reading, not shopping: ~3 real paragraphs. */
export const MIN_PROSE_CHARS = 600;
export const MIN_PROSE_PARAGRAPHS = 3;

export function readArticleSignals(doc: Document): ArticleSignals {
  return {
    schemaArticle: hasSchemaArticle(doc),
    ogArticle: hasOgArticle(doc),
    ...measureProse(doc),
  };
}

/**
 * An article is declared (schema.org or Open Graph) with some prose, or
 * undeclared but clearly prose-shaped. Declared pages still need a little
 * text, so an article index page tagged `og:type=article` stays idle.
 */
export function judgeArticle(s: ArticleSignals): ArticleVerdict {
  const someProse = hasSomeProse(s);
  if (s.schemaArticle && someProse) return { article: true, reason: 'schema.org article markup' };
  if (s.ogArticle && someProse) return { article: true, reason: 'og:type article' };
  if (isProseShaped(s)) return { article: true, reason: 'article-shaped prose' };
  return { article: false, reason: `not an article (${s.proseParagraphs} paragraphs, ${s.proseChars} characters of prose)` };
}

/** The little prose a declared article still needs. */
const hasSomeProse = (s: Pick<ArticleSignals, 'proseChars' | 'proseParagraphs'>) => s.proseChars >= 200 && s.proseParagraphs >= 1;
/** Article-shaped whatever it declares. */
const isProseShaped = (s: Pick<ArticleSignals, 'proseChars' | 'proseParagraphs'>) => s.proseChars >= MIN_PROSE_CHARS && s.proseParagraphs >= MIN_PROSE_PARAGRAPHS;

/**
 * `judgeArticle(readArticleSignals(doc)).article`, reading the prose first
 * and the declared markup only where the prose leaves the verdict open: the
 * bootstrap's check on every page (ADR 0240). A page with next to no prose
 * (a shop, a search form, a web-mail app) is told no without a query for
 * schema.org or Open Graph markup, and a long article without parsing its
 * JSON-LD.
 */
export function isArticle(doc: Document): boolean {
  const prose = measureProse(doc);
  if (!hasSomeProse(prose)) return false;
  return isProseShaped(prose) || hasSchemaArticle(doc) || hasOgArticle(doc);
}

function hasOgArticle(doc: Document): boolean {
  return (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '').trim().toLowerCase() === 'article';
}

function hasSchemaArticle(doc: Document): boolean {
  for (const el of doc.querySelectorAll('[itemtype]')) {
    const type = (el.getAttribute('itemtype') ?? '').split('/').pop() ?? '';
    if (ARTICLE_TYPES.test(type)) return true;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > 200_000) continue; // not worth parsing on every page
    try {
      if (containsArticleType(JSON.parse(text), 0)) return true;
    } catch {
      // Broken JSON-LD is common; it just isn't a signal.
    }
  }
  return false;
}

function containsArticleType(node: unknown, depth: number): boolean {
  if (depth > 6 || node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((n) => containsArticleType(n, depth + 1));
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return true;
  return containsArticleType(record['@graph'], depth + 1) || containsArticleType(record.mainEntity, depth + 1);
}

/** Prose in the container holding the most paragraph text (paragraphs grouped by parent). */
function measureProse(doc: Document): Pick<ArticleSignals, 'proseChars' | 'proseParagraphs'> {
  const byParent = new Map<Element, { chars: number; paragraphs: number }>();
  // Paragraphs share parents: ask each parent once whether it sits in a navigation block.
  const excluded = new Map<Element, boolean>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    // the length first: a short paragraph never counts, and the selector matches below cost more
    // (~0.5 ms the first time in a content script's world, on a shop's few price tags)
    const length = collapsedLength(p);
    if (length < 40) continue;
    let out = excluded.get(parent);
    if (out === undefined) excluded.set(parent, (out = parent.closest(NOT_PROSE) !== null));
    if (out || p.matches(NOT_PROSE)) continue;
    const entry = byParent.get(parent) ?? { chars: 0, paragraphs: 0 };
    entry.chars += length;
    if (length >= 80) entry.paragraphs += 1;
    byParent.set(parent, entry);
    // enough for every verdict: a 1 MB page was read whole here (~15–30 ms) for nothing
    if (entry.chars >= MIN_PROSE_CHARS && entry.paragraphs >= MIN_PROSE_PARAGRAPHS) return { proseChars: entry.chars, proseParagraphs: entry.paragraphs };
  }
  let best = { chars: 0, paragraphs: 0 };
  for (const entry of byParent.values()) if (entry.chars > best.chars) best = entry;
  return { proseChars: best.chars, proseParagraphs: best.paragraphs };
}

const NOT_PROSE = 'nav, aside, footer, form, [role="navigation"], [aria-hidden="true"]';

/**
 * `textContent` with white space collapsed and trimmed, measured. A lone text
 * child is read as it is (no new string), and the collapsing copy is only
 * made when there is something to collapse.
 */
function collapsedLength(el: Element): number {
  const only = el.firstChild;
  const text = only !== null && only.nextSibling === null && only.nodeType === 3 ? (only as CharacterData).data : (el.textContent ?? '');
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim().length;
}
