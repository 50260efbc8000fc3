// The worker's answer packed for the wire (ADR 0155): what the page unpacks
// is what the engine found, and a long article's answer comes in a few
// messages, not one per few hundred items.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index';
import { createEngine } from '../../src/engine/index';
import { scanArticleNow } from '../../src/engine/article-scan';
import { makePages } from '../../scripts/bench/inputs';
import { createAnalysisService } from '../background/analysis';
import { packClaims, packMentions, unpackClaims, unpackMentions } from './analysis-packing';
import type { AnalysisReply } from './analysis-protocol';

const long = makePages(dataset).long;
const text = long.paragraphs.join('\n\n');
const paragraphs = (() => {
  let at = 0;
  return long.paragraphs.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
})();
const direct = scanArticleNow(createEngine(dataset), { text, paragraphs, furniture: [] });

describe('packing the answer', () => {
  it('unpacks to the mentions and claims the engine found, on the 10,000-word bench article', () => {
    expect(direct.mentions.length).toBeGreaterThan(500);
    expect(direct.claims.some((c) => c.matches.length > 0 && c.claimantId)).toBe(true);
    expect(unpackMentions(packMentions(direct.mentions, text), text)).toEqual(direct.mentions);
    expect(unpackClaims(packClaims(direct.claims, text), text)).toEqual(direct.claims);
  });

  it('sends words that are not the text at their offsets, and optional fields only where set', () => {
    const own = 'Moscow said so.';
    const mentions = [
      { actorId: 'russia', start: 0, end: 6, text: 'Moscow', alias: 'Moscow', refersTo: 'russia-gov' },
      { actorId: 'russia', start: 0, end: 6, text: 'MOSCOW', alias: 'Moscow' },
    ];
    expect(unpackMentions(packMentions(mentions, own), own)).toEqual(mentions);
    const claims = [{ start: 0, end: 15, text: 'Moscow said so!', matches: [] }];
    const back = unpackClaims(packClaims(claims, own), own);
    expect(back).toEqual(claims);
    expect('claimant' in back[0]!).toBe(false);
  });

  it('is a fraction of the objects it replaces', () => {
    const packed = JSON.stringify(packMentions(direct.mentions, text)).length + JSON.stringify(packClaims(direct.claims, text)).length;
    expect(packed * 3).toBeLessThan(JSON.stringify(direct.mentions).length + JSON.stringify(direct.claims).length);
  });
});

describe("the worker's answer to a long article", () => {
  it('comes in three messages: its mentions, its claims, done with the known slice', async () => {
    const service = createAnalysisService({ bundled: dataset, imported: async () => [], notes: async () => [] });
    // compiled first, so no provisional mentions go ahead of the answer
    await service.article({ text: 'Moscow.', paragraphs: [{ start: 0, end: 7 }], furniture: [] });
    const replies: AnalysisReply[] = [];
    await service.serve({ type: 'article', urlKey: '', text, paragraphs, furniture: [] }, (r) => replies.push(r));
    expect(replies.map((r) => r.type)).toEqual(['mentions', 'claims', 'done']);
    const [m, c] = replies;
    expect(m?.type === 'mentions' && m.last).toBe(true);
    expect(m?.type === 'mentions' && unpackMentions(m.mentions, text)).toEqual(direct.mentions);
    expect(c?.type === 'claims' && unpackClaims(c.claims, text)).toEqual(direct.claims);
  });
});
