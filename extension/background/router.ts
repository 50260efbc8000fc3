/**
 * Answers worker calls: validates the request, checks the sender may touch the
 * page it names, runs the storage operation, and always replies with data.
 * Free of extension APIs (the sender is passed in) so Vitest can drive it.
 */
import * as v from 'valibot';
import { describeIssues, type Annotation } from '../../src/annotations/model';
import { StoreError, type AnnotationStore } from '../../src/db/annotation-store';
import type { Durability } from '../../src/db/durability';
import type { DatasetStore } from '../../src/db/dataset-store';
import { importDatasetText, importErrorMessage } from '../../src/dataset/import';
import { isClaimNote, notesDataset, type NoteSource } from '../../src/dataset/notes';
import { urlKey as keyOf } from '../../src/page/url-key';
import { libraryHandlers, type LibraryService } from './library';
import type { TabKeys } from './tab-keys';
import {
  PageKeySchema,
  WorkerRequestSchema,
  fail,
  ok,
  type Reply,
  type WorkerCallName,
  type WorkerCalls,
  type WorkerRequest,
  CallError,
  unwrap,
} from '../shared/messages';
import type { FrameAnswer } from '../shared/frame-messages';

/** Who sent a message, reduced to what the access rule needs. */
export interface SenderInfo {
  /** The sending document's URL (a web page for content scripts, chrome-extension:// for our pages). */
  url?: string;
  /** Present when the sender is a content script in a tab. */
  tabId?: number;
}

export interface RouterDeps {
  store: AnnotationStore;
  /** The extension's own origin, e.g. `chrome-extension://abc…/`. */
  extensionOrigin: string;
  /** Search, bulk delete, export and import for the library page (extension pages only). */
  library?: LibraryService;
  /** Eviction marker, saved-annotations flag and last-backup time (see src/db/durability.ts). */
  durability?: Durability;
  /** Sends a page call to the content script in the top frame of a tab (the note frame's relay). */
  askPage?: (tabId: number, message: unknown) => Promise<unknown>;
  /** Imported datasets (see src/db/dataset-store.ts). */
  datasets?: DatasetStore;
  /** Told after every change to the imported datasets (the worker tells open tabs through storage). */
  onDatasetsChanged?: () => Promise<void> | void;
  /** The reader's notes that may serve as known claims; none when the reader switched that off. */
  notes?: () => Promise<NoteSource[]>;
  /** The page key each tab's content script last asked its notes by (kept across the worker's stops; see tab-keys.ts). */
  tabKeys?: TabKeys;
}

type Handlers = {
  [K in WorkerCallName]: (request: WorkerRequest<K>, sender: SenderInfo) => Promise<WorkerCalls[K]['response']>;
};

