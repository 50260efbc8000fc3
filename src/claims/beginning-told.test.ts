// A beginning is restated only by a sentence that tells one (issue 13, paraphrase and topical
// overlap). Invented wording, shaped like wire copy on the second day of a campaign; the "not"
// probes corroborate the campaign's start without the rule.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { beginningUntold } from './beginning-told';

const rel = relationOfLastSentence;
const START = 'russian-campaign-began-sept-30';

describe('what was done on the first day is not that it began', () => {
  it('strikes told on the start day, with no word of beginning, do not restate the start', () => {
    expect(rel('On Wednesday, Russia had launched 20 air strikes in Syria on eight targets, the defence ministry said.', START)).not.toBe('corroborates');
    expect(rel('Russian jets carried out air strikes in Syria on Wednesday against eight targets.', START)).not.toBe('corroborates');
  });
  it('a sentence that tells the beginning still restates it, "for the first time" included', () => {
    expect(rel("Russia's air campaign in Syria began on Wednesday.", START)).toBe('corroborates');
    expect(rel('Russian jets carried out air strikes in Syria for the first time on Wednesday.', START)).toBe('corroborates');
  });
});

describe('a beginning told only as where a tally starts is none (ADR 0335)', () => {
  it('"since they began" with a toll since does not restate the day the campaign began', () => {
    expect(rel('Since they began, the Russian air strikes have killed more than 1,000 people.', START)).not.toBe('corroborates');
    expect(beginningUntold(true, false, 'since the campaign started, the jets have flown 500 sorties')).toBe(true);
  });
  it('a beginning told besides the tally still counts', () => {
    expect(beginningUntold(true, false, 'the strikes began on wednesday and since they started have hit 50 targets')).toBe(false);
  });
});

describe('beginningUntold', () => {
  it('asks for a beginning only of a claim whose point is the day something began, and not when the date agrees', () => {
    expect(beginningUntold(true, false, 'russia had launched 20 strikes on wednesday')).toBe(true);
    expect(beginningUntold(true, false, 'the jets were about to start bombing')).toBe(false);
    expect(beginningUntold(true, true, 'russia has struck targets since september 30')).toBe(false);
    expect(beginningUntold(false, false, 'russia had launched 20 strikes on wednesday')).toBe(false);
  });
});
