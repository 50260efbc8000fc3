/**
 * Answers worker calls: validates the request, checks the sender may touch the
 * page it names, runs the storage operation, and always replies with data.
 * Free of extension APIs (the sender is passed in) so Vitest can drive it.
 */
import * as v from 'valibot';
import { describeIssues, type Annotation } from '../../src/annotations/model';
import { StoreError, type AnnotationStore } from '../../src/db/annotation-store';
import { urlKey as keyOf } from '../../src/page/url-key';
import {
  WorkerRequestSchema,
  fail,
  ok,
  type Reply,
  type WorkerCallName,
  type WorkerCalls,
  type WorkerRequest,
} from '../shared/messages';

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
}

type Handlers = {
  [K in WorkerCallName]: (request: WorkerRequest<K>, sender: SenderInfo) => Promise<WorkerCalls[K]['response']>;
};

export function createRouter({ store, extensionOrigin }: RouterDeps) {
  const isExtensionPage = (sender: SenderInfo) => sender.tabId === undefined || (sender.url ?? '').startsWith(extensionOrigin);

  /**
   * A content script may only reach annotations of the site it runs on. The
   * key may come from a canonical link, so the rule is the site, not the URL.
   */
  function assertMayAccess(sender: SenderInfo, pageKey: string) {
    if (isExtensionPage(sender)) return;
    const senderSite = siteOf(keyOf(sender.url ?? ''));
    if (!senderSite || senderSite !== siteOf(pageKey)) {
      throw new ForbiddenError();
    }
  }

  async function mustOwn(sender: SenderInfo, id: string): Promise<Annotation | undefined> {
    const current = await store.get(id);
    if (current) assertMayAccess(sender, current.urlKey);
    return current;
  }

  const handlers: Handlers = {
    'annotations/list': async (req, sender) => {
      assertMayAccess(sender, req.urlKey);
      return store.listByPage(req.urlKey);
    },
    'annotations/create': async (req, sender) => {
      assertMayAccess(sender, req.annotation.urlKey);
      return store.create(req.annotation);
    },
    'annotations/update': async (req, sender) => {
      await mustOwn(sender, req.id);
      return store.update(req.id, req.patch);
    },
    'annotations/delete': async (req, sender) => {
      if (!(await mustOwn(sender, req.id))) return null;
      return (await store.remove(req.id)) ?? null;
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
      return fail('internal', `Unexpected error: ${(error as Error)?.message ?? String(error)}`);
    }
  };
}

class ForbiddenError extends Error {
  constructor() {
    super('A page may only reach annotations of its own site.');
  }
}

/** The site part of a URL key (`example.com:8080`), or '' for non-web keys. */
function siteOf(key: string): string {
  if (key.includes('://')) return '';
  return key.split('/')[0] ?? '';
}
