import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/model';
import { sampleAnnotations } from '../db/sample-annotations';
import { compileMentions, type ActorAliases } from './mentions';
import { createLibrarySearch } from './library-search';
import { siteOfKey } from './text';

const ACTORS: ActorAliases[] = [
  { id: 'russia', name: 'Russia', aliases: ['Russia', 'Russian Federation'] },
  { id: 'moscow', name: 'Moscow', aliases: ['Moscow', 'Kremlin'] },
  { id: 'united-states', name: 'United States', aliases: ['United States', { text: 'US', caseSensitive: true }, { text: 'U.S.', caseSensitive: true }] },
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: ['Syrian Observatory for Human Rights', 'SOHR'] },
  { id: 'air-force', name: 'Russian Air Force', aliases: [{ text: 'air force', context: ['Russia', 'Russian'] }] },
  { id: 'assad', name: 'Bashar al-Assad', aliases: ['Assad', 'Bashar al-Assad'] },
];

function annotation(id: string, fields: Partial<Annotation> = {}): Annotation {
  const quote = fields.quote ?? 'a quoted passage';
  return {
    id,
    url: 'https://news.example.com/story',
    urlKey: 'news.example.com/story',
    title: 'A story',
    selectors: [{ type: 'TextQuoteSelector', exact: quote }],
    note: '',
    tags: [],
    color: 'yellow',
    quote,
    created: 1_000,
    updated: 1_000,
    ...fields,
  };
}

describe('actor mentions', () => {
  const mentions = compileMentions(ACTORS);

  it('finds aliases by whole words, ignoring case and accents', () => {
    expect(mentions('The RUSSIAN FEDERATION said', 'ask the kremlin')).toEqual(['russia', 'moscow']);
    expect(mentions('Russians and Moscovites')).toEqual([]);
    expect(mentions('Bashar al-Assad spoke')).toEqual(['assad']);
    expect(mentions('Bashar al‐Âssad spoke')).toEqual(['assad']);
  });

  it('keeps case-sensitive aliases to their written form or capitals', () => {
    expect(mentions('let us go')).toEqual([]);
    expect(mentions('the US said')).toEqual(['united-states']);
    expect(mentions('the U.S. said')).toEqual(['united-states']);
    expect(mentions('the u.s. said')).toEqual([]);
  });

  it('needs a context word for context aliases', () => {
    expect(mentions('the air force of Britain')).toEqual([]);
    expect(mentions('the Russian air force struck')).toEqual(['air-force']);
  });
});

