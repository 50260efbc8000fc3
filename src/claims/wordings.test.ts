// A claim's wordings (ADR 0335): restatements in the forms news writes a claim, read by the matcher
// as more texts of the claim. Invented sentences, against the bundled dataset with wordings written
// here (so the test does not move when the dataset's own wordings are edited) and without any.
import { describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '../dataset/index';
import { createEngine, type Engine } from '../engine/index';

function engineWith(wordings: Record<string, string[]>): Engine {
  const d: Dataset = structuredClone(dataset);
  for (const c of d.claims) {
    delete c.wordings;
    if (wordings[c.id]) c.wordings = wordings[c.id];
  }
  return createEngine(d);
}
const relation = (engine: Engine, text: string, claimId: string) => engine.analyzeText(text).claims.at(-1)?.matches.find((m) => m.claimId === claimId)?.relation;

const ALLIES = 'us-and-allies-strike-is-in-syria';
const SUMMONS = 'russian-ambassador-summoned-ankara';
const none = engineWith({});
const worded = engineWith({
  [ALLIES]: ['the US-led coalition has been bombing Islamic State in Syria'],
  [SUMMONS]: ['Turkey summoned the Russian ambassador over the bombing of Turkmen villages'],
});

describe('the matcher reads a claim’s wordings', () => {
  it('restates a claim told in the words of one of its wordings, not of its statement or quotes', () => {
    const text = 'The US-led coalition has also been bombing Islamic State fighters across Syria for months.';
    expect(relation(none, text, ALLIES)).not.toBe('corroborates');
    expect(relation(worded, text, ALLIES)).toBe('corroborates');
  });

  it('lends a claim words, not another event: a sentence without a verb of the claim’s own texts is not lifted by a wording', () => {
    // shares the wording's ambassador, Turkey and Turkmen villages, but tells a demand, not a summons
    const text = 'Meeting the Russian ambassador, Turkey demanded an immediate end to the bombing of Turkmen villages.';
    expect(relation(worded, text, SUMMONS)).not.toBe('corroborates');
    // told with the claim's own verb, the wording counts
    expect(relation(worded, 'Turkey summoned the Russian envoy over the bombing of Turkmen villages in Syria.', SUMMONS)).toBe('corroborates');
  });

  it('leaves a claim without wordings as it was', () => {
    const text = 'Russia says its air campaign is justified because Mr Assad has requested it.';
    expect(relation(none, text, 'russia-campaign-justified-assad-request')).toBe(relation(worded, text, 'russia-campaign-justified-assad-request'));
  });
});
