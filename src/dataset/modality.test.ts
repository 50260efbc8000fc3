import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from './index';
import { assertsContent, hasActorClaimant, mayCorroborate, sentenceHedges } from './modality';

const engine = createEngine(dataset);
/** corroborates/contradicts matches of the first claim sentence, as "relation claimId" */
const strongMatches = (text: string) =>
  engine.analyzeText(text).claims.flatMap((c) => c.matches.filter((m) => m.relation !== 'related').map((m) => `${m.relation} ${m.claimId}`));

describe('hedges in the dataset stay hedges', () => {
  it('stores the reports\' concerns and hopes as such, with statements that say so', () => {
    const modality = (id: string) => dataset.claims.find((c) => c.id === id)?.modality;
    expect(modality('western-officials-concern-hitting-opposition')).toBe('concern');
    expect(modality('sinirlioglu-concern-strikes-hit-opposition')).toBe('concern');
    expect(modality('putin-next-phases-expected-result')).toBe('hope');
    expect(modality('us-west-russia-shoring-up-assad')).toBe('belief');
    for (const c of dataset.claims.filter((x) => x.modality !== undefined)) {
      expect(c.statement, c.id).toMatch(/concern|hope|believe/);
    }
  });

  it('reads sentence hedges on folded lower-case text', () => {
    expect(sentenceHedges('western officials expressed concern that they are hitting rebels')).toBe(true);
    expect(sentenceHedges('officials fear the strikes hit rebels')).toBe(true);
    expect(sentenceHedges('russian strikes are hitting rebels, officials said')).toBe(false);
    expect(sentenceHedges('the concerned parties met')).toBe(true); // a word, not a sense: the gate only ever withholds
    expect(assertsContent({ modality: 'concern' })).toBe(false);
    expect(assertsContent({ modality: 'belief' })).toBe(true);
    expect(assertsContent({})).toBe(true);
    expect(mayCorroborate({ modality: 'hope' }, 'he said it will work')).toBe(false);
    expect(mayCorroborate({ modality: 'hope' }, 'he hoped it will work')).toBe(true);
    // a demand needs a demand (issue 13)
    expect(mayCorroborate({ kind: 'demand' }, 'the envoy was summoned over the bombing of villages')).toBe(false);
    expect(mayCorroborate({ kind: 'demand' }, 'turkey asked russia to stop the bombing')).toBe(true);
    expect(mayCorroborate({ kind: 'demand' }, 'turkey called for an end to the bombing')).toBe(true);
  });

  it('never reports a sentence stating the fact as corroborated by a mere concern', () => {
    for (const s of [
      'Russian strikes are hitting opposition rebel fighters, Western officials said.',
      'Russian jets are hitting opposition rebel fighters, Western officials said on Friday.',
    ]) {
      expect(strongMatches(s), s).not.toContain('corroborates western-officials-concern-hitting-opposition');
    }
    expect(strongMatches('Putin said the next phases of the campaign would produce the expected result.')).not.toContain(
      'corroborates putin-next-phases-expected-result',
    );
  });

  it('still corroborates a sentence that reports the same concern', () => {
    expect(strongMatches('Western officials expressed concern that Russian jets are hitting opposition rebel fighters.')).toContain(
      'corroborates western-officials-concern-hitting-opposition',
    );
    expect(
      strongMatches("Turkey's foreign minister voiced serious concern that Russia's air strikes targeted opposition positions instead of Daesh."),
    ).toContain('corroborates sinirlioglu-concern-strikes-hit-opposition');
  });
});

describe('an unattributed quotation', () => {
  const quote = dataset.claims.find((c) => c.id === 'fallon-britain-will-not-cooperate')!;

  it('is stored without a speaker (not Fallon), with a note on what the report shows', () => {
    expect(quote.claimant).toBe('unattributed');
    expect(hasActorClaimant(quote)).toBe(false);
    expect(quote.note).toMatch(/no speaker/);
    expect(dataset.claims.some((c) => c.claimant === 'fallon' && /co-operate/.test(c.statement))).toBe(false);
  });

  it('is matched without a claimant clash whoever a page gives it to', () => {
    const s = "Obama said: We're not going to co-operate with a Russian campaign to destroy anyone who is disgusted and fed up with Assad.";
    const hit = engine.analyzeText(s).claims[0]!.matches.find((m) => m.claimId === quote.id);
    expect(hit).toMatchObject({ relation: 'corroborates', reason: expect.stringContaining('an unnamed speaker') });
  });
});

// A demand told as a translation tells it: "are to be ended at once" (ADR 0270). Invented wording.
describe('the deontic passive of an end makes a demand', () => {
  const demand = { kind: 'demand' as const };
  it('"are to be stopped at once" is a demand; a plan "to be held" is none', () => {
    expect(mayCorroborate(demand, 'raids on the opposition are to be stopped at once, the ministry stresses')).toBe(true);
    expect(mayCorroborate(demand, 'the next round of talks is to be held in vienna')).toBe(false);
    expect(mayCorroborate(demand, 'the raids on the opposition ended at once')).toBe(false);
  });
  it('restates the seven countries\' demand to stop the attacks', () => {
    expect(strongMatches('Strikes on the Syrian opposition and on civilians are to be stopped at once, the statement stresses.')).toContain(
      'corroborates seven-countries-demand-russia-cease-attacks',
    );
  });
});
