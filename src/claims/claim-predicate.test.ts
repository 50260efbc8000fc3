// A claim's event needs its predicate in the sentence itself (issue 13, topical overlap): the
// sentence before may lend who and where, not what happened. Invented wording, shaped like a
// think tank's feed; the first probe corroborates without the rule.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { predicateMissing, predicateTerms, tellsAnotherAction } from './claim-predicate';
import { stem } from '../text/tokens';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { FEATURE_NAMES } from './promote';

const rel = relationOfLastSentence;
const CLAIM = 'sohr-strikes-hit-jabal-al-zawiya';

describe('the sentence before lends no predicate', () => {
  it('groups present in a village after a strike on it are no account of the strike on another district', () => {
    expect(rel("Russian jets struck a village in Hama on Friday.\n\nFighters of al Qaeda's Syria affiliate and other Islamist factions operate in the village.", CLAIM)).not.toBe('corroborates');
  });
  it('a follow-up that tells the strike itself still restates it', () => {
    expect(rel("Russian jets struck a village in Idlib province on Friday.\n\nThe strikes hit an area held by al Qaeda's Syria affiliate and other Islamist factions.", CLAIM)).toBe('corroborates');
  });
});

describe('predicateTerms / predicateMissing', () => {
  // a stand-in tokenizer: words and their stems, as the index reads them
  const toks = (text: string) => [...text.matchAll(/[a-z]+/gi)].map((m) => ({ t: stem(m[0].toLowerCase()), start: m.index, end: m.index + m[0].length }));
  it('reads the verbs a claim tells its event with, not its auxiliaries or its verbs of saying', () => {
    expect([...predicateTerms(['Russia says it is bombing ISIS and other groups.'], toks)]).toEqual([stem('bombing')]);
    expect(predicateTerms(['Russia is one of Assad’s allies.'], toks).size).toBe(0);
  });
  it('is missing only when no verb of the claim is shared and no figure or date agrees', () => {
    const claim = new Set(['strike', 'held']);
    expect(predicateMissing(new Set(['group', 'present']), claim, false)).toBe(true);
    expect(predicateMissing(new Set(['group', 'strike']), claim, false)).toBe(false);
    expect(predicateMissing(new Set(['group']), claim, true)).toBe(false);
    expect(predicateMissing(new Set(['group']), new Set(), false)).toBe(false);
  });
});

describe('the second look is not asked about another action', () => {
  // a model that promotes every candidate the vetoes let it see: what it is shown is what the vetoes left
  const promoteAll = createEngine(dataset, { promote: { features: [...FEATURE_NAMES], weights: FEATURE_NAMES.map(() => 0), bias: 0, threshold: 0 } });
  const rel = (text: string, id: string) => promoteAll.analyzeText(text).claims.at(-1)?.matches.find((m) => m.claimId === id)?.relation;
  const BOMBING = 'russia-insists-bombing-isis-and-others';
  it("the speaker's account of a downed jet is no word of what it bombs", () => {
    expect(rel('Moscow insists its jets were over Syria and says Turkey downed one of them to protect terrorists.', BOMBING)).not.toBe('corroborates');
  });
  it('a sentence telling the bombing is still shown to it', () => {
    expect(rel('Moscow insists it is striking ISIS and other terrorists.', BOMBING)).toBe('corroborates');
  });
  it('reads a past verb of its own, not a verb of saying, nor a present form that may be a noun', () => {
    expect(tellsAnotherAction('Ankara shot it down', true, true)).toBe(true);
    expect(tellsAnotherAction('IS says it was behind the plane crash', true, true)).toBe(false);
    expect(tellsAnotherAction('Ankara shot it down', false, true)).toBe(false);
    expect(tellsAnotherAction('Ankara shot it down', true, false)).toBe(false);
  });
});
