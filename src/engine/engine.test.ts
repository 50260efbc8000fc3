import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './__fixtures__/dataset';
import { analyzeHtml, articleDate } from './html';
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
});

describe('article dates', () => {
  const changed = 'The monitoring group said 20 ISIS fighters were killed in Russian strikes on Raqqa.';
  it('keep an undated changed figure from another month out of contradictions', () => {
    expect(engine.analyzeText(changed).claims[0]!.matches[0]).toMatchObject({ relation: 'contradicts' });
    expect(engine.analyzeText(changed, { date: '2015-10-03' }).claims[0]!.matches[0]).toMatchObject({ relation: 'contradicts' });
    expect(engine.analyzeText(changed, { date: '2016-03-01' }).claims[0]!.matches.filter((m) => m.relation === 'contradicts')).toEqual([]);
  });

  it('are read from the page', () => {
    const page = (head: string) => parseHTML(`<html><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document;
    expect(articleDate(page('<meta property="article:published_time" content="2015-10-02T08:00:00Z">'))).toBe('2015-10-02');
    expect(articleDate(page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-11-20"}</script>'))).toBe('2015-11-20');
    expect(articleDate(page('<meta name="description" content="none">'))).toBeUndefined();
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
