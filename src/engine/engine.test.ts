import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './__fixtures__/dataset';
import { analyzeHtml } from './html';
import { buildTextModel, createEngine, findArticleRoot } from './index';

const engine = createEngine(fixtureDataset);

describe('createEngine().analyzeText', () => {
  const text =
    'MOSCOW (AFP) - Russia struck Raqqa, the Defence Ministry said.\n\n' +
    'At least 12 militants from the ISIS group were killed, a monitoring group said. Moscow said the strikes would go on.';
  const r = engine.analyzeText(text);

  it('returns actors grouped with mentions whose offsets slice the text', () => {
    const ids = r.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['russia', 'moscow', 'raqqa', 'russia-mod', 'isis', 'sohr']));
    for (const a of r.actors) {
      expect(a).toMatchObject({ name: expect.any(String), type: expect.any(String) });
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const moscow = r.actors.find((a) => a.id === 'moscow')!;
    expect(moscow.mentions.map((m) => m.refersTo)).toEqual([undefined, 'russia']);
  });

  it('returns claim sentences with claimants and matches', () => {
    for (const c of r.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    const toll = r.claims.find((c) => c.text.startsWith('At least 12'))!;
    expect(toll.claimant).toMatchObject({ actorId: 'sohr' });
    expect(toll.matches[0]).toMatchObject({ claimId: 'sohr-12-killed', relation: 'corroborates' });
    const moscowSaid = r.claims.find((c) => c.text.startsWith('Moscow said'))!;
    expect(moscowSaid.claimant).toMatchObject({ actorId: 'russia' });
    expect(r.sentences.length).toBe(3);
  });

  it('analyses one sentence on its own, and actors on their own', () => {
    const s = engine.analyzeSentence('The monitoring group said 20 ISIS fighters were killed in Russian strikes on Raqqa.');
    expect(s?.matches[0]).toMatchObject({ claimId: 'sohr-12-killed', relation: 'contradicts' });
    expect(engine.analyzeSentence('The weather was fine.')).toBeNull();
    expect(engine.findActors('Russia and Russia and Syria').map((a) => [a.id, a.mentions.length])).toEqual([
      ['russia', 2],
      ['syria', 1],
    ]);
  });

  it('is fast enough for a 10,000-word article', () => {
    const seeds = '/work/shared/seeds';
    let corpus = '';
    try {
      for (const f of readdirSync(seeds)) corpus += readFileSync(join(seeds, f), 'utf8') + '\n\n';
    } catch {
      corpus = text;
    }
    const words = corpus.split(/(?<=\s)/);
    let big = '';
    for (let i = 0, n = 0; n < 10_000; i++) {
      const w = words[i % words.length]!;
      big += w;
      if (/\S/.test(w)) n++;
    }
    for (let i = 0; i < 3; i++) engine.analyzeText(big);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      engine.analyzeText(big);
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[2]!;
    // the target is 30 ms (scripts/bench-engine.mjs measures it); here a loose bound on the
    // median, for a shared machine running other suites in parallel
    expect(median).toBeLessThan(300);
  });
});

describe('HTML to analysis', () => {
  it('analyses the main content of a page and maps claims back to the DOM', async () => {
    const html =
      '<html><body><nav>Moscow news</nav><article><h1>Raqqa toll</h1><p>The Syrian Observatory for Human Rights said a dozen <b>ISIS</b> militants were killed in Russian raids on Raqqa.</p></article><footer>Turkey</footer></body></html>';
    const { model, analysis } = await analyzeHtml(engine, html);
    expect(model.text).toBe('Raqqa toll\n\nThe Syrian Observatory for Human Rights said a dozen ISIS militants were killed in Russian raids on Raqqa.');
    expect(analysis.actors.map((a) => a.id)).not.toContain('moscow');
    const claim = analysis.claims.find((c) => c.matches.length > 0)!;
    expect(claim.matches[0]).toMatchObject({ claimId: 'sohr-12-killed', relation: 'corroborates' });
    const range = model.rangeFor(claim.start, claim.end)!;
    expect((range.startContainer as Text).data.startsWith('The Syrian Observatory')).toBe(true);
    expect((range.endContainer as Text).data.slice(0, range.endOffset).endsWith('Raqqa.')).toBe(true);
  });

  it('works the way the content script will use it', () => {
    const { document } = parseHTML('<html><body><main><p>Putin acknowledged that civilians had been killed in Russian raids.</p></main></body></html>');
    const model = buildTextModel(findArticleRoot(document as unknown as Document));
    const r = engine.analyzeText(model.text, { paragraphs: model.paragraphs });
    expect(r.claims[0]!.matches[0]).toMatchObject({ claimId: 'putin-denies-civilians', relation: 'contradicts' });
  });
});
