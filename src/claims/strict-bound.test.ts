// A strict bound at an exact figure excludes it (ADR 0200). Invented wording, shaped like real
// 2015 reporting.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { boundExcludesExact } from './strict-bound';

const rel = relationOfLastSentence;
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
