// A figure given as a bound against a claim's figure (issue 13, figures and quantifiers): a bound
// the claim's figure meets is no other figure; a strict bound at an exact figure excludes it (ADR
// 0200). Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { boundAdmits, boundExcludesExact } from './figure-bounds';

const rel = relationOfLastSentence;

describe('boundAdmits', () => {
  it('is true of a lower bound below the figure and an upper bound above it', () => {
    expect(boundAdmits({ value: 50, qualifier: 'more_than' }, 69)).toBe(true);
    expect(boundAdmits({ value: 69, qualifier: 'at_least' }, 69)).toBe(true);
    expect(boundAdmits({ value: 30, qualifier: 'up_to' }, 12)).toBe(true);
  });
  it('is false of a bound the figure breaks, of exact and approximate figures, and of ranges', () => {
    expect(boundAdmits({ value: 69, qualifier: 'more_than' }, 69)).toBe(false);
    expect(boundAdmits({ value: 80, qualifier: 'at_least' }, 69)).toBe(false);
    expect(boundAdmits({ value: 10, qualifier: 'up_to' }, 12)).toBe(false);
    expect(boundAdmits({ value: 50, qualifier: 'exact' }, 69)).toBe(false);
    expect(boundAdmits({ value: 50, qualifier: 'about' }, 69)).toBe(false);
    expect(boundAdmits({ value: 50, qualifier: 'more_than', max: 60 }, 69)).toBe(false);
  });
});

describe('a sentence whose bound the reports’ figure meets', () => {
  const claim = 'russia-69-aircraft-in-syria';
  it('does not contradict the figure', () => {
    expect(rel('Moscow has sent more than 50 military aircraft to Syria', claim)).not.toBe('contradicts');
    expect(rel('Moscow has sent over 50 military aircraft to Syria', claim)).not.toBe('contradicts');
  });
  it('an exact other figure still does', () => {
    expect(rel('Moscow has sent 50 military aircraft to Syria', claim)).toBe('contradicts');
  });
});

const METROJET = 'russia-metrojet-bomb-224-killed';

describe('"more than 224" against an exact 224', () => {
  it('is not the same toll', () => {
    expect(rel('Russia concluded that a bomb blew the airliner apart over Egypt, killing more than 224 people.', METROJET)).not.toBe('corroborates');
  });
  it('the exact toll still is', () => {
    expect(rel('Russia concluded that a bomb blew the airliner apart over Egypt, killing 224 people.', METROJET)).toBe('corroborates');
  });
  it('the same bound on both sides, and a length of time after "over", still agree', () => {
    expect(rel('Over four days more than 100 cruise missiles were launched and more than 800 terrorist targets destroyed in Syria, the ministry said.', 'mod-four-days-100-missiles-800-targets')).toBe('corroborates');
  });
});

describe('boundExcludesExact', () => {
  it('only a strict lower bound against an exact count', () => {
    expect(boundExcludesExact({ qualifier: 'more_than' }, { qualifier: 'exact', units: ['people', 'kill'] })).toBe(true);
    expect(boundExcludesExact({ qualifier: 'at_least' }, { qualifier: 'exact', units: ['people', 'kill'] })).toBe(false);
    expect(boundExcludesExact({ qualifier: 'more_than' }, { qualifier: 'more_than', units: ['target'] })).toBe(false);
    expect(boundExcludesExact({ qualifier: 'more_than' }, { qualifier: 'exact', units: ['day'] })).toBe(false);
  });
});
