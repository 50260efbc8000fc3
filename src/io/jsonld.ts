/**
 * W3C Web Annotation (JSON-LD) export and import.
 *
 * Export: an AnnotationCollection whose first page holds every annotation as
 * `type: Annotation` with the note as a commenting TextualBody, each tag as a
 * tagging TextualBody, and the selectors as written. What the W3C vocabulary
 * has no term for (URL key, colour, linked claim, page title) travels under
 * the `crosscheck:` prefix declared in the context, so a round trip is lossless.
 *
 * Import: our own files and reasonable foreign ones (W3C collections, arrays
 * of annotations, Hypothesis API rows). Each item is mapped onto the record of
 * src/annotations/model.ts and validated with its schema; problems are
 * reported with the item's number, its id and the path *in the file*
 * (`item 37 (id …): target.selector[0].exact: must not be empty`).
 */
import * as v from 'valibot';
import { AnnotationSchema, type Annotation, type Selector } from '../annotations/model';
import { urlKey as keyOf } from '../page/url-key';
import { InputError, isRecord, parseJsonSafely, type SafeJsonOptions } from './safe-json';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The prefix our extension terms expand from (`crosscheck:color` → `urn:crosscheck:ns:color`). */
export const CROSSCHECK_NS = 'urn:crosscheck:ns:';
const EXT = {
  urlKey: 'crosscheck:urlKey',
  title: 'crosscheck:title',
  color: 'crosscheck:color',
  claimId: 'crosscheck:claimId',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OUR_ID = /^[A-Za-z0-9_-]{8,64}$/;

export interface WebAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: Selector[] };
  'crosscheck:urlKey': string;
  'crosscheck:title'?: string;
  'crosscheck:color': string;
  'crosscheck:claimId'?: string;
}

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:crosscheck:annotation:${id}`;
}

export function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const out: WebAnnotation = {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: new Date(a.created).toISOString(),
    modified: new Date(a.updated).toISOString(),
    target: { source: a.url, selector: a.selectors.map((s) => ({ ...s })) },
    [EXT.urlKey]: a.urlKey,
    [EXT.color]: a.color,
  };
  if (body.length) out.body = body;
  if (a.title) out[EXT.title] = a.title;
  if (a.claimId !== undefined) out[EXT.claimId] = a.claimId;
  return out;
}

export interface ExportOptions {
  /** When the export was made (default: now). */
  generated?: Date;
}

/** The annotations as one W3C AnnotationCollection, pretty-printed JSON-LD. */
export function exportJsonLd(annotations: readonly Annotation[], options: ExportOptions = {}): string {
  const collection = {
    '@context': [ANNO_CONTEXT, { crosscheck: CROSSCHECK_NS }],
    type: 'AnnotationCollection',
    label: 'Crosscheck annotations',
    generator: { type: 'Software', name: 'Crosscheck' },
    generated: (options.generated ?? new Date()).toISOString(),
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toWebAnnotation) },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

// ---------------------------------------------------------------- import

export interface ImportOptions extends SafeJsonOptions {
  /** Used for foreign annotations without dates (default: Date.now). */
  now?: () => number;
  /** At most this many problems are listed in an error (default 5). */
  maxProblems?: number;
  /** At most this many items in a file (default 200,000). */
  maxItems?: number;
}

export interface ParsedFile {
  /** Valid records, in file order (duplicates within the file included; the store skips them). */
  records: Annotation[];
  /** Items that are not text annotations (page notes, replies, PDF or non-web targets), left out. */
  unsupported: number;
  /** How many items the file holds. */
  items: number;
}

/** A file that cannot be imported; `problems` lists each as `item N (id …): path: message`. */
export class ImportError extends InputError {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Parses and validates a whole file. Throws ImportError (nothing valid is returned when anything is wrong). */
export function parseAnnotationFile(text: string, options: ImportOptions = {}): ParsedFile {
  const json = parseJsonSafely(text, options);
  const { items, where } = itemsOf(json);
  const maxItems = options.maxItems ?? 200_000;
  if (items.length > maxItems) throw new ImportError(`The file holds ${items.length} annotations; Crosscheck imports at most ${maxItems} at once.`);
  const now = options.now ?? Date.now;
  const maxProblems = options.maxProblems ?? 5;

  const records: Annotation[] = [];
  const problems = new ProblemList(maxProblems);
  let unsupported = 0;
  items.forEach((item, i) => {
    const read = readItem(item, i, now);
    if (read.kind === 'record') records.push(read.record);
    else if (read.kind === 'unsupported') unsupported++;
    else problems.add(read.problem);
  });
  problems.throwIfAny(items.length, where);
  return { records, unsupported, items: items.length };
}

/** One item of a file mapped onto a record and validated, or why it was left out. */
export type ItemResult = { kind: 'record'; record: Annotation } | { kind: 'unsupported' } | { kind: 'bad'; problem: string };

/** Maps and validates item number `i` (from 0) of a file. Never throws for a bad item. */
export function readItem(item: unknown, i: number, now: () => number): ItemResult {
  const label = `item ${i + 1}${idLabel(item)}`;
  try {
    const mapped = fromWebAnnotation(item, now);
    if (mapped.kind === 'unsupported') return { kind: 'unsupported' };
    const result = v.safeParse(AnnotationSchema, mapped.record);
    if (result.success) return { kind: 'record', record: result.output };
    const issues = [...new Set(result.issues.map((issue) => `${filePath(issue.path, mapped.paths)}: ${issue.message}`))];
    return { kind: 'bad', problem: `${label}: ${issues.slice(0, 3).join('; ')}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ''}` };
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    return { kind: 'bad', problem: `${label}: ${error.path}${error.path ? ': ' : ''}${error.message}` };
  }
}

/** The invalid items of a file: counted, the first few kept for the message. */
export class ProblemList {
  readonly problems: string[] = [];
  bad = 0;
  constructor(private readonly max = 5) {}
  add(problem: string) {
    this.bad++;
    if (this.problems.length < this.max) this.problems.push(problem);
  }
  throwIfAny(items: number, where: string) {
    const { bad, problems } = this;
    if (bad === 0) return;
    const more = bad > problems.length ? `\n(and ${bad - problems.length} more invalid item${bad - problems.length === 1 ? '' : 's'})` : '';
    throw new ImportError(
      `Nothing was imported: ${bad} of ${items} annotation${items === 1 ? ' is' : 's are'} invalid (items counted from 1 in ${where}).\n${problems.join('\n')}${more}`,
      problems,
    );
  }
}

/** Finds the list of annotations in the shapes we accept. */
export function itemsOf(json: unknown): { items: unknown[]; where: string } {
  if (Array.isArray(json)) return { items: json, where: 'the top-level list' };
  if (!isRecord(json)) throw new ImportError('The file holds no annotations: expected a W3C AnnotationCollection, a list of annotations or one annotation.');
  const first = json.first;
  if (isRecord(first) && Array.isArray(first.items)) {
    if (first.next !== undefined && typeof first.next !== 'string') throw new ImportError('first.next: must be a link');
    return { items: first.items, where: 'first.items' };
  }
  if (Array.isArray(json.items)) return { items: json.items, where: 'items' };
  if (Array.isArray(json.rows)) return { items: json.rows, where: 'rows' };
  if (json.type === 'Annotation' || json.target !== undefined) return { items: [json], where: 'the file' };
  throw new ImportError('The file holds no annotations: expected a W3C AnnotationCollection (first.items), a list of annotations, Hypothesis rows, or one annotation.');
}

class ItemError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Mapped = { kind: 'unsupported' } | { kind: 'record'; record: Record<string, unknown>; paths: Map<string, string> };

/** Maps one item of a file onto our record shape, remembering where each field came from. */
export function fromWebAnnotation(item: unknown, now: () => number = Date.now): Mapped {
  if (!isRecord(item)) throw new ItemError('', 'must be an annotation object');
  const ours = Object.values(EXT).some((key) => key in item);
  const paths = new Map<string, string>();
  const unsupported = (): Mapped => {
    if (ours) throw new ItemError('target.selector', 'needs a TextQuoteSelector');
    return { kind: 'unsupported' };
  };

  // Replies (Hypothesis `references`) are conversations, not passages.
  if (!ours && Array.isArray(item.references) && item.references.length > 0) return { kind: 'unsupported' };

  // target: object, list (first usable) or bare IRI.
  let target: Record<string, unknown> | undefined;
  let targetPath = 'target';
  if (Array.isArray(item.target)) {
    const at = item.target.findIndex((t) => isRecord(t) && t.selector !== undefined);
    if (at >= 0) {
      target = item.target[at] as Record<string, unknown>;
      targetPath = `target[${at}]`;
    }
  } else if (isRecord(item.target)) target = item.target;
  if (!target) {
    if (ours) throw new ItemError('target', 'must be an object with source and selector');
    return { kind: 'unsupported' };
  }

  // source
  const sourceValue = isRecord(target.source) ? target.source.id : target.source ?? item.uri;
  const sourcePath = isRecord(target.source) ? `${targetPath}.source.id` : target.source !== undefined ? `${targetPath}.source` : 'uri';
  if (!ours && (typeof sourceValue !== 'string' || !/^https?:\/\//i.test(sourceValue))) return { kind: 'unsupported' };
  paths.set('url', sourcePath);

  // selectors
  const rawSelectors = Array.isArray(target.selector) ? target.selector : target.selector === undefined ? [] : [target.selector];
  const selectorBase = `${targetPath}.selector`;
  const selectors: unknown[] = [];
  rawSelectors.forEach((s, j) => {
    const path = Array.isArray(target.selector) ? `${selectorBase}[${j}]` : selectorBase;
    if (!isRecord(s)) {
      if (ours) throw new ItemError(path, 'must be a selector object');
      return;
    }
    let picked: Record<string, unknown> | undefined;
    if (s.type === 'TextQuoteSelector') {
      picked = { type: s.type, exact: s.exact };
      if (s.prefix !== undefined) picked.prefix = s.prefix;
      if (s.suffix !== undefined) picked.suffix = s.suffix;
    } else if (s.type === 'TextPositionSelector') {
      picked = { type: s.type, start: s.start, end: s.end };
    } else if (ours) {
      throw new ItemError(`${path}.type`, 'must be TextQuoteSelector or TextPositionSelector');
    }
    if (!picked) return;
    // Foreign files: keep the first of each kind (Hypothesis repeats none, but others may).
    if (!ours && selectors.some((x) => (x as { type: unknown }).type === picked!.type)) return;
    paths.set(`selectors.${selectors.length}`, path);
    selectors.push(picked);
  });
  const quote = selectors.find((s) => (s as { type: unknown }).type === 'TextQuoteSelector') as { exact?: unknown } | undefined;
  if (!quote) return unsupported();
  paths.set('quote', `${paths.get(`selectors.${selectors.indexOf(quote)}`)}.exact`);

  // body → note and tags
  const notes: string[] = [];
  const tags: unknown[] = [];
  const bodies = Array.isArray(item.body) ? item.body : item.body === undefined ? [] : [item.body];
  bodies.forEach((b, k) => {
    const path = Array.isArray(item.body) ? `body[${k}]` : 'body';
    if (typeof b === 'string') return; // an IRI body: nothing we can show
    if (!isRecord(b)) throw new ItemError(path, 'must be a body object');
    const purpose = b.purpose;
    if (purpose === 'tagging') {
      paths.set(`tags.${tags.length}`, `${path}.value`);
      tags.push(b.value);
    } else if (b.type === 'TextualBody' || b.value !== undefined) {
      if (typeof b.value !== 'string') throw new ItemError(`${path}.value`, 'must be text');
      if (!paths.has('note')) paths.set('note', `${path}.value`);
      notes.push(b.value);
    }
  });
  if (typeof item.bodyValue === 'string') {
    paths.set('note', 'bodyValue');
    notes.push(item.bodyValue);
  }
  if (!ours && typeof item.text === 'string' && item.text !== '') {
    if (!paths.has('note')) paths.set('note', 'text');
    notes.push(item.text); // Hypothesis
  }
  if (!ours && Array.isArray(item.tags)) {
    item.tags.forEach((t, k) => {
      paths.set(`tags.${tags.length}`, `tags[${k}]`);
      tags.push(t);
    });
  }
  const uniqueTags = ours ? tags : [...new Set(tags.map((t) => (typeof t === 'string' ? t.trim() : t)))];

  // dates
  const created = dateOf(item, 'created', ours ? undefined : now);
  const updatedKey = item.modified !== undefined ? 'modified' : 'updated';
  const updated = item[updatedKey] === undefined ? created : dateOf(item, updatedKey, undefined);
  paths.set('created', 'created');
  paths.set('updated', updatedKey);

  // id
  const id = idOf(item, ours, { source: sourceValue, quote: quote.exact, created });
  paths.set('id', 'id');

  // the rest
  const url = sourceValue;
  const extKey = item[EXT.urlKey];
  paths.set('urlKey', extKey !== undefined ? EXT.urlKey : sourcePath);
  let title: unknown = item[EXT.title];
  paths.set('title', EXT.title);
  if (title === undefined && !ours) {
    const doc = item.document;
    const docTitle = isRecord(doc) ? (Array.isArray(doc.title) ? doc.title[0] : doc.title) : undefined;
    title = typeof docTitle === 'string' ? docTitle.slice(0, 1000) : '';
    paths.set('title', 'document.title');
  }
  paths.set('color', EXT.color);
  paths.set('claimId', EXT.claimId);

  const record: Record<string, unknown> = {
    id,
    url,
    urlKey: extKey !== undefined ? extKey : typeof url === 'string' ? keyOf(url) : '',
    title: title ?? '',
    selectors,
    note: notes.join('\n\n'),
    tags: uniqueTags,
    color: item[EXT.color] ?? 'yellow',
    quote: quote.exact,
    created,
    updated,
  };
  if (item[EXT.claimId] !== undefined) record.claimId = item[EXT.claimId];
  return { kind: 'record', record, paths };
}

function dateOf(item: Record<string, unknown>, key: string, fallback: (() => number) | undefined): unknown {
  const value = item[key];
  if (value === undefined && fallback) return fallback();
  if (typeof value !== 'string') throw new ItemError(key, 'must be a date-time such as 2015-10-02T14:03:00Z');
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new ItemError(key, `"${value.slice(0, 40)}" is not a date-time`);
  return ms;
}

function idOf(item: Record<string, unknown>, ours: boolean, content: { source: unknown; quote: unknown; created: unknown }): unknown {
  const raw = item.id;
  if (typeof raw === 'string') {
    const uuid = /^urn:uuid:(.*)$/i.exec(raw);
    if (uuid) return uuid[1];
    const local = /^urn:crosscheck:annotation:(.*)$/.exec(raw);
    if (local) return local[1];
    if (ours || OUR_ID.test(raw)) return raw;
    return `ext-${hash(raw)}`;
  }
  if (ours) return raw;
  // No id: derive one from the content, so importing the same file twice doubles nothing.
  return `ext-${hash(JSON.stringify([content.source, content.quote, content.created]))}`;
}

/** 64-bit FNV-1a as 16 hex digits: stable ids for foreign annotations. Not a security measure. */
export function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

function idLabel(item: unknown): string {
  if (!isRecord(item) || typeof item.id !== 'string') return '';
  const id = item.id.length > 60 ? `${item.id.slice(0, 57)}…` : item.id;
  return ` (id ${id})`;
}

/** A valibot issue path over our record, as the path of the same value in the file. */
function filePath(path: v.BaseIssue<unknown>['path'], paths: Map<string, string>): string {
  const keys = (path ?? []).map((p) => String(p.key));
  for (let n = keys.length; n > 0; n--) {
    const mapped = paths.get(keys.slice(0, n).join('.'));
    if (mapped !== undefined) return mapped + keys.slice(n).map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`)).join('');
  }
  return keys.join('.') || '(root)';
}
