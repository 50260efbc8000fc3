/**
 * schema.org ClaimReview → the native dataset format.
 *
 * Accepts one ClaimReview object, an array of them, a JSON-LD `@graph`, or an
 * HTML page's `<script type="application/ld+json">` blocks (other JSON-LD
 * nodes there — WebPage, Organization… — are passed over). Every ClaimReview
 * found must be sound, or nothing is imported: a problem is reported with the
 * path *in the file* and what was expected, e.g.
 * `[3].reviewRating.alternateName: expected a non-empty text, got a number`.
 *
 * Field by field (docs/dataset.md has the table):
 *   claimReviewed               → claim.statement and its one evidence quote
 *   itemReviewed.author         → the claimant (an actor: Person → person, else organisation)
 *   itemReviewed.datePublished  → claim.slots.time (else the review's date)
 *   itemReviewed.appearance / firstAppearance (url) → claim.appearances
 *   author (the fact-checker)   → claim.review.by, and the source's outlet
 *   reviewRating.alternateName  → claim.review.rating; read on one scale → claim.review.verdict
 *   url                         → claim.review.url
 *   datePublished               → claim.review.date, the source's date
 *   headline / name             → the source's headline
 * Pure: no DOM (the service worker has none), no I/O.
 */
import type { Actor, Claim, Dataset, Review, Source } from './schema';

export class ImportProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
    this.name = 'ImportProblems';
  }
}

/** Longest text kept in any field (a claim is a sentence or two, a name a few words). */
export const MAX_TEXT = 2_000;

type Json = unknown;
const isObject = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Own properties only: a file's `__proto__` or `constructor` key never reaches a prototype. */
const own = (o: Record<string, Json>, key: string): Json => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

function describe(x: Json): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return x.trim() === '' ? 'an empty text' : 'a text';
  return `${typeof x === 'object' ? 'an object' : `a ${typeof x}`}`;
}

function typesOf(node: Record<string, Json>): string[] {
  const t = own(node, '@type') ?? own(node, 'type');
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** Markup in a text field: a tag, a comment, or a character reference that spells one. */
const MARKUP = /<\s*[a-z!/?]|&(?:lt|#0*60|#x0*3c);/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

interface Reader {
  problems: string[];
  text(value: Json, path: string, required: boolean): string | undefined;
  url(value: Json, path: string): string | undefined;
  date(value: Json, path: string): string | undefined;
}

function reader(): Reader {
  const problems: string[] = [];
  return {
    problems,
    text(value, path, required) {
      if (value === undefined || value === null) {
        if (required) problems.push(`${path}: expected a non-empty text, got ${describe(value)}`);
        return undefined;
      }
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`${path}: expected a non-empty text, got ${describe(value)}`);
        return undefined;
      }
      const s = value.replace(/\s+/g, ' ').trim();
      if (s.length > MAX_TEXT) problems.push(`${path}: longer than ${MAX_TEXT} characters (${s.length})`);
      else if (MARKUP.test(s)) problems.push(`${path}: contains markup (${JSON.stringify(s.slice(Math.max(0, s.search(MARKUP)), s.search(MARKUP) + 20))}); expected plain text`);
      else if (CONTROL.test(s)) problems.push(`${path}: contains control characters; expected plain text`);
      else return s;
      return undefined;
    },
    url(value, path) {
      if (typeof value !== 'string') {
        problems.push(`${path}: expected an http(s) address, got ${describe(value)}`);
        return undefined;
      }
      const s = value.trim();
      if (!/^https?:\/\/[^\s<>"]+$/i.test(s) || s.length > 2048) {
        problems.push(`${path}: expected an http(s) address, got ${JSON.stringify(s.slice(0, 60))}`);
        return undefined;
      }
      try {
        return new URL(s).href;
      } catch {
        problems.push(`${path}: expected an http(s) address, got ${JSON.stringify(s.slice(0, 60))}`);
        return undefined;
      }
    },
    date(value, path) {
      if (typeof value !== 'string') {
        problems.push(`${path}: expected a date (YYYY-MM-DD…), got ${describe(value)}`);
        return undefined;
      }
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T|\s)/.exec(value.trim());
      const d = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : null;
      if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) {
        problems.push(`${path}: expected a date (YYYY-MM-DD…), got ${JSON.stringify(value.slice(0, 40))}`);
        return undefined;
      }
      return `${m[1]}-${m[2]}-${m[3]}`;
    },
  };
}

/** `name` of a Person/Organization node, or the node itself when it is a plain text. */
function nameOf(r: Reader, value: Json, path: string, required: boolean): { name: string; type: Actor['type'] } | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  const at = Array.isArray(value) ? `${path}[0]` : path;
  if (node === undefined || node === null) {
    if (required) r.problems.push(`${path}: expected a Person or Organization with a name, got ${describe(node)}`);
    return undefined;
  }
  if (typeof node === 'string') {
    const name = r.text(node, at, true);
    return name ? { name, type: 'organisation' } : undefined;
  }
  if (!isObject(node)) {
    r.problems.push(`${at}: expected a Person or Organization with a name, got ${describe(node)}`);
    return undefined;
  }
  const name = r.text(own(node, 'name'), `${at}.name`, true);
  if (!name) return undefined;
  return { name, type: typesOf(node).includes('Person') ? 'person' : 'organisation' };
}

