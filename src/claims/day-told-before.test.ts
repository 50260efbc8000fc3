import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';

// invented sentences: Friday 20 November's 18 cruise missiles, against a salvo another sentence dates,
// on a page of the day after (a page of no date whose lead writes an earlier day is another rule's: ADR 0200)
describe('a count told after the sentence that dates it (day-told-before.ts)', () => {
  const FRIDAY = 'russian-military-18-cruise-missiles-friday';
  const SALVO = 'Russian warships fired 30 cruise missiles at militant bases in Raqqa, Idlib and Aleppo provinces, the military said.';
  const PAGE = '2015-11-21';

  it('is of the day the sentence before writes: no contradiction of another day’s salvo', () => {
    expect(relationOfLastSentence(`On 12 November the navy joined the bombing from the sea. ${SALVO}`, FRIDAY, PAGE)).not.toBe('contradicts');
    // the paragraph before still dates it
    expect(relationOfLastSentence(`The navy joined the bombing from the sea on Nov. 12.\n${SALVO}`, FRIDAY, PAGE)).not.toBe('contradicts');
  });

  it('still contradicts when that day is the claim’s, or the date is after "since", or two paragraphs back', () => {
    expect(relationOfLastSentence(`On 20 November the navy joined the bombing from the sea. ${SALVO}`, FRIDAY, PAGE)).toBe('contradicts');
    expect(relationOfLastSentence(`The navy has joined the bombing from the sea since 12 November. ${SALVO}`, FRIDAY, PAGE)).toBe('contradicts');
    expect(relationOfLastSentence(`On 12 November the navy joined the bombing from the sea.\nThe ministry gave no further detail.\n${SALVO}`, FRIDAY, PAGE)).toBe('contradicts');
  });
});

// invented page: the 20 November claim that the cruise missiles were launched from Caspian warships
describe('what a sentence restates, after a sentence dating another day (eventOfDayToldBefore)', () => {
  const CASPIAN = 'cruise-missiles-from-caspian-warships';
  const page = (day: string) =>
    `Syria: Assad forces open offensive near Hama\n\nOn ${day} 2015 Syrian government forces attacked rebels in the Hama area. The push has Russian air support.\n\nMeanwhile, Russia has fired missiles into Syria from its navy's ships in the Caspian Sea.`;
  it("is that day's event, not another day's claim", () => {
    expect(relationOfLastSentence(page('7 October'), CASPIAN)).not.toBe('corroborates');
  });
  it('the day after the claim is still its news', () => {
    expect(relationOfLastSentence(page('21 November'), CASPIAN)).toBe('corroborates');
  });
});
