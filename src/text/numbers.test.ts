import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { extractNumbers, fitsKey, keyShape, keyUnits, unitsFit } from './numbers';
import { stem, tokenize } from './tokens';

const nums = (s: string) => extractNumbers(s).map((n) => ({ v: n.value, max: n.max, q: n.qualifier, u: n.units }));

describe('extractNumbers', () => {
  it('reads digits, words, qualifiers, ranges and per cent', () => {
    expect(nums('At least 12 militants were killed')).toEqual([{ v: 12, max: undefined, q: 'at_least', u: ['militant', 'kill'] }]);
    expect(nums('killed twelve ISIS jihadists')[0]).toMatchObject({ v: 12, u: expect.arrayContaining(['militant', 'kill']) });
    expect(nums('only five per cent of strikes')[0]).toMatchObject({ v: 5, u: expect.arrayContaining(['percent']) });
    expect(nums('last three to four months')[0]).toMatchObject({ v: 3, max: 4, u: ['month'] });
    expect(nums('more than 800 "terrorist" targets')[0]).toMatchObject({ v: 800, q: 'more_than' });
    expect(nums('a dozen fighters')[0]).toMatchObject({ v: 12 });
    expect(nums('1,200 troops')[0]).toMatchObject({ v: 1200 });
  });

  it('reads shares written as ratios, "pct", and word ranges (issue 13)', () => {
    expect(nums('Just one in 20 Russian air strikes hit IS')).toEqual([{ v: 5, max: undefined, q: 'about', u: expect.arrayContaining(['percent', stem('strikes')]) }]);
    expect(nums('only 2 of the 57 Russian air strikes')[0]).toMatchObject({ v: 3.5, u: expect.arrayContaining(['percent']) });
    expect(nums('only 30 pct of Russian air strikes')[0]).toMatchObject({ v: 30, u: expect.arrayContaining(['percent']) });
    expect(nums('5% of strikes')[0]).toMatchObject({ v: 5, u: expect.arrayContaining(['percent']) });
    expect(nums('to last three-four months')[0]).toMatchObject({ v: 3, max: 4, u: ['month'] });
    expect(nums('nearly 90 percent of strikes')[0]).toMatchObject({ v: 90, q: 'about' });
  });

  it('reads a ratio whose counted thing stands between its numbers ("one Russian air strike in every 20"), not a rate in time (ADR 0140)', () => {
    expect(nums('only one Russian air strike in every 20 has hit IS')).toEqual([{ v: 5, max: undefined, q: 'about', u: ['percent', 'russian', 'air', stem('strike')] }]);
    expect(nums('one raid out of every five')[0]).toMatchObject({ v: 20, q: 'about', u: ['percent', stem('raid')] });
    expect(nums('one patrol in every 20 hours')).toEqual([{ v: 20, max: undefined, q: 'exact', u: ['hour'] }]);
  });

  it('reads a suspended compound as one modifier ("air- and sea-launched cruise missiles" counts missiles)', () => {
    expect(nums('101 air- and sea-launched cruise missiles had been fired')[0]?.u).toEqual(expect.arrayContaining([stem('cruise'), stem('missiles')]));
    expect(nums('12 air and sea strikes')[0]?.u).toEqual(['air']);
  });

  it('reads a possessive duration as one unit, and nothing else with "a"', () => {
    expect(nums("gave roughly an hour's warning")).toEqual([{ v: 1, max: undefined, q: 'about', u: ['hour', stem('notice')] }]);
    expect(nums("only one day's notice")[0]).toMatchObject({ v: 1, u: ['day', stem('notice')] });
    expect(nums('an hour later two strikes a day')).toEqual([{ v: 2, max: undefined, q: 'exact', u: [stem('strikes')] }]);
  });

  it('skips dates, years, model names and ordinals', () => {
    expect(nums('On Oct 1, Su-34 planes flew; on 30 September and in 2011 the 2nd wave came')).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const s = 'They fired 18 cruise missiles.';
    const [n] = extractNumbers(s);
    expect(s.slice(n!.start, n!.end)).toBe('18');
  });
});

