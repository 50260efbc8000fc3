// A content with no verb asserts nothing (issue 13, headlines and fragments). Invented wording,
// shaped like real 2015 pages: a subheading left by dropped links, the tail of a quote broken over
// lines. Each engine probe below corroborates without the rule.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { assertsNothing, hasPredicate } from './verbless-content';

const rel = relationOfLastSentence;

describe('a bare noun phrase gives no account of a claim', () => {
  it('a subheading with the overnight count is no restatement of it', () => {
    expect(rel('Moscow reported a busy night over Syria.\n\n10 sorties', 'mod-ten-sorties-overnight')).not.toBe('corroborates');
    expect(rel('The Russian ministry gave its count on Friday.\n\nTen sorties in one night', 'mod-ten-sorties-overnight')).not.toBe('corroborates');
  });
  it('the tail of a broken quote naming the weapons is no account of where they were fired from', () => {
    expect(rel('"We have seen strikes on Raqqa with\n\nship-launched cruise missiles from the Caspian Sea," the officer said.', 'cruise-missiles-from-caspian-warships')).not.toBe('corroborates');
  });
  it('a caption of a nationality’s strikes on "IS" names them and tells nothing of them', () => {
    expect(rel('Daily Digest\nHome / News / World\n\nRussian airstrikes in Syria against IS', 'russia-insists-bombing-isis-and-others')).not.toBe('corroborates');
  });
  it('a sentence that tells the event still restates it', () => {
    expect(rel('Warplanes flew 10 sorties overnight, the Russian defence ministry said.', 'mod-ten-sorties-overnight')).toBe('corroborates');
    expect(rel('"Some of the strikes came as sea-launched cruise missiles from Caspian warships," the officer said.', 'cruise-missiles-from-caspian-warships')).toBe('corroborates');
  });
});

describe('hasPredicate', () => {
  it('finds no verb in noun phrases, hyphenated participles or counts', () => {
    for (const s of ['10 sorties', 'Ten sorties, seven targets', 'Russian airstrikes in Syria against IS', 'Syrian rebels in the north', 'sea-launched cruise missiles and long-range bombers,', 'Russian transport plane over Latakia', 'the rebel-held town'])
      expect(hasPredicate(s), s).toBe(false);
  });
  it('finds one in any clause that may have one (generous: a wrong "verbless" would cost a match)', () => {
    for (const s of ['Russia strikes Islamic State targets', 'Putin brushes off the reports', 'fighters killed in the raid', 'Only 5% of strikes hitting IS', 'Moscow to bomb Raqqa', "it's over", 'groups are present in the town', 'the jets hit a depot', 'Ankara warns Moscow', 'Russians bomb IS', 'THE JETS IS FLYING'])
      expect(hasPredicate(s), s).toBe(true);
  });
  it('leaves out the attribution verb, and never holds back a headline attributed by punctuation', () => {
    const s = 'long-range missiles and heavy bombers, the officer said.';
    const at = s.indexOf('said');
    expect(assertsNothing(s, { start: at, end: at + 4 }, false)).toBe(true);
    expect(assertsNothing(s, undefined, false)).toBe(false);
    expect(assertsNothing('nine fighters dead', undefined, true)).toBe(false);
  });
});
