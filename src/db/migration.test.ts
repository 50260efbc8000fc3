/**
 * Upgrades: a reader's version-1 database, written with the version-1 schema
 * exactly as it shipped, opens under the current CrosscheckDatabase with every
 * record intact and migrated (page keys respelled by the current url-key
 * rules, the old key kept), nothing lost, nothing invented.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/model';
import { urlKey } from '../page/url-key';
import { CrosscheckDatabase, currentKey, type StoredAnnotation } from './database';

/** The schema version this build opens at. */
const CURRENT_VERSION = 4;

let n = 0;
const names: string[] = [];
const freshName = () => {
  const name = `migration-test-${++n}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The version-1 schema, frozen here as it shipped: this is what readers have on disk. */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    annotations: 'id, urlKey, *tags, created, updated, [urlKey+created]',
    meta: 'key',
  });
  return db;
}

/** Keys as older url-key rules wrote them, with what the current rules make of them. */
const STALE_KEYS: [old: string, current: string][] = [
  ['news.example.com/2015/10/02/story?ocid=socialflow_twitter', 'news.example.com/2015/10/02/story'],
  ['news.example.com/2015/10/02/story?smid=tw-share&page=2', 'news.example.com/2015/10/02/story?page=2'],
  ['news.example.com/world/amp/story', 'news.example.com/world/story'],
  ['news.example.com/world/story.amp.html', 'news.example.com/world/story.html'],
  ['news.example.com/world/index.html', 'news.example.com/world'],
  ['www.example.org/report', 'example.org/report'],
  ['example.org/a/%7euser/', 'example.org/a/~user'],
  ['example.org/list?b=2&a=1', 'example.org/list?a=1&b=2'],
];

/** Keys the current rules already produce (and some they leave alone). */
const CURRENT_KEYS = [
  'news.example.com/2015/10/02/story',
  '127.0.0.1:8080/world/story.html',
  'example.org/',
  'example.org/app#!/article/42',
  'amp.dev/documentation',
  'file:///home/reader/saved.html', // not a web key: left alone
];

function record(i: number, key: string): Annotation {
  const quote = `passage number ${i} with “quotes”, émojis 🛰️ and <b>markup</b>`;
  return {
    id: `rec-${String(i).padStart(6, '0')}`,
    url: `https://${key.includes('://') ? 'example.org/x' : key}`,
    urlKey: key,
    title: `Story ${i}`,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: i, end: i + quote.length },
    ],
    note: i % 3 === 0 ? '' : `note ${i}\nsecond line`,
    tags: i % 2 ? ['casualties', `t${i % 7}`] : [],
    color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5]!,
    ...(i % 4 === 0 ? { claimId: `claim-${i}` } : {}),
    quote,
    created: 1_443_000_000_000 + i * 1_000,
    updated: 1_443_000_000_000 + i * 2_000,
  };
}

describe('database upgrade from version 1', () => {
  it('opens a full version-1 database and finds every record intact, keys respelled, old keys kept', async () => {
    const name = freshName();
    const keys = [...STALE_KEYS.map(([old]) => old), ...CURRENT_KEYS];
    const original = Array.from({ length: 2_000 }, (_, i) => record(i, keys[i % keys.length]!));
    // A row written by a buggy old build: it must survive the upgrade as it is, not abort it.
    const odd = { id: 'odd-record-1', urlKey: 42, created: 5, updated: 5, tags: [] } as unknown as Annotation;

    const v1 = openVersion1(name);
    await v1.table('annotations').bulkAdd([...original, odd]);
    await v1.table('meta').bulkPut([
      { key: 'marker', value: { createdAt: 1 } },
      { key: 'lastExport', value: 1_443_000_500_000 },
    ]);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new CrosscheckDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const stored = (await db.annotations.toArray()) as StoredAnnotation[];
    expect(stored).toHaveLength(original.length);
    const byId = new Map(stored.map((a) => [a.id, a]));
    const expectedKey = new Map<string, string>([...STALE_KEYS, ...CURRENT_KEYS.map((k): [string, string] => [k, k])]);
    for (const before of original) {
      const after = byId.get(before.id)!;
      const key = expectedKey.get(before.urlKey)!;
      // Everything but the key is exactly as it was.
      const { urlKey: _k1, ...restBefore } = before;
      const { urlKey: _k2, previousUrlKey, ...restAfter } = after;
      expect(restAfter).toEqual(restBefore);
      expect(after.urlKey).toBe(key);
      expect(previousUrlKey).toBe(key === before.urlKey ? undefined : before.urlKey);
    }
    // It cannot be read (its page key is not text): version 3 keeps it aside for the reader to export.
    expect(byId.has('odd-record-1')).toBe(false);
    expect((await db.quarantine.toArray()).map((q) => q.row)).toEqual([odd]);

    // The page index answers under the new spelling, in time order, for every page.
    for (const [old, current] of STALE_KEYS) {
      const onPage = await db.annotations.where('[urlKey+created]').between([current, -Infinity], [current, Infinity]).toArray();
      const expected = original.filter((a) => expectedKey.get(a.urlKey) === current).map((a) => a.id);
      expect(onPage.map((a) => a.id)).toEqual(expected);
      expect(await db.annotations.where('urlKey').equals(old).count()).toBe(old === current ? expected.length : 0);
    }
    // Tags (multi-entry index) and meta survive.
    expect(await db.annotations.where('tags').equals('casualties').count()).toBe(original.filter((a) => a.tags.includes('casualties')).length);
    expect(await db.meta.get('marker')).toEqual({ key: 'marker', value: { createdAt: 1 } });
    expect(await db.meta.get('lastExport')).toEqual({ key: 'lastExport', value: 1_443_000_500_000 });
    db.close();

    // Opening again (already version 2) changes nothing.
    const again = new CrosscheckDatabase(name);
    expect(await again.annotations.toArray()).toEqual(stored);
    again.close();
  });

  it('opens an empty version-1 database', async () => {
    const name = freshName();
    const v1 = openVersion1(name);
    await v1.open();
    v1.close();
    const db = new CrosscheckDatabase(name);
    expect(await db.annotations.count()).toBe(0);
    expect(db.verno).toBe(CURRENT_VERSION);
    db.close();
  });

  it('respelling a key the current rules produced changes nothing (the upgrade is idempotent)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withPort: true, withIPv4: true, withUserInfo: true } }), (url) => {
        const key = urlKey(url);
        expect(currentKey(key)).toBe(key);
      }),
      { numRuns: 300 },
    );
  });
});
