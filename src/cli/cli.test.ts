import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../engine/__fixtures__/dataset';
import { main } from './main';

const repo = resolve(__dirname, '../..');
const bin = join(repo, 'bin/crosscheck.mjs');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
const fixture = join(dir, 'fixture.json');
// A dataset file passes the reference checks the build runs; the engine's fixture skips a few
// (an actor known by its name alone, a repeated alias), so the file spells them out.
const fileDataset = {
  ...fixtureDataset,
  actors: fixtureDataset.actors.map((a) => {
    const seen = new Set<string>();
    const aliases = (a.aliases.length ? a.aliases : [a.name]).filter((x) => {
      const key = (typeof x === 'string' ? x : x.text).toLowerCase();
      return !seen.has(key) && seen.add(key);
    });
    return { ...a, aliases };
  }),
};
writeFileSync(fixture, JSON.stringify(fileDataset));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** Run the CLI in-process. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** Run the real executable. */
function spawn(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const article = file(
  'article.txt',
  'Raqqa toll rises\n\nThe Syrian Observatory for Human Rights said 20 ISIS militants were killed in Russian strikes on Raqqa.\n\nPutin acknowledged that civilians had been killed in Russian raids.\n',
);

describe('crosscheck (executable)', () => {
  it('documents every command in --help', () => {
    const r = spawn('--help');
    expect(r.code).toBe(0);
    for (const word of ['analyze', 'dataset', '--json', '--dataset', '--help', 'Exit status']) expect(r.out).toContain(word);
  });

  it('analyze --json prints exactly the agreed shape', () => {
    const r = spawn('analyze', article, '--json', '--dataset', fixture, '--no-bundled');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { text: string; actors: { id: string; name: string; type: string; mentions: { start: number; end: number; text: string }[] }[]; claims: { start: number; end: number; text: string; claimant?: unknown; matches: { claimId: string; relation: string; score: number; reason: string }[] }[] };
    expect(json.actors.length).toBeGreaterThan(0);
    for (const a of json.actors) {
      expect(Object.keys(a)).toEqual(['id', 'name', 'type', 'mentions']);
      for (const m of a.mentions) expect(json.text.slice(m.start, m.end)).toBe(m.text);
    }
    const toll = json.claims.find((c) => c.text.includes('20 ISIS'))!;
    expect(toll.matches[0]).toEqual({ claimId: 'sohr-12-killed', relation: 'contradicts', score: expect.any(Number), reason: 'different figure: 20 vs 12 militants killed (Syrian Observatory for Human Rights)', dataset: 'fixture' });
    expect(json.claims.every((c) => json.text.slice(c.start, c.end) === c.text)).toBe(true);
  });

  it('fails with one line on stderr for a missing file', () => {
    const r = spawn('analyze', join(dir, 'nope.html'), '--dataset', fixture, '--no-bundled');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^crosscheck: cannot read .*nope\.html: no such file/);
  });
});

