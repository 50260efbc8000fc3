/**
 * The one message protocol between Crosscheck's contexts. Each direction has a
 * call map (`WorkerCalls`, `PageCalls`): what a request carries is what the
 * receiving end's valibot schema reads (`WorkerRequestSchema`,
 * `pageRequestSchema()`, which validate every request), what its reply holds is
 * written in the reply maps below. Replies are data (`Reply`, reply.ts), never
 * thrown errors, so a failure crosses contexts intact. Callers import only
 * types from here: the schemas stay with the receiving ends.
 */
import * as v from 'valibot';
import { AnnotationPatchSchema, NewAnnotationSchema, type Annotation } from '../../src/annotations/model';
import type { StorageStatus } from '../../src/db/durability';
import { FRAME_TOKEN, FrameAskSchema, type FrameAnswer } from './frame-messages';
import type { ListedDataset } from '../../src/db/dataset-store';
import type { DatasetEntry } from '../../src/dataset/collection';
import { LibraryRequestSchemas, type LibraryCalls } from './library-messages';
import type { PageInfo } from './page-info';
export type { PageFeature, PageInfo } from './page-info';
import type { KnownSlice } from '../../src/dataset/slice';

export { CallError, fail, ok, unwrap, type Reply, type ReplyError } from './reply';

/**
 * Calls answered by the service worker (from content scripts and extension
 * pages; `library/*` from extension pages only): what each answers. What each
 * carries is what `WorkerRequestSchema` reads (`WorkerCalls` below).
 */
interface WorkerReplies extends LibraryCalls {
  /** The annotations saved on one page (by normalised URL key), oldest first. */
  'annotations/list': { response: Annotation[] };
  /**
   * Extension pages only (the popup): the notes saved on the page open in a
   * tab, with the page's key as its content script gave it to the worker
   * (null when no content script answers there). The popup sends it with its
   * own calls to the page, so the notes do not wait for the page's info to
   * come back first (ADR 0365).
   */
  'annotations/for-tab': { response: TabNotes | null };
  /**
   * What a content script needs to draw a page's annotations: where they are
   * and their colour — never the note, tags or linked claim (those are shown
   * only in the note frame, an extension page).
   */
  'annotations/anchors': { response: AnnotationAnchor[] };
  /** One annotation, for the note frame and extension pages (null when it is gone). */
  'annotations/get': { response: Annotation | null };
  /**
   * From the note frame only: a question for the content script of the
   * frame's own tab (top frame), relayed by the worker (frame-messages.ts).
   */
  'frame/ask-page': { response: FrameAnswer };
  /**
   * Saves a new annotation; the worker assigns the times, and the id unless
   * the caller chose one. With an id, the call is idempotent: a retry after a
   * lost reply (the worker stopped mid-call) answers the record already saved.
   */
  'annotations/create': { response: Annotation };
  /**
   * Changes note, tags, colour or linked claim of the version last seen
   * (`baseUpdated`: its `updated` time); a newer version is never overwritten
   * (`conflict`).
   */
  'annotations/update': { response: Annotation };
  /** Deletes one annotation and returns it (for undo), or null when it was already gone. */
  'annotations/delete': { response: Annotation | null };
  /** Extension pages only: eviction, unexported annotations, persistence (for the backup reminder). */
  'status/get': { response: StorageStatus };
  /** Extension pages only: the reader has seen the eviction notice. */
  'status/dismiss-eviction': { response: null };
  /** Extension pages only: the imported datasets (their facts, not their claims), oldest first. */
  'datasets/list': { response: ListedDataset[] };
  /** Extension pages only: validates and stores a dataset file (ClaimReview or native); the same file again is `duplicate`. */
  'datasets/import': { response: { dataset: ListedDataset; duplicate: boolean } };
  /** Extension pages only: switches an imported dataset on or off. */
  'datasets/set-enabled': { response: ListedDataset };
  /** Extension pages only: removes an imported dataset (undo with `datasets/restore` for a few minutes). */
  'datasets/remove': { response: ListedDataset };
  'datasets/restore': { response: ListedDataset };
  /** The enabled imported datasets with their claims, for the engine (content scripts and the popup). */
  'datasets/enabled': { response: DatasetEntry[] };
}

/** Calls answered by the content script of a tab (from the popup, and the worker's relays): what each answers. */
interface PageReplies {
  /** Which page this is, as annotations know it. */
  'page/info': { response: PageInfo };
  /** Which of the page's saved annotations re-attached to the text, and which are orphaned. */
  'page/anchoring': { response: { anchored: string[]; orphaned: string[] } };
  /** What Crosscheck found on the page: claims with their matches, actors with mention counts. */
  'page/analysis': { response: PageAnalysis };
  /** Scrolls to text[start, end) of the article and flashes it. */
  'page/reveal': { response: boolean };
  /** Scrolls to a saved annotation and flashes it; false when it is not on the page. */
  'page/reveal-annotation': { response: boolean };
  /** Scrolls to the next mention of an actor and flashes it; answers its position. */
  'page/next-mention': { response: { index: number; total: number } };
  /** The note frame's question, relayed by the worker; answered only for the frame holding the token. */
  'page/frame': { response: FrameAnswer };
  /** Opens the note form for the reader's selection (keyboard shortcut, context menu). */
  'page/annotate-selection': { response: boolean };
}

/** A tab's page key and the notes saved under it (`annotations/for-tab`). */
export interface TabNotes {
  urlKey: string;
  annotations: Annotation[];
}

/** An annotation as a content script sees it: where it is drawn, and in which colour. */
export type AnnotationAnchor = Pick<Annotation, 'id' | 'selectors' | 'color' | 'quote' | 'updated'>;


