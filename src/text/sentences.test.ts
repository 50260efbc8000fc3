import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from './sentences';

const split = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('does not break after titles, ranks, months, dotted acronyms before names, initials, No.', () => {
    expect(split('Maj. Gen. Igor Konashenkov said it. Mr. Assad met Dr. Smith on Oct. 1. Lt. Col. Ryder agreed. John F. Kennedy was there. It is No. 10 on the list.')).toEqual([
      'Maj. Gen. Igor Konashenkov said it.',
      'Mr. Assad met Dr. Smith on Oct. 1.',
      'Lt. Col. Ryder agreed.',
      'John F. Kennedy was there.',
      'It is No. 10 on the list.',
    ]);
  });

  it('keeps U.S./U.N. inside a sentence but ends one on them before a sentence opener', () => {
    expect(split('The U.S. Central Command said so. U.N. officials met. It drew ire from the U.S. The coalition met.')).toEqual([
      'The U.S. Central Command said so.',
      'U.N. officials met.',
      'It drew ire from the U.S.',
      'The coalition met.',
    ]);
  });

  it('keeps a quotation that spans sentences with its attribution', () => {
    expect(split('"We made it clear. We will act," he said. Then he left.')).toEqual(['"We made it clear. We will act," he said.', 'Then he left.']);
    expect(split('“It works. It is right,” the minister said.')).toEqual(['“It works. It is right,” the minister said.']);
  });

  it('joins an attribution after a question mark or ellipsis', () => {
    expect(split('"Is it a terrorist, right?" he asked. Next.')).toEqual(['"Is it a terrorist, right?" he asked.', 'Next.']);
    const s = '"On Oct 1, Su-34 planes carried out strikes on an ISIS training camp... and on a camouflaged command post... south-west of the town of Raqqa," the ministry said.';
    expect(split(s)).toEqual([s]);
  });

  it('ends sentences at paragraph and line breaks', () => {
    expect(split('Headline without stop\n\nBody one. Body two.\nCaption')).toEqual(['Headline without stop', 'Body one.', 'Body two.', 'Caption']);
  });

  it('finds the sentence at an offset', () => {
    const s = 'One. Two. Three.';
    const spans = splitSentences(s);
    expect(sentenceIndexAt(spans, s.indexOf('Two'))).toBe(1);
    expect(sentenceIndexAt(spans, 4)).toBe(-1);
  });
});