export function createRouter({ store, extensionOrigin, library, durability, askPage, datasets, onDatasetsChanged, notes, tabKeys }: RouterDeps) {
  const isExtensionPage = (sender: SenderInfo) => sender.tabId === undefined || (sender.url ?? '').startsWith(extensionOrigin);

  /**
   * A content script may only reach annotations made on its own site. Keys may
   * come from a page's canonical link (another host), so the rule looks at both
   * the key and the address the annotation was made on: a page on evil.example
   * that claims a canonical news.example URL still sees nothing made on
   * news.example.
   */
  function mayAccess(sender: SenderInfo, record: { urlKey: string; url: string }): boolean {
    if (isExtensionPage(sender)) return true;
    const site = senderSite(sender);
    return site !== '' && (siteOf(keyOf(record.url)) === site || siteOf(record.urlKey) === site);
  }

  function assertMayCreate(sender: SenderInfo, record: { url: string }) {
    if (isExtensionPage(sender)) return;
    const site = senderSite(sender);
    if (site === '' || siteOf(keyOf(record.url)) !== site) throw new ForbiddenError();
  }

  async function mustOwn(sender: SenderInfo, id: string): Promise<Annotation | undefined> {
    const current = await store.get(id);
    if (current && !mayAccess(sender, current)) throw new ForbiddenError();
    return current;
  }

  /** The page key a tab's content script (top frame) gives, or undefined where none answers. */
  async function askKey(tabId: number): Promise<string | undefined> {
    if (!askPage) return undefined;
    try {
      const key = v.safeParse(PageKeySchema, unwrap<unknown>(await askPage(tabId, { type: 'page/info' })));
      return key.success ? key.output.urlKey : undefined;
    } catch {
      return undefined; // no content script there (a page left alone, a browser page)
    }
  }

  const requirePage = (sender: SenderInfo) => {
    if (!isExtensionPage(sender)) throw new ForbiddenError('Only Crosscheck\'s own pages may use the library.');
  };
  const lib = libraryHandlers(library, requirePage);

  /** Writes remember that there is something to lose (eviction detection); a failure here never fails the write. */
  const saved = async <T>(result: T): Promise<T> => {
    await durability?.noteSaved().catch(() => undefined);
    return result;
  };

  const datasetStore = (sender: SenderInfo, what = 'manage datasets'): DatasetStore => {
    if (!isExtensionPage(sender)) throw new ForbiddenError(`Only Crosscheck's own pages may ${what}.`);
    if (!datasets) throw new StoreError('storage', 'Datasets are not available.');
    return datasets;
  };
  const changed = async <T>(result: T): Promise<T> => {
    await Promise.resolve(onDatasetsChanged?.()).catch(() => undefined);
    return result;
  };

  const handlers: Handlers = {
    'datasets/list': async (_req, sender) => datasetStore(sender).list(),
    'datasets/import': async (req, sender) => {
      const target = datasetStore(sender);
      let imported;
      try {
        imported = await importDatasetText(req.text, req.fileName);
      } catch (error) {
        // a bad or hostile file changes nothing: nothing was stored yet
        throw new StoreError('invalid', importErrorMessage(error));
      }
      const result = await target.add(imported);
      return result.duplicate ? result : changed(result);
    },
    'datasets/set-enabled': async (req, sender) => changed(await datasetStore(sender).setEnabled(req.id, req.enabled)),
    'datasets/remove': async (req, sender) => changed(await datasetStore(sender).remove(req.id)),
    'datasets/restore': async (req, sender) => changed(await datasetStore(sender).restore(req.id)),
    // extension pages only (the popup): a page's content script gets the claims its text matched from the analysis port (ADR 0095)
    'datasets/enabled': async (req, sender) => {
      if (!isExtensionPage(sender)) throw new ForbiddenError('Only Crosscheck\'s own pages may read the enabled datasets.');
      const entries = datasets ? await datasets.enabled() : [];
      // the reader's notes last, never the asking page's own (a page is not cross-referenced with itself)
      const mine = notes ? notesDataset(await notes(), req.excludeUrlKey !== undefined ? { excludeUrlKey: req.excludeUrlKey } : {}) : null;
      return mine ? [...entries, mine] : entries;
    },
    ...lib,
    'library/import': async (req, sender) => saved(await lib['library/import'](req, sender)),
    'library/restore': async (req, sender) => saved(await lib['library/restore'](req, sender)),
    'library/import-commit': async (req, sender) => saved(await lib['library/import-commit'](req, sender)),
    // The library page reports a backup only once its file was handed to the reader
    // (an export that fails on the way leaves the reminder as it was).
    'library/backup-done': async (req, sender) => {
      requirePage(sender);
      await durability?.recordExport(req.startedAt);
      return null;
    },
    'status/get': async (_req, sender) => {
      if (!isExtensionPage(sender)) throw new ForbiddenError('Only Crosscheck\'s own pages may read the storage status.');
      if (!durability) throw new StoreError('storage', 'Storage status is not available.');
      const status = await durability.status();
      const unreadable = (await library?.unreadableCount().catch(() => 0)) ?? 0;
      return unreadable ? { ...status, unreadable } : status;
    },
    'status/dismiss-eviction': async (_req, sender) => {
      if (!isExtensionPage(sender)) throw new ForbiddenError('Only Crosscheck\'s own pages may read the storage status.');
      await durability?.dismissEviction();
      return null;
    },
    'annotations/list': async (req, sender) => {
      return (await store.listByPage(req.urlKey)).filter((record) => mayAccess(sender, record));
    },
    // The popup's notes without waiting for the page's key: the key the tab's content script last
    // asked its notes by, else the one it gives when asked (ADR 0365). The popup checks it against
    // the key the page gave it, and lists by its own where they differ.
    'annotations/for-tab': async (req, sender) => {
      if (!isExtensionPage(sender)) throw new ForbiddenError('Only Crosscheck\'s own pages may read the notes of another tab.');
      const urlKey = (await tabKeys?.recall(req.tabId).catch(() => undefined)) ?? (await askKey(req.tabId));
      return urlKey === undefined ? null : { urlKey, annotations: await store.listByPage(urlKey) };
    },
    'annotations/anchors': async (req, sender) => {
      // a content script asks by its page's key: remembered for the popup's `annotations/for-tab`
      if (sender.tabId !== undefined && !isExtensionPage(sender)) tabKeys?.remember(sender.tabId, req.urlKey);
      const records = (await store.listByPage(req.urlKey)).filter((record) => mayAccess(sender, record));
      return records.map(({ id, selectors, color, quote, updated }) => ({ id, selectors, color, quote, updated }));
    },
    'annotations/get': async (req, sender) => {
      return (await mustOwn(sender, req.id)) ?? null;
    },
    'frame/ask-page': async (req, sender) => {
      // Only an extension page framed in a tab (the note frame) has a tab to ask.
      if (sender.tabId === undefined || !(sender.url ?? '').startsWith(extensionOrigin)) throw new ForbiddenError('Only the note frame may ask its page.');
      if (!askPage) throw new StoreError('storage', 'The page cannot be reached.');
      return unwrap<FrameAnswer>(await askPage(sender.tabId, { type: 'page/frame', token: req.token, ask: req.ask }));
    },
    'annotations/create': async (req, sender) => {
      assertMayCreate(sender, req.annotation);
      const record = await store.create(req.annotation, req.id);
      if (!mayAccess(sender, record)) throw new ForbiddenError();
      // a note quoting a claim is a known claim on other pages from now on
      if (notes && isClaimNote(record)) await changed(null);
      return saved(record);
    },
    'annotations/update': async (req, sender) => {
      await mustOwn(sender, req.id);
      return store.update(req.id, req.patch, req.baseUpdated);
    },
    'annotations/delete': async (req, sender) => {
      if (!(await mustOwn(sender, req.id))) return null;
      const removed = (await store.remove(req.id)) ?? null;
      if (removed && notes && isClaimNote(removed)) await changed(null);
      return removed;
    },
  };

  return async function handle(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    const parsed = v.safeParse(WorkerRequestSchema, message);
    if (!parsed.success) {
      const type = typeof (message as { type?: unknown } | null)?.type === 'string' ? ` "${(message as { type: string }).type}"` : '';
      return fail('invalid-message', `Malformed request${type}: ${describeIssues(parsed.issues)}`);
    }
    const request = parsed.output as WorkerRequest;
    try {
      const handler = handlers[request.type] as (r: WorkerRequest, s: SenderInfo) => Promise<unknown>;
      return ok(await handler(request, sender));
    } catch (error) {
      if (error instanceof ForbiddenError) return fail('forbidden', error.message);
      if (error instanceof StoreError) return fail(error.code, error.message);
      if (error instanceof CallError) return fail(error.code, error.message);
      return fail('internal', `Unexpected error: ${(error as Error)?.message ?? String(error)}`);
    }
  };
}

class ForbiddenError extends Error {
  constructor(message = 'A page may only reach annotations of its own site.') {
    super(message);
  }
}

function senderSite(sender: SenderInfo): string {
  return sender.url ? siteOf(keyOf(sender.url)) : '';
}

/** The site part of a URL key (`example.com:8080`), or '' for non-web keys. */
function siteOf(key: string): string {
  if (key.includes('://')) return '';
  return key.split('/')[0] ?? '';
}
