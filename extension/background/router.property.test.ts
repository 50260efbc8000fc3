/**
 * Property tests (fast-check) for the worker's message validator: whatever a
 * caller sends — random JSON, structured-clone values, near-valid requests with
 * one thing wrong, keys aimed at prototypes — the router answers with data,
 * never throws, writes nothing for a request it rejects, and no prototype is
 * touched.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotationStore } from '../../src/db/annotation-store';
import { CrosscheckDatabase } from '../../src/db/database';
import { exportJsonLd } from '../../src/io';
import { WorkerRequestSchema } from '../shared/messages';
import { createLibraryService } from './library';
import { createRouter } from './router';
import { newAnnotation } from './fixtures.test-util';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const SENDERS = [
  { url: 'https://news.example.com/2015/10/02/story', tabId: 7 },
  { url: 'https://evil.example.org/', tabId: 9 },
  { url: `${EXT}popup/popup.html` },
  { url: undefined, tabId: 3 },
];

let db: CrosscheckDatabase;
let handle: ReturnType<typeof createRouter>;
let existingId = '';

beforeAll(async () => {
  db = new CrosscheckDatabase(`router-property-${Math.random().toString(36).slice(2)}`);
  handle = createRouter({ store: createAnnotationStore(db), extensionOrigin: EXT, library: createLibraryService({ db }) });
  const created = await handle({ type: 'annotations/create', annotation: annotation() }, SENDERS[0]!);
  existingId = (created as { value: { id: string } }).value.id;
});
afterAll(async () => {
  db.close();
  await db.delete();
});

const annotation = () => newAnnotation({ color: 'green' });

/** One well-formed request of every call type. */
const VALID = (): Record<string, unknown>[] => [
  { type: 'annotations/list', urlKey: 'news.example.com/2015/10/02/story' },
  { type: 'annotations/create', annotation: annotation() },
  { type: 'annotations/update', id: existingId, patch: { note: 'x', tags: ['a'], color: 'blue', claimId: null }, baseUpdated: 0 },
  { type: 'annotations/delete', id: existingId },
  { type: 'library/query', text: 'raqqa', tag: 'strikes', sort: 'newest', limit: 10, offset: 0 },
  { type: 'library/facets' },
  { type: 'library/delete-many', ids: [existingId] },
  { type: 'library/export', format: 'jsonld' },
  { type: 'library/import', text: exportJsonLd([]) },
  { type: 'status/get' },
];

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'type', 'annotation', 'selectors', 'id', 'patch', 'urlKey', 'text'];

/** JSON whose objects may carry own `__proto__` / `constructor` keys, as a structured clone would deliver them. */
const hostileJson: fc.Arbitrary<unknown> = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), tie('value'), { maxKeys: 4 }),
    ),
  }))
  .value.map((value) => JSON.parse(JSON.stringify(value ?? null)) as unknown);

/** A valid request with one thing wrong (or, sometimes, still valid). */
const nearValid: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat(VALID().length - 1), fc.nat(), fc.constantFrom('drop', 'set', 'extra', 'type', 'deep', 'proto'), hostileJson, fc.string({ maxLength: 30 }))
  .map(([which, pick, how, junk, name]) => {
    const base = structuredClone(VALID()[which]!);
    const keys = Object.keys(base);
    const key = keys[pick % keys.length]!;
    switch (how) {
      case 'drop':
        delete base[key];
        break;
      case 'set':
        base[key] = junk;
        break;
      case 'extra':
        base[name || 'extra'] = junk;
        break;
      case 'type':
        base.type = name;
        break;
      case 'deep': {
        const inner = base.annotation ?? base.patch;
        if (inner && typeof inner === 'object') (inner as Record<string, unknown>)[name || 'note'] = junk;
        else base[key] = junk;
        break;
      }
      case 'proto':
        return JSON.parse(JSON.stringify(base).replace(/^\{/, `{"__proto__":{"polluted":true,"type":"annotations/create"},"constructor":{"prototype":{"polluted":true}},`)) as unknown;
    }
    return base;
  });

/** What a sender can pass through runtime.sendMessage (structured clone), including odd numbers and nesting. */
const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withBigInt: false,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

async function snapshot(): Promise<string> {
  return JSON.stringify(await db.annotations.orderBy('id').toArray());
}

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const PROTO_BEFORE = protoKeys();

function wellFormed(reply: unknown): boolean {
  if (!reply || typeof reply !== 'object') return false;
  const r = reply as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in r;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message === 'string' && r.error.message.length > 0;
}

let tried = 0;

async function check(message: unknown, senderIndex: number) {
  tried++;
  const sender = SENDERS[senderIndex % SENDERS.length]!;
  const valid = v.safeParse(WorkerRequestSchema, message).success;
  const before = await snapshot();
  let reply: unknown;
  try {
    reply = await handle(message, sender);
  } catch (error) {
    throw new Error(`the router threw on ${JSON.stringify(message)?.slice(0, 200)}: ${String(error)}`);
  }
  expect(wellFormed(reply)).toBe(true);
  if (!valid) {
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await snapshot()).toBe(before);
  } else if (!(reply as { ok: boolean }).ok) {
    // A valid request refused (forbidden, not found, invalid record): nothing written either.
    expect(await snapshot()).toBe(before);
  }
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(protoKeys()).toBe(PROTO_BEFORE);
}

describe('worker message validator (property)', () => {
  it('answers random JSON and structured-clone values with ok:false and writes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(hostileJson, anything), fc.nat(), check), { numRuns: 600 });
  });

  it('answers near-valid requests correctly: invalid ones refused with no write, valid ones answered with data', async () => {
    await fc.assert(fc.asyncProperty(nearValid, fc.nat(), check), { numRuns: 600 });
  });

  it('refuses any request carrying a key its call does not know (strict shapes: nothing rides along)', async () => {
    const known = new Set(['type', 'urlKey', 'annotation', 'id', 'patch', 'text', 'tag', 'actor', 'site', 'from', 'to', 'sort', 'offset', 'limit', 'ids', 'annotations', 'format']);
    await fc.assert(
      fc.asyncProperty(fc.nat(VALID().length - 1), fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !known.has(k)), hostileJson, async (which, key, junk) => {
        tried++;
        const message = { ...structuredClone(VALID()[which]!), [key]: junk ?? 0 };
        const before = await snapshot();
        expect(await handle(message, SENDERS[2]!)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('tried many inputs', () => {
    console.log(`router property tests: ${tried} messages tried`);
    expect(tried).toBeGreaterThanOrEqual(1_500);
  });
});