describe('library search', () => {
  const records = [
    annotation('aaaaaaaa', { quote: 'the raids near Raqqa killed 12', note: 'compare with SOHR', tags: ['casualties', 'Strikes'], created: 3_000 }),
    annotation('bbbbbbbb', { quote: 'the Kremlin denied it', note: 'denial, again', tags: ['denial'], created: 2_000, urlKey: 'ledger.example/world/x', url: 'https://ledger.example/world/x', title: 'Ledger: Moscow denies' }),
    annotation('cccccccc', { quote: 'an émigré journalist wrote', note: 'who is this?', tags: ['sources'], created: 1_000, urlKey: '127.0.0.1:8080/a', url: 'http://127.0.0.1:8080/a' }),
    annotation('dddddddd', { quote: 'the Russian Federation responded', note: '', tags: ['strikes'], created: 4_000 }),
  ];
  const search = createLibrarySearch({ actors: ACTORS });
  search.reset(records);
  const ids = (r: { hits: { annotation: Annotation }[] }) => r.hits.map((h) => h.annotation.id);

  it('lists everything newest first without text, with paging and total', () => {
    expect(ids(search.query())).toEqual(['dddddddd', 'aaaaaaaa', 'bbbbbbbb', 'cccccccc']);
    const page = search.query({ offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(ids(page)).toEqual(['aaaaaaaa', 'bbbbbbbb']);
    expect(ids(search.query({ sort: 'oldest', limit: 1 }))).toEqual(['cccccccc']);
  });

  it('finds words in notes, quotes, tags and titles; the last word as a prefix', () => {
    expect(ids(search.query({ text: 'compare' }))).toEqual(['aaaaaaaa']);
    expect(ids(search.query({ text: 'raqqa' }))).toEqual(['aaaaaaaa']);
    expect(ids(search.query({ text: 'casualties' }))).toEqual(['aaaaaaaa']);
    expect(ids(search.query({ text: 'ledger' }))).toEqual(['bbbbbbbb']);
    expect(ids(search.query({ text: 'Raq' }))).toEqual(['aaaaaaaa']);
    expect(ids(search.query({ text: 'emigre' }))).toEqual(['cccccccc']);
    expect(ids(search.query({ text: 'near killed' }))).toEqual(['aaaaaaaa']);
    expect(search.query({ text: 'raqqa kremlin' }).total).toBe(0);
  });

  it('forgives a typo in longer words', () => {
    expect(ids(search.query({ text: 'journlist' }))).toEqual(['cccccccc']);
  });

  it('finds annotations by the actors they mention, under any alias', () => {
    // "Russia" is the actor's name: the annotation says "Russian Federation".
    expect(ids(search.query({ text: 'russia' }))).toContain('dddddddd');
    // The Kremlin note mentions Moscow; the title also says Moscow.
    expect(ids(search.query({ text: 'moscow' }))).toEqual(['bbbbbbbb']);
    expect(ids(search.query({ text: 'observatory' }))).toEqual(['aaaaaaaa']);
    expect(search.actorsOf('aaaaaaaa')).toEqual(['sohr']);
  });

  it('filters by tag, actor, site and date, alone and with text', () => {
    expect(ids(search.query({ tag: 'strikes' }))).toEqual(['dddddddd', 'aaaaaaaa']);
    expect(ids(search.query({ tag: ' STRIKES ' }))).toEqual(['dddddddd', 'aaaaaaaa']);
    expect(ids(search.query({ actor: 'moscow' }))).toEqual(['bbbbbbbb']);
    expect(ids(search.query({ site: 'ledger.example' }))).toEqual(['bbbbbbbb']);
    expect(ids(search.query({ site: '127.0.0.1:8080' }))).toEqual(['cccccccc']);
    expect(ids(search.query({ from: 2_000, to: 3_000 }))).toEqual(['aaaaaaaa', 'bbbbbbbb']);
    expect(ids(search.query({ text: 'the', tag: 'strikes', from: 3_500 }))).toEqual(['dddddddd']);
  });

  it('follows upserts and removals', () => {
    const s = createLibrarySearch({ actors: ACTORS });
    s.reset(records);
    s.upsert({ ...records[0]!, note: 'nothing about that now', updated: 9_000 });
    expect(s.query({ text: 'compare' }).total).toBe(0);
    expect(ids(s.query({ text: 'nothing' }))).toEqual(['aaaaaaaa']);
    s.remove('aaaaaaaa', 'not-there');
    expect(s.query({ text: 'nothing' }).total).toBe(0);
    expect(s.size).toBe(3);
    expect(ids(s.query())).toEqual(['dddddddd', 'bbbbbbbb', 'cccccccc']);
  });

  it('offers facets with counts', () => {
    const facets = search.facets();
    expect(facets.total).toBe(4);
    expect(facets.tags[0]).toEqual({ value: 'Strikes', count: 2 });
    expect(facets.sites).toContainEqual({ value: 'news.example.com', count: 2 });
    expect(facets.actors).toContainEqual({ id: 'russia', name: 'Russia', count: 1 });
  });

  // Speed is measured by `npm run bench` (scripts/bench-library.ts), never asserted in tests.
  it('answers every query shape over 10,000 annotations', () => {
    const big = createLibrarySearch({ actors: ACTORS });
    big.reset(sampleAnnotations(10_000));
    const queries = [{ text: 'sohr' }, { text: 'co' }, { text: 'russian federation' }, { text: 'observatry' }, { tag: 'strikes' }, { text: 'check', actor: 'moscow', site: 'ledger.example' }, {}];
    for (const q of queries) {
      const result = big.query({ ...q, limit: 50 });
      expect(result.total, JSON.stringify(q)).toBeGreaterThan(0);
      expect(result.hits.length).toBeLessThanOrEqual(50);
    }
  });
});

describe('siteOfKey', () => {
  it('takes the host part of a key', () => {
    expect(siteOfKey('news.example.com/a/b?x=1')).toBe('news.example.com');
    expect(siteOfKey('127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(siteOfKey('example.org?x')).toBe('example.org');
    expect(siteOfKey('file:///tmp/x')).toBe('');
  });
});
