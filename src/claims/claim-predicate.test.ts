// A claim's event needs its predicate in the sentence itself (issue 13, topical overlap): the
// sentence before may lend who and where, not what happened. Invented wording, shaped like a
// think tank's feed; the first probe corroborates without the rule.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { predicateMissing, predicateTerms } from './claim-predicate';
import { stem } from '../text/tokens';

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