describe('units', () => {
  it('turns dataset keys into unit stems and fits them', () => {
    expect(keyUnits('militants_killed')).toEqual(['militant', 'kill']);
    expect(keyUnits('cruiseMissiles')).toEqual(['cruis', 'missil'].map((w) => (w === 'missil' ? stem('missiles') : w)));
    expect(unitsFit(['militant', 'kill'], ['isis', 'militant', 'kill'])).toBe(true);
    expect(unitsFit(['militant', 'kill'], ['militant', 'wound'])).toBe(false);
    expect(unitsFit(['militant', 'kill'], ['civilian', 'kill'])).toBe(false);
    expect(unitsFit(['percent', 'strik'], ['strik'])).toBe(false);
    // a share never fits a count, nor a count a share
    expect(unitsFit(['target', 'strike'], ['percent', 'target'])).toBe(false);
    expect(keyUnits('share_of_strikes_on_IS_percent')).toContain('percent');
  });
});

describe('tokens', () => {
  it('stems, drops stop words, folds synonyms and actors', () => {
    expect(stem('killed')).toBe(stem('killing'));
    expect(stem('sorties')).toBe(stem('sortie'));
    expect(stem('jihadists')).toBe(stem('militants'));
    expect(stem('struck')).toBe(stem('strikes'));
    expect(stem('defense')).toBe(stem('defence'));
    const s = 'The jihadists said Daesh was hit.';
    const t = tokenize(s, 0, s.length, [{ start: s.indexOf('Daesh'), end: s.indexOf('Daesh') + 5, actorId: 'isis' }]);
    expect(t.map((x) => x.t)).toEqual(['militant', '@isis', stem('hit')]);
  });

  it('folds accents, case, quotes and dashes keeping the length', () => {
    const s = 'Sinirlioğlu’s “al–Assad”';
    expect(foldText(s)).toBe('sinirlioglu\'s "al-assad"');
    expect(foldText(s).length).toBe(s.length);
  });
});

describe('keyShape: what a dataset key counts', () => {
  const fits = (key: string, text: string): boolean => fitsKey(keyShape(key), extractNumbers(text)[0]!.units);

  it('counts the noun before a participle, not the participle', () => {
    expect(fits('targets_hit', 'the jets struck 83 militant targets')).toBe(true);
    expect(fits('targets_hit', 'hit 11 targets')).toBe(true);
    // "hit" reads as "strike": without the head, any count of strikes fit a count of targets hit
    expect(fits('targets_hit', 'its air force launched about 20 strikes against Islamic State targets')).toBe(false);
  });

  it('leaves other keys as they were', () => {
    expect(fits('militants_killed', 'killed 300 militants')).toBe(true);
    expect(fits('days_of_cruise_missile_strikes', 'for 3 days')).toBe(true);
    expect(fits('sorties', 'flew 20 sorties')).toBe(true);
  });
});

describe('a count of occasions', () => {
  it('counts times, not the targets named before it nor a verb', () => {
    expect(extractNumbers('its planes bombed ISIS targets six times on Friday')[0]!.units).toEqual(['tim']);
    expect(fitsKey(keyShape('targets_hit'), extractNumbers('its planes struck Islamic State targets six times')[0]!.units)).toBe(false);
  });
});

describe('a verb of striking before a figure', () => {
  it('does not make the targets it hit a count of raids', () => {
    expect(fitsKey(keyShape('bombing_raids'), extractNumbers('officials said their jets hit 50 Islamic State targets')[0]!.units)).toBe(false);
    expect(fitsKey(keyShape('bombing_raids'), extractNumbers('warplanes conducted 50 bombing raids')[0]!.units)).toBe(true);
    expect(fitsKey(keyShape('targets_hit'), extractNumbers('its jets struck 83 militant targets')[0]!.units)).toBe(true);
  });
});
