// The article scan (run by the service worker for pages, and by the evaluation) is the engine's article session: the same claims
// as `analyzeText` on the whole article (what the CLI and the evaluation run),
// with the speaker carried from one paragraph to the next.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from './index';
import { textModelFromString, type TextModel } from '../text/model';
import { articleRequest, scanArticleNow, type ScanCache } from './article-scan';

const scanArticle = async (model: TextModel, _engine: unknown, cache: ScanCache) => scanArticleNow(engine, articleRequest(model), cache);

const engine = createEngine(dataset);
const ARTICLE = [
  'Turkish Prime Minister Ahmet Davutoglu said on Thursday that Russia was targeting moderate Syrian rebels to prop up the Assad regime.',
  '"The outcome is very worrisome," he said.',
  'Moscow says its jets hit Islamic State training camps near Raqqa.',
].join('\n\n');

describe('the article scan', () => {
  it('finds what analyzeText finds on the whole article, speaker carried across paragraphs', async () => {
    const model = textModelFromString(ARTICLE);
    const found = await scanArticle(model, engine, new Map());
    const whole = engine.analyzeText(model.text, { paragraphs: model.paragraphs });
    expect(found.claims.map((c) => [c.start, c.end, c.matches.map((m) => m.claimId)])).toEqual(whole.claims.map((c) => [c.start, c.end, c.matches.map((m) => m.claimId)]));
    const quote = found.claims.find((c) => c.text.startsWith('"The outcome'))!;
    expect(quote.claimantId).toBe('ahmet-davutoglu');
    expect(quote.matches[0]).toMatchObject({ claimId: 'davutoglu-outcome-very-worrisome', relation: 'corroborates' });
  });

  it('reuses a paragraph read in the same context, and reads it again in another', async () => {
    const model = textModelFromString(ARTICLE);
    const cache = new Map();
    const first = await scanArticle(model, engine, cache);
    const size = cache.size;
    const again = await scanArticle(model, engine, cache);
    expect(cache.size).toBe(size);
    expect(again.claims).toEqual(first.claims);
    // the quote alone has no speaker to carry in: another context, another reading
    const alone = await scanArticle(textModelFromString('"The outcome is very worrisome," he said.'), engine, cache);
    expect(alone.claims[0]?.claimantId).not.toBe('ahmet-davutoglu');
  });

  it("reads a paragraph again when the article's text dates it otherwise (a dateline), one cache for both", async () => {
    const body = "Russia's Defence Ministry said its warplanes flew new air strikes in Syria overnight, hitting four Islamic State targets.";
    const cache = new Map();
    const rel = (found: Awaited<ReturnType<typeof scanArticle>>) => found.claims.find((c) => c.text.includes('four Islamic State'))?.matches.find((m) => m.claimId === 'mod-seven-targets-overnight-incl-raqqa')?.relation;
    // 2 October: the night of 1-2 October, the dataset's night: another count for it
    const same = await scanArticle(textModelFromString(`MOSCOW, Oct 2 (Reuters) - Briefing.\n\n${body}`), engine, cache);
    // 1 October: the night before, another night
    const other = await scanArticle(textModelFromString(`MOSCOW, Oct 1 (Reuters) - Briefing.\n\n${body}`), engine, cache);
    expect(rel(same)).toBe('contradicts');
    expect(rel(other)).not.toBe('contradicts');
  });
});

