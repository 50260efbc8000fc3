import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foundByBoth } from '../../tests/support/both-actor-matchers';
import { furnitureMention } from './furniture-mentions';

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

describe('a link line is found the same whatever was asked before (the line start is remembered between look-ups)', () => {
  it('asking in text order gives what asking each alone gives', () => {
    const piece = fc.constantFrom('Related: ', 'SEE ALSO: ', 'Russia ', 'x'.repeat(120), ' ', '\n', 'Read more: Syria ', 'strikes ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 30 }), (parts, picks) => {
        const text = parts.join('');
        if (text.length === 0) return;
        const starts = picks.map((p) => p % text.length).sort((a, b) => a - b);
        const inOrder = starts.map((s) => furnitureMention(text, s, s, false));
        // each alone: another text asked in between, so nothing is remembered
        const alone = starts.map((s) => (furnitureMention(`${text} `, 0, 0, false), furnitureMention(text, s, s, false)));
        expect(inOrder).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });
});
