// A beginning told with its written day, and no name in the sentence (issue 13, paraphrase). Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { tellsDatedBeginning } from './dated-beginning';

describe('tellsDatedBeginning', () => {
  it('a campaign, bombing or strikes that began on a written day', () => {
    expect(tellsDatedBeginning('jets have flown twice as many raids since the air campaign started on 30 september')).toBe(true);
    expect(tellsDatedBeginning('the navy took part once before in the bombing, which began on sept. 30')).toBe(true);
  });
  it('no written day, or nothing of a campaign, tells no such beginning', () => {
    expect(tellsDatedBeginning('the campaign began last week')).toBe(false);
    expect(tellsDatedBeginning('the school year started on september 30')).toBe(false);
    expect(tellsDatedBeginning('the strikes on september 30 hit homs')).toBe(false);
  });
});

describe('asked of the claim index though it names no actor', () => {
  const engine = createEngine(dataset, { promote: false });
  const rel = (text: string) => engine.analyzeText(text, { date: '2015-10-12' }).claims.at(-1)?.matches.find((m) => m.claimId === 'russian-campaign-began-sept-30')?.relation;
  it('restates the start of the campaign on its day', () => {
    expect(rel('Jets have flown twice as many raids since the air campaign started on 30 September.')).toBe('corroborates');
  });
  it('another day is no restatement, and no contradiction with no actor named', () => {
    const r = rel('Jets have flown twice as many raids since the air campaign started on 23 September.');
    expect(r === 'corroborates' || r === 'contradicts').toBe(false);
  });
});
