// When something began, told another way, on its day (issue 13, paraphrase): a sentence that
// tells a beginning on the claim's day agrees as a figure does. Invented wording, shaped like real
// 2015 reporting; the page's date places a weekday.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { sentenceTellsStart } from './start-day';

const engine = createEngine(dataset, { promote: false });
const rel = (text: string, date: string | undefined, id = 'russian-campaign-began-sept-30') =>
  engine.analyzeText(text, date ? { date } : {}).claims.at(-1)?.matches.find((m) => m.claimId === id)?.relation;

describe('a beginning told', () => {
  it('reads starting verbs and first strikes; not a beginning still to come', () => {
    expect(sentenceTellsStart('moscow launched its first air strike in syria on wednesday')).toBe(true);
    expect(sentenceTellsStart('the opening raids of the campaign hit rebel towns')).toBe(true);
    expect(sentenceTellsStart('russian jets were about to start bombing')).toBe(false);
    expect(sentenceTellsStart('moscow launched a new wave of strikes')).toBe(false);
  });
});

describe("the campaign's start, told on its day", () => {
  const first = 'Moscow launched its first air strike in Syria on Wednesday, near the town of Rastan, a US defence official said.';
  it('on a page of 1 October, "its first air strike … on Wednesday" is the start of 30 September', () => {
    expect(rel(first, '2015-10-01')).toBe('corroborates');
  });
  it('on a page of 7 October, its Wednesday is another day', () => {
    expect(rel(first, '2015-10-07')).not.toBe('corroborates');
  });
  it('on an undated page, the weekday places nothing', () => {
    expect(rel(first, undefined)).not.toBe('corroborates');
  });
  it('strikes on that day that tell no beginning stay related (topical overlap)', () => {
    expect(rel('Russian jets launched a new wave of strikes near Rastan on Wednesday, a US defence official said.', '2015-10-01')).not.toBe('corroborates');
  });
});
