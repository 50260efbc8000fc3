import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictOf } from './claimreview';
import { IMPORT_LIMITS, ImportProblems, importDatasetText } from './import';
import { dataset as bundled } from './index';
import { validateDataset } from './validate';

const dir = resolve(__dirname, '../../tests/fixtures/datasets');
const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');

const review = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  datePublished: '2024-03-02',
  url: 'https://check.example.org/a',
  claimReviewed: 'The moon is made of green cheese.',
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ann Example' }, datePublished: '2024-03-01', appearance: [{ url: 'https://example.com/post' }] },
  author: { '@type': 'Organization', name: 'Check Org' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
  ...over,
});

async function problems(text: string, name = 'feed.json'): Promise<string> {
  try {
    await importDatasetText(text, name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('imported a file that should have been refused');
}

describe('ClaimReview import: the shapes', () => {
  it('maps an array feed field by field', async () => {
    const { dataset, info } = await importDatasetText(read('claimreview-array.json'), 'claimreview-array.json');
    expect(info).toMatchObject({ format: 'claimreview', claims: 12, from: '2024-01-22', to: '2024-08-04', source: 'Factwise, Truth Meter' });
    const first = dataset.claims[0]!;
    expect(first.statement).toBe('Drinking hot lemon water every morning cures type 2 diabetes.');
    expect(first.review).toEqual({ by: 'Factwise', rating: 'False', verdict: 'false', url: 'https://factwise.example.org/checks/lemon-water-diabetes', date: '2024-02-10' });
    expect(first.appearances).toEqual(['https://social.example.com/posts/88123']);
    const claimant = dataset.actors.find((a) => a.id === first.claimant)!;
    expect(claimant).toMatchObject({ name: 'Wellness Now Blog', type: 'organisation' });
    expect(dataset.actors.find((a) => a.name === 'Helen Marsh')?.type).toBe('person');
    expect(dataset.sources[1]).toMatchObject({ outlet: 'Factwise', date: '2024-01-22', headline: 'Did Northbridge really plant 40,000 trees last year?' });
    // the mapped dataset passes the same checks as the bundled one
    expect(() => validateDataset(dataset)).not.toThrow();
  });

  it('reads a @graph, a page of JSON-LD blocks and a single object; 24 checks in all', async () => {
    const graph = await importDatasetText(read('claimreview-graph.jsonld'), 'g.jsonld');
    const page = await importDatasetText(read('claimreview-page.html'), 'page.html');
    const single = await importDatasetText(read('claimreview-single.json'), 's.json');
    expect([graph.info.claims, page.info.claims, single.info.claims]).toEqual([8, 4, 1]);
    expect(12 + graph.info.claims + page.info.claims).toBe(24);
    expect(page.dataset.claims.map((c) => c.review?.rating)).toEqual(['Exaggerated', 'True', 'False', 'Unproven']);
  });

  it('names a dataset by the file’s content: the same file twice is the same id', async () => {
    const a = await importDatasetText(read('claimreview-single.json'), 'one.json');
    const b = await importDatasetText(read('claimreview-single.json'), 'renamed.json');
    expect(a.info.id).toBe(b.info.id);
    expect(a.hash).toBe(b.hash);
    const c = await importDatasetText(read('claimreview-single.json') + '\n', 'one.json');
    expect(c.info.id).not.toBe(a.info.id);
  });

  it('reads ratings on one scale', () => {
    expect(verdictOf('False')).toBe('false');
    expect(verdictOf('Pants on Fire')).toBe('false');
    expect(verdictOf('Mostly false')).toBe('misleading');
    expect(verdictOf('Half true')).toBe('mixed');
    expect(verdictOf('Mostly true')).toBe('true');
    expect(verdictOf('Accurate')).toBe('true');
    expect(verdictOf('Four Pinocchios')).toBe('false');
    expect(verdictOf('Rating 1', 1, 1, 5)).toBe('false');
    expect(verdictOf('Rating 5', 5, 1, 5)).toBe('true');
    expect(verdictOf('Under review')).toBe('unrated');
  });
});

describe('native import', () => {
  it('accepts the bundled dataset and refuses a broken reference, with its path', async () => {
    const ok = await importDatasetText(JSON.stringify(bundled), 'syria.json');
    expect(ok.info).toMatchObject({ format: 'native', claims: bundled.claims.length });
    const broken = structuredClone(bundled);
    broken.claims[3]!.claimant = 'nobody-at-all';
    expect(await problems(JSON.stringify(broken), 'mine.json')).toMatch(/mine\.json: claims\[3\]\.claimant: unknown actor id "nobody-at-all"/);
  });
});

describe('hostile imports: a clear message, nothing returned', () => {
  it('malformed JSON and malformed JSON-LD blocks', async () => {
    expect(await problems('{"@type": "ClaimReview", ')).toMatch(/feed\.json: .*not valid JSON/);
    const html = '<html><head><script type="application/ld+json">{ "@type": "ClaimReview", oops }</script></head></html>';
    expect(await problems(html, 'page.html')).toMatch(/page\.html: JSON-LD block 1: .*not valid JSON/);
    expect(await problems('<html><body>No data</body></html>', 'page.html')).toMatch(/no <script type="application\/ld\+json"> block/);
    expect(await problems('[]')).toMatch(/no ClaimReview found/);
    expect(await problems('{"@type": "WebPage"}')).toMatch(/no ClaimReview found/);
  });

  it('wrong types say where and what was expected', async () => {
    const bad = [review(), review({ claimReviewed: 42 }), review({ reviewRating: 'False' }), review({ author: ['x', 1] }), review({ datePublished: '02/03/2024', itemReviewed: {} }), review({ url: 'javascript:alert(1)' })];
    const message = await problems(JSON.stringify(bad));
    expect(message).toContain('[1].claimReviewed: expected a non-empty text, got a number');
    expect(message).toContain('[2].reviewRating: expected a Rating object with an alternateName, got a text');
    expect(message).toContain('[4].datePublished: expected a date (YYYY-MM-DD…), got "02/03/2024"');
    expect(message).toContain('[5].url: expected an http(s) address, got "javascript:alert(1)"');
    // one bad check refuses the file: no partial import
    expect(message).not.toContain('[0]');
  });

  it('markup in every text field is refused', async () => {
    const tag = '<img src=x onerror=alert(1)>';
    const fields: Record<string, unknown>[] = [
      { claimReviewed: `Claim ${tag}` },
      { headline: `<b>Head</b>` },
      { author: { name: `Org ${tag}` } },
      { reviewRating: { alternateName: `False<script>x</script>` } },
      { itemReviewed: { author: { name: `&lt;script&gt;` }, datePublished: '2024-01-01' } },
    ];
    for (const over of fields) expect(await problems(JSON.stringify([review(over)]))).toMatch(/contains markup/);
  });

  it('__proto__ and constructor keys reach no prototype', async () => {
    const text = `[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(review()).slice(1)}]`;
    const { dataset } = await importDatasetText(text, 'proto.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(dataset.claims).toHaveLength(1);
    const native = `{"__proto__": {"polluted": true}, ${JSON.stringify(bundled).slice(1)}`;
    await importDatasetText(native, 'n.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`files over ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB are refused before parsing`, async () => {
    const big = JSON.stringify([review({ claimReviewed: 'x'.repeat(100) })]).padEnd(IMPORT_LIMITS.maxBytes + 10, ' ');
    expect(await problems(big, 'big.json')).toMatch(/big\.json: the file is larger than 20 MB/);
  });

  it(`100,000 claims are refused (the limit is ${IMPORT_LIMITS.maxClaims.toLocaleString('en-GB')})`, async () => {
    const one = JSON.stringify({ '@type': 'ClaimReview' });
    const many = `[${Array.from({ length: 100_000 }, () => one).join(',')}]`;
    expect(await problems(many, 'many.json')).toMatch(/many\.json: 100,000 claims; Crosscheck imports datasets of up to 25,000 claims/);
    const native = { ...bundled, claims: Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, claimant: 'reporter', statement: 'x', kind: 'statement', slots: {}, actors: [], evidence: [] })) };
    expect(await problems(JSON.stringify(native), 'many-native.json')).toMatch(/100,000 claims/);
  });

  it('deep nesting and empty files', async () => {
    expect(await problems('['.repeat(10_000))).toMatch(/nests data more than/);
    expect(await problems('   ')).toMatch(/empty/);
  });

  it('ImportProblems lists every problem', async () => {
    try {
      await importDatasetText(JSON.stringify([review({ claimReviewed: '' }), review({ claimReviewed: null })]), 'f.json');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportProblems);
      expect((error as ImportProblems).problems).toHaveLength(2);
      return;
    }
    throw new Error('not refused');
  });
});