const FALSE_WORDS = /\b(?:false|fake|pants on fire|incorrect|untrue|not true|wrong|fabricated|hoax|baseless|no evidence|unsupported|unfounded|debunked|fiction|scam|four pinocchios|bogus)\b/;
const MISLEADING_WORDS = /\b(?:misleading|mostly false|exaggerat\w*|distort\w*|out of context|lacks context|missing context|partly false|partially false|cherry[- ]?pick\w*|spin|manipulated|altered|satire|three pinocchios)\b/;
const MIXED_WORDS = /\b(?:half[- ]true|mixture|mixed|partly true|partially true|unproven|unverified|disputed|needs context|in dispute)\b/;
const TRUE_WORDS = /\b(?:true|correct|accurate|verified|mostly true|geppetto checkmark)\b/;

/**
 * A rating read on one scale. The checker's words first (the more specific
 * readings before "false"/"true", so "Mostly false" is misleading and "Half
 * true" mixed); the numbers (`ratingValue` between `worstRating` and
 * `bestRating`) only when the words say nothing.
 */
export function verdictOf(rating: string, value?: number, worst?: number, best?: number): Review['verdict'] {
  const r = rating.toLowerCase();
  if (/\bmostly false\b/.test(r)) return 'misleading';
  if (/\bmostly true\b/.test(r)) return 'true';
  if (MIXED_WORDS.test(r)) return 'mixed';
  if (MISLEADING_WORDS.test(r)) return 'misleading';
  if (FALSE_WORDS.test(r)) return 'false';
  if (TRUE_WORDS.test(r)) return 'true';
  if (value !== undefined && worst !== undefined && best !== undefined && best > worst && value >= worst && value <= best) {
    const at = (value - worst) / (best - worst);
    return at <= 0.25 ? 'false' : at < 0.5 ? 'misleading' : at < 0.75 ? 'mixed' : 'true';
  }
  return 'unrated';
}

const TIME_WORDS = /\b(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|(?:19|20)\d\d)\b/gi;

/**
 * When the claimed event happened, as the claim itself says it ("in March",
 * "in 2023", "since 1990"): a ClaimReview dates the claim and the check, not
 * the event, and an engine that reads another month as another event must
 * not be handed the check's date for a claim about last year.
 */
export function timeOf(statement: string): string | undefined {
  const words = statement.match(TIME_WORDS);
  return words ? [...new Set(words)].join(' ') : undefined;
}

const num = (x: Json): number | undefined => {
  const n = typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** The ClaimReview nodes of a parsed JSON-LD value, each with its path in the file. */
export function findClaimReviews(value: Json, path = ''): { node: Record<string, Json>; path: string }[] {
  const out: { node: Record<string, Json>; path: string }[] = [];
  const visit = (x: Json, at: string, depth: number) => {
    if (depth > 3) return;
    if (Array.isArray(x)) {
      x.forEach((item, i) => visit(item, `${at}[${i}]`, depth + 1));
      return;
    }
    if (!isObject(x)) return;
    if (typesOf(x).includes('ClaimReview')) {
      out.push({ node: x, path: at });
      return;
    }
    const graph = own(x, '@graph');
    if (graph !== undefined) visit(graph, `${at}${at ? '.' : ''}@graph`, depth + 1);
  };
  visit(value, path, 0);
  return out;
}

/** The text of each `<script type="application/ld+json">` block of an HTML page. */
export function jsonLdBlocks(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) out.push(m[1]!);
  return out;
}

export interface ClaimReviewOptions {
  /** The dataset's id (the importer derives it from the file's hash). */
  id: string;
  /** What the reader imported ("fact-checks.json"), for the title. */
  fileName: string;
}

/**
 * Maps the ClaimReviews in `value` (already parsed, with its file paths) to a
 * dataset. Throws ImportProblems listing every problem when any review is bad
 * or none is found.
 */