describe('crosscheck (in-process)', () => {
  it('prints a readable report with actors, claims, relations and sources', async () => {
    const r = await run('analyze', article, '--dataset', fixture, '--no-bundled');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Actors \(\d+\)/);
    expect(r.out).toContain('Syrian Observatory for Human Rights');
    expect(r.out).toContain('CONTRADICTS sohr-12-killed');
    expect(r.out).toContain('known: "At least 12 ISIS militants');
    expect(r.out).toContain('AFP, 2015-10-02');
    expect(r.out).toMatch(/Summary: \d+ corroborate, \d+ contradict/);
  });

  it('analyses HTML pages through their main content', async () => {
    const page = file('page.html', '<html><body><nav>Turkey</nav><article><p>Putin acknowledged that civilians had been killed in Russian raids.</p></article></body></html>');
    const r = await run('analyze', page, '--json', '--dataset', fixture, '--no-bundled');
    const json = JSON.parse(r.out) as { text: string; claims: { matches: { claimId: string; relation: string }[] }[] };
    expect(json.text).toBe('Putin acknowledged that civilians had been killed in Russian raids.');
    expect(json.claims[0]!.matches[0]).toMatchObject({ claimId: 'putin-denies-civilians', relation: 'contradicts' });
  });

  it('takes an article date', async () => {
    const r = await run('analyze', article, '--date', '2016-03-01', '--dataset', fixture, '--no-bundled');
    expect(r.out).toContain('dated 2016-03-01');
    expect(r.out).not.toContain('CONTRADICTS sohr-12-killed');
    expect((await run('analyze', article, '--date', 'March')).err).toMatch(/--date needs a date/);
  });

  it('prints the dataset as it ships, or a summary', async () => {
    const j = await run('dataset', '--json', fixture);
    expect(JSON.parse(j.out)).toEqual(fileDataset);
    const s = await run('dataset', '--dataset', fixture);
    expect(s.out).toContain('2 sources, 17 actors');
    expect(s.out).toContain('a.txt');
  });

  it('adds ClaimReview feeds to the bundled dataset; every match names its dataset', async () => {
    const feeds = resolve(repo, 'tests/fixtures/datasets');
    const r = await run('analyze', join(feeds, 'articles/contradicts.html'), '--json', '--dataset', join(feeds, 'claimreview-array.json'), '--dataset', join(feeds, 'claimreview-graph.jsonld'), '--dataset', join(feeds, 'claimreview-array.json'));
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as { claims: { text: string; matches: { claimId: string; relation: string; dataset: string }[] }[] };
    const marsh = json.claims.find((c) => c.text.startsWith('Helen Marsh'))!;
    expect(marsh.matches[0]).toMatchObject({ relation: 'contradicts', claimId: expect.stringMatching(/^import-[0-9a-f]{16}:check-2$/), dataset: expect.stringMatching(/^import-/) });
    const text = await run('analyze', join(feeds, 'articles/restates.html'), '--dataset', join(feeds, 'claimreview-page.html'), '--dataset', join(feeds, 'claimreview-array.json'));
    expect(text.out).toContain('checked by Factwise on 2024-02-10: False — https://factwise.example.org/checks/lemon-water-diabetes');
  });

  it('dataset --json FILE prints a ClaimReview feed in the native shape, validated', async () => {
    const feeds = resolve(repo, 'tests/fixtures/datasets');
    const r = await run('dataset', '--json', join(feeds, 'claimreview-graph.jsonld'));
    const d = JSON.parse(r.out) as { claims: { statement: string; review: { by: string; verdict: string } }[] };
    expect(d.claims).toHaveLength(8);
    expect(d.claims[2]).toMatchObject({ statement: 'Crime in Stonehaven rose by 50 per cent last year.', review: { by: 'Checkpoint Desk', verdict: 'false' } });
    const hostile = file('hostile.json', JSON.stringify([{ '@type': 'ClaimReview', claimReviewed: '<script>alert(1)</script>', author: { name: 'X' }, reviewRating: { alternateName: 'False' }, datePublished: '2024-01-01' }]));
    const bad = await run('dataset', '--json', hostile);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/hostile\.json is not a valid dataset: \[0\]\.claimReviewed: contains markup/);
  });

  it('refuses binary, non-UTF-8 and empty input with a clear one-line error', async () => {
    const binary = file('image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    const latin1 = file('latin1.txt', new Uint8Array([0x53, 0x69, 0x6e, 0x69, 0x72, 0x6c, 0x69, 0x6f, 0xf0, 0x6c, 0x75, 0x20, 0x73, 0x61, 0x69, 0x64]));
    const empty = file('empty.html', '<html><body><nav>Home</nav><script>x()</script></body></html>');
    const blank = file('blank.txt', '  \n\n ');
    for (const [f, code, msg] of [
      [binary, 1, /binary file/],
      [latin1, 1, /not valid UTF-8/],
      [empty, 1, /no article text/],
      [blank, 1, /no article text/],
    ] as const) {
      const r = await run('analyze', f, '--dataset', fixture, '--no-bundled');
      expect(r.code).toBe(code);
      expect(r.out).toBe('');
      expect(r.err).toMatch(msg);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('rejects usage errors and invalid datasets', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('frobnicate')).err).toMatch(/unknown command/);
    expect((await run('analyze')).code).toBe(2);
    expect((await run('analyze', article, '--bogus')).err).toMatch(/unknown option --bogus/);
    const bad = file('bad.json', JSON.stringify({ ...fixtureDataset, actors: [{ id: 'Not Kebab' }] }));
    const r = await run('dataset', '--dataset', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a valid dataset: actors/);
  });
});
