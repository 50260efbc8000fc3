// The worker's compile in slices (ADR 0130): an engine over the bundled
// dataset and an imported feed, compiled a few dozen items at a time with a
// turn for the event loop between, answers exactly as one compiled at once,
// and the worker is not held while it compiles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index';
import { bundledInfo, combineDatasets } from '../../src/dataset/collection';
import { importDatasetText } from '../../src/dataset/import';
import { createEngine } from '../../src/engine/index';
import { scanArticleNow } from '../../src/engine/article-scan';
import { createAnalysisService } from './analysis';
import type { AnalysisReply } from '../shared/analysis-protocol';
import { unpackClaims, unpackMentions } from '../shared/analysis-packing';

const feed = readFileSync(resolve(__dirname, '../../tests/fixtures/datasets/claimreview-array.json'), 'utf8');
const statements = (JSON.parse(feed) as { claimReviewed: string }[]).map((c) => c.claimReviewed);
const text = [
  'Russian warplanes struck targets near Raqqa, the Russian Defence Ministry said.',
  ...statements.slice(0, 6).map((s, i) => (i % 2 ? `A council spokesman said on Monday that ${s.charAt(0).toLowerCase()}${s.slice(1)}` : s)),
].join('\n\n');
const paragraphs = (() => {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of text.split('\n\n')) {
    out.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  return out;
})();

async function ask(service: ReturnType<typeof createAnalysisService>, events: string[]) {
  let finished: () => void;
  const done = new Promise<void>((r) => (finished = r));
  const got = { mentions: [] as unknown[], claims: [] as unknown[] };
  service.port((reply: AnalysisReply) => {
    // mentions sent while the engine compiles (ADR 0110) are not part of the answer
    if (reply.type === 'mentions' && reply.provisional) return void events.push('provisional');
    events.push(reply.type);
    if (reply.type === 'mentions') got.mentions.push(...unpackMentions(reply.mentions, text));
    if (reply.type === 'claims') got.claims.push(...unpackClaims(reply.claims, text));
    if (reply.type === 'done' || reply.type === 'error') finished();
  })({ type: 'article', urlKey: 'news.example.com/story', text, paragraphs, furniture: [] });
  await done;
  return got;
}

describe('the compile in slices', () => {
  it('answers as an engine compiled at once, and gives the event loop turns before its first answer', async () => {
    const imported = await importDatasetText(feed, 'feed.json');
    // a pause at every step: the compile takes many turns however fast the machine
    const service = createAnalysisService({ bundled: dataset, imported: async () => [imported], notes: async () => [], sliceMs: 0 });
    const events: string[] = [];
    const tick = () => {
      events.push('turn');
      if (!events.includes('done')) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const got = await ask(service, events);
    const combined = combineDatasets([{ info: bundledInfo(dataset), dataset }, imported]);
    const direct = scanArticleNow(createEngine(combined.dataset, { datasetOf: combined.datasetOf }), { text, paragraphs, furniture: [] });
    expect(direct.claims.some((c) => c.matches.some((m) => m.dataset !== dataset.id))).toBe(true);
    expect(got.claims).toEqual(direct.claims);
    expect(got.mentions).toEqual(direct.mentions);
    // other work (a popup's message, a save) ran while the engine compiled: turns before the first part of the answer
    expect(events.indexOf('mentions')).toBeGreaterThanOrEqual(3);
  });

  it('sends the bundled matcher’s mentions ahead while the engine compiles, marked provisional and left out of the answer (ADR 0110)', async () => {
    const imported = await importDatasetText(feed, 'feed.json');
    const service = createAnalysisService({ bundled: dataset, imported: async () => [imported], notes: async () => [], sliceMs: 0, provisionalAfterMs: 0 });
    const replies: AnalysisReply[] = [];
    await new Promise<void>((finished) =>
      service.port((reply: AnalysisReply) => {
        replies.push(reply);
        if (reply.type === 'done' || reply.type === 'error') finished();
      })({ type: 'article', urlKey: 'news.example.com/story', text, paragraphs, furniture: [] }),
    );
    const provisional = replies.filter((r) => r.type === 'mentions' && r.provisional);
    const own = replies.filter((r) => r.type === 'mentions' && !r.provisional);
    expect(replies.indexOf(provisional[0]!)).toBe(0);
    expect(provisional.flatMap((r) => (r.type === 'mentions' ? unpackMentions(r.mentions, text) : []))).toEqual(createEngine(dataset).matcher.find(text));
    expect(provisional.at(-1)).toMatchObject({ last: true });
    expect(own.at(-1)).toMatchObject({ last: true });
    expect(replies.findIndex((r) => r.type === 'claims')).toBeGreaterThan(replies.indexOf(own.at(-1)!));
  });
});

describe('pages asking while changed datasets compile', () => {
  it('are answered from the bundled dataset alone, then told to read again, and read the new datasets then', async () => {
    const imported = await importDatasetText(feed, 'feed.json');
    let fresh = 0;
    let enabled: typeof imported[] = [];
    const service = createAnalysisService({ bundled: dataset, imported: async () => enabled, notes: async () => [], onFresh: () => void fresh++ });
    const combined = combineDatasets([{ info: bundledInfo(dataset), dataset }, imported]);
    const full = scanArticleNow(createEngine(combined.dataset, { datasetOf: combined.datasetOf }), { text, paragraphs, furniture: [] });
    const bundledAlone = scanArticleNow(createEngine(dataset), { text, paragraphs, furniture: [] });
    expect(full.claims).not.toEqual(bundledAlone.claims);

    // the reader imports a feed: the datasets changed
    enabled = [imported];
    service.invalidate();
    const first = await ask(service, []);
    expect(first.claims).toEqual(bundledAlone.claims);
    await expect.poll(() => fresh).toBe(1);
    const again = await ask(service, []);
    expect(again.claims).toEqual(full.claims);
    expect(fresh).toBe(1);
  });

  it('wait for the compile after a start of the worker (nothing changed; no second reading)', async () => {
    const imported = await importDatasetText(feed, 'feed.json');
    let fresh = 0;
    const service = createAnalysisService({ bundled: dataset, imported: async () => [imported], notes: async () => [], onFresh: () => void fresh++ });
    const combined = combineDatasets([{ info: bundledInfo(dataset), dataset }, imported]);
    const full = scanArticleNow(createEngine(combined.dataset, { datasetOf: combined.datasetOf }), { text, paragraphs, furniture: [] });
    expect((await ask(service, [])).claims).toEqual(full.claims);
    expect(fresh).toBe(0);
  });
});
