import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActorSpan, stem, tokenize, tokensWithin } from './tokens';

const PIECES = ['Russia', "Russia's", 'killed', 'the', 'o’clock', "rock'n'roll", "it's", 'ISIS', '12', '1,000', '%', 'per cent', 'Sinirlioğlu',
  'Ünal', 'a', 'jihadists', '“', '"', ',', '.', '-', ' ', ' ', '  ', '\n', "'", '`', 'x'];

/** A text and non-overlapping mention spans over it, in order. */
const textAndMentions = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 12 })), { maxLength: 6 }))
  .map(([parts, raw]) => {
    const text = parts.join('');
    const mentions: ActorSpan[] = [];
    let at = 0;
    for (const [gap, len] of raw.sort((x, y) => x[0] - y[0])) {
      const start = Math.max(at, gap);
      const end = start + len;
      if (end > text.length) break;
      mentions.push({ start, end, actorId: `a${mentions.length}` });
      at = end;
    }
    return { text, mentions };
  });

describe('tokensWithin', () => {
  it('gives what tokenizing the part alone gives, whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(textAndMentions, fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300), ({ text, mentions }, a, b, c, d) => {
        const [s, e, from, to] = [a, b, c, d].map((x) => Math.min(x, text.length)).sort((x, y) => x - y) as [number, number, number, number];
        const span = { start: Math.min(s, from), end: Math.max(e, to) };
        const all = tokenize(text, span.start, span.end, mentions);
        const part = tokensWithin(text, all, span, from, to, mentions);
        if (part === null) return;
        answered++;
        expect(part).toEqual(tokenize(text, from, to, mentions));
      }),
      { numRuns: 1000 },
    );
    // the clean case is the common one
    expect(answered).toBeGreaterThan(200);
  });

  it('declines a cut through a word or a mention', () => {
    const text = 'Russia killed jihadists';
    const span = { start: 0, end: text.length };
    const mentions: ActorSpan[] = [{ start: 0, end: 6, actorId: 'russia' }];
    const all = tokenize(text, 0, text.length, mentions);
    expect(tokensWithin(text, all, span, 9, text.length, mentions)).toBeNull();
    expect(tokensWithin(text, all, span, 3, text.length, mentions)).toBeNull();
    expect(tokensWithin(text, all, span, 6, text.length, mentions)?.map((t) => t.t)).toEqual(['kill', 'militant']);
  });
});

describe('paraphrase classes (issue 13)', () => {
  const terms = (s: string) => tokenize(s).map((t) => t.t);
  it('joins a phrasal verb with its particle', () => {
    expect(terms('a bomb brought down the airliner')).toEqual(terms('a bomb blew up the airliner'));
    expect(terms('the ambassador was called in')).toEqual(terms('the ambassador was summoned'));
    expect(terms('Turkey called for a halt')).toEqual(terms('Turkey demanded a halt'));
    expect(terms('the raids were stepped up')).toEqual(terms('the raids were intensified'));
    // a particle after something else changes nothing
    expect(terms('flew in from Moscow')).toEqual(['fly', 'moscow']);
  });
  it('puts derived and synonymous words in one class', () => {
    expect(stem('intensify')).toBe(stem('intensity'));
    expect(stem('shoring')).toBe(stem('prop'));
    expect(stem('warships')).toBe(stem('ships'));
    expect(stem('started')).toBe(stem('began'));
  });
});

describe('words that are names of Object.prototype', () => {
  it('are words like any other ("constructor" in a page does not break tokenizing)', () => {
    expect(tokenize('The constructor of the base said valueOf and hasOwnProperty').map((t) => t.t)).toEqual(['constructor', 'bas', 'valueof', 'hasownproperti']);
    expect(stem('constructor')).toBe('constructor');
  });
});
