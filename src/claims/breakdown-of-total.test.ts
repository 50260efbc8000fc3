import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { periodsIn } from './periods';

// invented sentences: the Observatory's first-day toll in Raqqa (at least 12 militants), against a running total's parts
describe('a breakdown of the total told just before (breakdown-of-total.ts)', () => {
  const RAQQA = 'sohr-at-least-12-militants-killed-raqqa';
  const TOTAL = 'Russian raids have killed about 450 people since Moscow began its air campaign, the Syrian Observatory for Human Rights said.';
  const PARTS = 'The Observatory said the strikes had killed 150 civilians and 300 militants.';

  it("takes the total's period: no other figure for one day's toll", () => {
    expect(relationOfLastSentence(`${TOTAL} ${PARTS}`, RAQQA)).not.toBe('contradicts');
  });
  it('is no breakdown when its figures do not add up to the total', () => {
    expect(relationOfLastSentence(`${TOTAL} ${PARTS.replace('300', '100')}`, RAQQA)).toBe('contradicts');
  });
});

describe('the running total and the time ago', () => {
  it('reads "since Moscow began its campaign" as a running total, and "a month ago" as no rate', () => {
    expect(periodsIn('the strikes have killed 600 since moscow started its campaign a month ago')).toEqual(new Set(['cumulative']));
  });
});