export function claimReviewDataset(found: readonly { node: Record<string, Json>; path: string }[], options: ClaimReviewOptions): Dataset {
  if (found.length === 0) throw new ImportProblems([`${options.fileName}: no ClaimReview found (expected objects with "@type": "ClaimReview", a list of them, a "@graph", or a page with JSON-LD blocks)`]);
  const r = reader();
  const sources: Source[] = [];
  const claims: Claim[] = [];
  const actors = new Map<string, Actor>();
  const checkers = new Set<string>();
  let licence: string | undefined;

  const actorFor = (who: { name: string; type: Actor['type'] }, sourceId: string): string => {
    const key = `${who.type}:${who.name.toLowerCase()}`;
    let actor = actors.get(key);
    if (!actor) {
      actor = { id: `claimant-${actors.size + 1}`, name: who.name, type: who.type, aliases: [who.name], role: 'claimant in a fact-checked claim', sources: [] };
      actors.set(key, actor);
    }
    if (!actor.sources.includes(sourceId)) actor.sources.push(sourceId);
    return actor.id;
  };

  found.forEach(({ node, path }, i) => {
    const at = (field: string) => `${path}${path ? '.' : ''}${field}`;
    const before = r.problems.length;
    const statement = r.text(own(node, 'claimReviewed'), at('claimReviewed'), true);
    const ratingNode = own(node, 'reviewRating');
    let rating: string | undefined;
    let verdict: Review['verdict'] = 'unrated';
    if (!isObject(ratingNode)) r.problems.push(`${at('reviewRating')}: expected a Rating object with an alternateName, got ${describe(ratingNode)}`);
    else {
      rating = r.text(own(ratingNode, 'alternateName') ?? own(ratingNode, 'name'), at('reviewRating.alternateName'), true);
      if (rating) verdict = verdictOf(rating, num(own(ratingNode, 'ratingValue')), num(own(ratingNode, 'worstRating')), num(own(ratingNode, 'bestRating')));
    }
    const checker = nameOf(r, own(node, 'author'), at('author'), true);
    const url = own(node, 'url') === undefined ? undefined : r.url(own(node, 'url'), at('url'));
    const item = own(node, 'itemReviewed');
    if (item !== undefined && !isObject(item)) r.problems.push(`${at('itemReviewed')}: expected a Claim object, got ${describe(item)}`);
    const claimNode = isObject(item) ? item : {};
    const claimant = own(claimNode, 'author') === undefined ? undefined : nameOf(r, own(claimNode, 'author'), at('itemReviewed.author'), false);
    const claimDate = own(claimNode, 'datePublished') === undefined ? undefined : r.date(own(claimNode, 'datePublished'), at('itemReviewed.datePublished'));
    const reviewDate = own(node, 'datePublished') === undefined ? undefined : r.date(own(node, 'datePublished'), at('datePublished'));
    if (own(node, 'datePublished') === undefined && own(claimNode, 'datePublished') === undefined) {
      r.problems.push(`${at('datePublished')}: expected a date (YYYY-MM-DD…) on the review or on itemReviewed, got nothing`);
    }
    const appearances: string[] = [];
    for (const field of ['appearance', 'firstAppearance']) {
      const value = own(claimNode, field);
      if (value === undefined) continue;
      const list = Array.isArray(value) ? value : [value];
      list.slice(0, 20).forEach((a, j) => {
        const p = Array.isArray(value) ? at(`itemReviewed.${field}[${j}]`) : at(`itemReviewed.${field}`);
        const link = isObject(a) ? r.url(own(a, 'url'), `${p}.url`) : r.url(a, p);
        if (link && !appearances.includes(link)) appearances.push(link);
      });
    }
    const headline = own(node, 'headline') !== undefined ? r.text(own(node, 'headline'), at('headline'), false) : own(node, 'name') !== undefined ? r.text(own(node, 'name'), at('name'), false) : undefined;
    const lic = own(node, 'license');
    if (licence === undefined && typeof lic === 'string' && lic.trim() && !MARKUP.test(lic) && lic.length < 300) licence = lic.trim();
    if (r.problems.length > before || !statement || !rating || !checker) return;

    const date = (reviewDate ?? claimDate)!;
    const sourceId = `check-${i + 1}`;
    checkers.add(checker.name);
    sources.push({
      id: sourceId,
      headline: headline ?? `Fact check: ${statement.length > 80 ? `${statement.slice(0, 79)}…` : statement}`,
      outlet: checker.name,
      date,
      dateBasis: reviewDate ? 'the ClaimReview’s datePublished' : 'the reviewed claim’s datePublished',
      description: `${checker.name} rated this claim “${rating}”.`,
    });
    const review: Review = { by: checker.name, rating, verdict };
    if (url) review.url = url;
    if (reviewDate) review.date = reviewDate;
    const claim: Claim = {
      id: sourceId,
      // no claimant named: one shared actor says so (never "the reporter": the checker did not make the claim)
      claimant: actorFor(claimant ?? { name: 'an unnamed claimant', type: 'organisation' }, sourceId),
      statement,
      kind: 'statement',
      slots: { time: timeOf(statement) ?? claimDate ?? date },
      actors: [],
      evidence: [{ source: sourceId, quote: statement, start: 0, end: statement.length }],
      review,
    };
    if (appearances.length) claim.appearances = appearances;
    claims.push(claim);
  });
  if (r.problems.length > 0) throw new ImportProblems(r.problems.map((p) => `${options.fileName}: ${p}`));

  const names = [...checkers];
  const dataset: Dataset = {
    id: options.id,
    title: `Fact checks by ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`,
    version: '1',
    publisher: names.join(', ').slice(0, 300),
    sources,
    actors: [...actors.values()],
    claims,
    relations: [],
  };
  if (licence) dataset.licence = licence;
  return dataset;
}
