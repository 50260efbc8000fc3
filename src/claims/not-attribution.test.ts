// A passive verb of saying, or "asked for", names no speaker (issue 13, speakers). Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';
import { notAnAttribution } from './not-attribution';

const engine = createEngine(dataset, { promote: false });
const claimant = (text: string) => engine.analyzeText(text).claims.at(-1)?.claimant;
const at = (s: string, verb: string) => notAnAttribution(s, s.indexOf(verb), verb);

describe('notAnAttribution', () => {
  it('is true for a passive participle and for "asked for"', () => {
    expect(at('Two drones were reported circling over the port', 'reported')).toBe(true);
    expect(at('Russia has been accused of hitting rebels', 'accused')).toBe(true);
    expect(at('Damascus is widely believed to back the offensive', 'believed')).toBe(true);
    expect(at('The governor asked for the evacuation', 'asked')).toBe(true);
  });
  it('is false for an active verb, a perfect tense, or "asked" someone', () => {
    expect(at('The ministry reported two drones over the port', 'reported')).toBe(false);
    expect(at('Moscow has said its jets hit rebels', 'said')).toBe(false);
    expect(at('The governor asked Moscow to stop', 'asked')).toBe(false);
  });
});

describe('the subject of a passive verb of saying', () => {
  it('is not the speaker: "Russia was reported to have…" is not Russia speaking', () => {
    expect(claimant('Those were the first raids Russia was reported to have carried out near the border.')?.actorId).not.toBe('russia');
    expect(claimant('Three Russian bombers were separately reported flying towards Raqqa.')?.text).toBeUndefined();
  });
  it('a later active verb still names the speaker', () => {
    expect(claimant('Russian jets were reported over Idlib, the Syrian Observatory for Human Rights said.')?.actorId).toBe('sohr');
  });
});

describe('a request for something', () => {
  it('is what happened: its subject is no speaker clashing with the claim it tells', () => {
    expect(claimant('Syrian President Bashar al-Assad asked for the Russian operation.')?.actorId).toBeUndefined();
    expect(relationByRulesAlone('Syrian President Bashar al-Assad asked for the Russian operation.', 'russia-campaign-justified-assad-request')).toBe('corroborates');
  });
});

describe('a verb of saying in a relative clause after an appositive', () => {
  it('does not make the party it tells of the speaker of the main clause', () => {
    const s = 'Moscow widened its raids over Syria this week, Islamic State among the targets, the group that claimed the bombing of the airliner.';
    expect(at(s, 'claimed')).toBe(true);
    expect(claimant(s)?.actorId).not.toBe('isis');
  });
  it('keeps "X, who said" and a plain "X said" as attributions', () => {
    expect(at('Lavrov, who said the raids hit only militants, left for Paris.', 'said')).toBe(false);
    expect(at('The ministry said the raids hit only militants.', 'said')).toBe(false);
    expect(claimant('The jets hit an arms depot near Raqqa, Islamic State claimed on Sunday.')?.actorId).toBe('isis');
  });
});