export interface PageClaim {
  start: number;
  end: number;
  text: string;
  claimant?: string;
  matches: { claimId: string; relation: 'corroborates' | 'contradicts' | 'related'; score: number; reason: string }[];
}

export interface PageActor {
  id: string;
  name: string;
  type: string;
  mentions: number;
}

export interface PageAnalysis {
  claims: PageClaim[];
  actors: PageActor[];
  /** Known claims near each annotation: those matched by claim sentences it overlaps, or by its own quote. */
  annotationClaims: Record<string, string[]>;
  /**
   * The imported claims, actors, sources and relations these results refer
   * to (what the page got from the worker; the bundled dataset is not in it):
   * the popup shows them without asking the worker for every enabled dataset.
   */
  known?: KnownSlice;
}

/**
 * The protocol is defined once: a call's request is what the receiving end's
 * schema reads — callers send its input (defaults may be left out), the
 * receiving end handles its output — and its response is what the reply maps
 * above say.
 */
type CallMap<S extends v.GenericSchema, R> = {
  [K in keyof R & string]: {
    request: Omit<Extract<v.InferInput<S>, { type: K }>, 'type'>;
    response: R[K] extends { response: infer T } ? T : never;
  };
};

export type WorkerCalls = CallMap<typeof WorkerRequestSchema, WorkerReplies>;
export type PageCalls = CallMap<ReturnType<typeof pageRequestSchema>, PageReplies>;
export type WorkerCallName = keyof WorkerCalls;
export type PageCallName = keyof PageCalls;

/** A request as the receiving end handles it (validated, defaults filled in). */
export type WorkerRequest<K extends WorkerCallName = WorkerCallName> = Extract<v.InferOutput<typeof WorkerRequestSchema>, { type: K }>;
export type PageRequest<K extends PageCallName = PageCallName> = Extract<v.InferOutput<ReturnType<typeof pageRequestSchema>>, { type: K }>;

/** Every call of a reply map has a schema, and every schema a reply: a call added on one side only fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const workerCallsComplete: Same<keyof WorkerReplies, v.InferOutput<typeof WorkerRequestSchema>['type']> = true;
const pageCallsComplete: Same<keyof PageReplies, v.InferOutput<ReturnType<typeof pageRequestSchema>>['type']> = true;
void workerCallsComplete;
void pageCallsComplete;

const UrlKey = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));
/** The part of a content script's `page/info` answer the worker reads (it relays nothing else). */
export const PageKeySchema = v.object({ urlKey: UrlKey });
const AnnotationId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const DatasetId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

/**
 * What the service worker accepts; anything else is answered `invalid-message`.
 * Built in a call marked pure, so a bundle that never reads it (the content
 * script) leaves it and the library's schemas out: the spread of
 * `LibraryRequestSchemas` alone kept every one of them, built at the content
 * script's evaluation for nothing (ADR 0415).
 */
export const WorkerRequestSchema = /* @__PURE__ */ (() => v.variant('type', [
  v.strictObject({ type: v.literal('annotations/list'), urlKey: UrlKey }),
  v.strictObject({ type: v.literal('annotations/create'), annotation: NewAnnotationSchema, id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/))) }),
  v.strictObject({ type: v.literal('annotations/update'), id: AnnotationId, patch: AnnotationPatchSchema, baseUpdated: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('annotations/delete'), id: AnnotationId }),
  v.strictObject({ type: v.literal('annotations/anchors'), urlKey: UrlKey }),
  v.strictObject({ type: v.literal('annotations/for-tab'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('annotations/get'), id: AnnotationId }),
  v.strictObject({ type: v.literal('frame/ask-page'), token: FRAME_TOKEN, ask: FrameAskSchema }),
  v.strictObject({ type: v.literal('status/get') }),
  v.strictObject({ type: v.literal('status/dismiss-eviction') }),
  v.strictObject({ type: v.literal('datasets/list') }),
  v.strictObject({
    type: v.literal('datasets/import'),
    fileName: v.pipe(v.string(), v.maxLength(300)),
    // the importer states the 20 MB limit itself, in bytes; this only bounds the message
    text: v.pipe(v.string(), v.maxLength(64 * 1024 * 1024)),
  }),
  v.strictObject({ type: v.literal('datasets/set-enabled'), id: DatasetId, enabled: v.boolean() }),
  v.strictObject({ type: v.literal('datasets/remove'), id: DatasetId }),
  v.strictObject({ type: v.literal('datasets/restore'), id: DatasetId }),
  v.strictObject({ type: v.literal('datasets/enabled'), excludeUrlKey: v.optional(UrlKey) }),
  ...LibraryRequestSchemas,
]))();

/**
 * What a page's content script accepts from the extension (the popup, the worker's relays). Built at
 * the first call, not at the content script's evaluation, which every article waits on (ADR 0415).
 */
const makePageRequestSchema = () => v.variant('type', [
  v.strictObject({ type: v.literal('page/info') }),
  v.strictObject({ type: v.literal('page/annotate-selection') }),
  v.strictObject({ type: v.literal('page/anchoring') }),
  v.strictObject({ type: v.literal('page/analysis') }),
  v.strictObject({
    type: v.literal('page/reveal'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ type: v.literal('page/next-mention'), actorId: v.pipe(v.string(), v.maxLength(128)) }),
  v.strictObject({ type: v.literal('page/reveal-annotation'), id: v.pipe(v.string(), v.maxLength(64)) }),
  v.strictObject({ type: v.literal('page/frame'), token: FRAME_TOKEN, ask: FrameAskSchema }),
]);
let builtPageSchema: ReturnType<typeof makePageRequestSchema> | null = null;
/** The schema of the page calls, built once when first asked for. */
export const pageRequestSchema = (): ReturnType<typeof makePageRequestSchema> => (builtPageSchema ??= makePageRequestSchema());
