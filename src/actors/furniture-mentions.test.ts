import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foundByBoth } from '../../tests/support/both-actor-matchers';
import { lineStartNear } from './furniture-mentions';

describe('names written by page furniture are not the story\'s actors', () => {
  const found = foundByBoth;
  const ids = (text: string) => [...new Set(found(text).map((x) => x.split(':')[0]))].sort();

  it('drops photo credits and bylines', () => {
    expect(ids('A Russian jet over Syria (AFP Photo)\nRussia said its jets hit IS.')).toEqual(['isis', 'russia', 'syria']);
    expect(ids('Boys in Douma. Photo by: Reuters\nSyria was hit.')).toEqual(['syria']);
    expect(ids('Image copyright AP. Image caption: Syria after a raid.')).toEqual(['syria']);
    expect(ids('Strikes in Mosul. Photo: Anadolu Agency/Getty Images\nSyria was hit.')).toEqual(['syria']);
    expect(ids('Refugees near Aleppo Image: Reuters/A. Abdullah\nSyria was hit.')).toEqual(['aleppo', 'syria']);
  });

  it('drops links to other stories and a place used as a clock or a seat', () => {
    expect(ids('Russia struck Raqqa.\nSEE ALSO: Putin\'s campaign to go on\nRelated: François Hollande speaks')).toEqual(['raqqa', 'russia']);
    expect(ids('Russia struck Raqqa at 05:00 Moscow time, the UK-based group said.')).toEqual(['raqqa', 'russia']);
  });

  it('keeps the same names in the story, and a dateline', () => {
    expect(ids('MOSCOW (Reuters) - Russia struck Raqqa, a commander told Reuters.')).toEqual(['moscow', 'raqqa', 'reuters', 'russia']);
    expect(ids('Putin said Moscow would go on; the UK said it would not.')).toEqual(['britain', 'moscow', 'vladimir-putin']);
  });
});

describe('the line start a link label is looked for from (remembered between look-ups)', () => {
  /** what it stands for: walk back from `at` to the line break, at most 300 characters */
  const walkBack = (text: string, at: number): number => {
    let line = at;
    while (line > 0 && at - line <= 300 && text.charCodeAt(line - 1) !== 10) line--;
    return at - line > 300 ? -1 : line;
  };
  const texts = fc.array(fc.constantFrom('Related: ', 'Russia ', 'x'.repeat(97), ' ', '\n', 'Read more: Syria '), { maxLength: 40 }).map((parts) => parts.join(''));

  it('asked in text order, as a matcher asks, it gives what walking back gives', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 40 }), (text, picks) => {
        const starts = picks.map((p) => p % (text.length + 1)).sort((a, b) => a - b);
        expect(starts.map((s) => lineStartNear(text, s))).toEqual(starts.map((s) => walkBack(text, s)));
      }),
      { numRuns: 400 },
    );
  });

  it('asked in any order, or in turns with another text (of the same length too), too', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 40 }), (a, asks) => {
        const b = [...a].reverse().join('');
        for (const [first, p] of asks) {
          const text = first ? a : b;
          const at = p % (text.length + 1);
          expect(lineStartNear(text, at)).toBe(walkBack(text, at));
        }
      }),
      { numRuns: 400 },
    );
  });
});
