import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { fixtureDataset } from '../engine/__fixtures__/dataset';
import { dataset } from '../dataset/index';
import { type CandidateFeatures, FEATURE_NAMES, type PromoteModel, featureVector, promoteProbability, promotes } from './promote';

const base: CandidateFeatures = {
  lex: 0.4,
  lexContent: 0.35,
  wordCover: 0.5,
  wordShare: 0.2,
  lexLead: 0.9,
  top: true,
  claimantAgree: true,
  claimantClash: false,
  actorShared: 6,
  figureAgree: false,
  figureMissing: false,
  deny: false,
  headline: false,
  reporterClaim: false,
  quote: true,
  speakerStatement: false,
};

/** A model that weighs only the speaker: promoted when the sentence's speaker is the claim's. */
const speakerOnly: PromoteModel = {
  features: FEATURE_NAMES,
  weights: FEATURE_NAMES.map((n) => (n === 'claimantAgree' ? 4 : 0)),
  bias: -2,
  threshold: 0.8,
};
/** A model that promotes anything it is asked about: only the vetoes stand in its way. */
const always: PromoteModel = { features: FEATURE_NAMES, weights: FEATURE_NAMES.map(() => 0), bias: 10, threshold: 0.5 };

describe('the promotion model (ADR 0135)', () => {
  it('reads the features in its order, flags as 0/1, actors up to four and the lead clipped', () => {
    expect(featureVector(base)).toEqual([0.4, 0.35, 0.5, 0.2, 0.5, 1, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0]);
    expect(featureVector({ ...base, actorShared: 2, lexLead: -0.9 })[FEATURE_NAMES.indexOf('actorShared')]).toBe(0.5);
    expect(featureVector({ ...base, lexLead: -0.9 })[FEATURE_NAMES.indexOf('lexLead')]).toBe(-0.5);
  });

  it('is a logistic function of the weighted features', () => {
    expect(promoteProbability([1, 0], { weights: [2, 5], bias: -2 })).toBeCloseTo(0.5, 10);
    expect(promoteProbability([1, 1], { weights: [2, 5], bias: -2 })).toBeCloseTo(1 / (1 + Math.exp(-5)), 10);
  });

  it('promotes at or above its threshold only', () => {
    expect(promotes(base, speakerOnly)).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(promotes({ ...base, claimantAgree: false }, speakerOnly)).toBeUndefined();
  });

  it('promotes nothing when its features are not the code\'s (a stale weights file)', () => {
    expect(promotes(base, { ...speakerOnly, features: [...FEATURE_NAMES].reverse() })).toBeUndefined();
    expect(promotes(base, { ...speakerOnly, features: FEATURE_NAMES.slice(1) })).toBeUndefined();
  });
});

describe('the second look in the matcher', () => {
  const strongOf = (promote: false | PromoteModel, text: string) =>
    (createEngine(fixtureDataset, { promote }).analyzeText(text).claims.at(-1)?.matches ?? []).filter((m) => m.relation !== 'related');

  it('promotes a related candidate no veto holds, as the reports\' speaker saying the same', () => {
    const text = 'Russia says its jets hit an ISIS camp near Raqqa.';
    expect(strongOf(false, text)).toEqual([]);
    expect(strongOf(always, text)).toEqual([expect.objectContaining({ claimId: 'mod-raqqa-camp', relation: 'corroborates', reason: 'same account; source: Russian Defence Ministry' })]);
  });

  it('never promotes over a veto: another place, another speaker\'s accusation, a negation on one side only', () => {
    expect(strongOf(always, 'The monitoring group said 20 ISIS fighters were killed in Russian strikes near Aleppo.')).toEqual([]);
    // the United States' "did not target IS" is not corroborated by Russia saying it hits IS
    expect(strongOf(always, 'Russia says its jets are hitting ISIS.').map((m) => m.claimId)).not.toContain('us-strikes-did-not-target-isis');
  });

  it("never promotes one party's claim for several speaking as one (\"the USA, Turkey and their allies called on…\")", () => {
    const alone = 'Turkey called on Russia to stop bombing villages at once.';
    const joint = 'The USA, Turkey and a number of Western and Gulf allies called on Russia to stop bombing villages at once.';
    expect(strongOf(always, alone).map((m) => m.claimId)).toContain('turkey-demands-stop-turkmen');
    expect(strongOf(always, joint).map((m) => m.claimId)).not.toContain('turkey-demands-stop-turkmen');
    expect(strongOf(always, 'Turkey and Washington called on Russia to stop bombing villages at once.').map((m) => m.claimId)).not.toContain('turkey-demands-stop-turkmen');
  });

  it("asks only about the sentence's closest claim in words: one another claim outdoes is a shared topic", () => {
    // Obama's words are closer to his "all terrorists" remark than to the allies' accusation, which shares his side and "terrorist"
    const text = '"In their view every group that opposes Assad is a terrorist group, and that is a road to disaster," Obama said.';
    const strong = (createEngine(dataset, { promote: always }).analyzeText(text).claims.at(-1)?.matches ?? []).filter((m) => m.relation !== 'related').map((m) => m.claimId);
    expect(strong).toEqual(['obama-from-their-perspective-all-terrorists']);
  });

  it('gives no derived contradiction from a promoted match (a red mark is never the model\'s)', () => {
    // the reports set Davutoglu's account against Russia's: a rule's corroboration by Russia would derive a contradiction of his
    const text = 'Russia said it was bombing Islamic State.';
    expect(strongOf(false, text)).toEqual([]);
    expect(strongOf(always, text)).toEqual([expect.objectContaining({ claimId: 'russia-says-bombing-isis', relation: 'corroborates' })]);
  });
});
