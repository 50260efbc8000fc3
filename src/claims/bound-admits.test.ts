// A bound the claim's figure meets is no other figure (issue 13, figures and quantifiers). Invented wording.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { boundAdmits } from './bound-admits';

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
    expect(relationOfLastSentence('Moscow has sent more than 50 military aircraft to Syria', claim)).not.toBe('contradicts');
    expect(relationOfLastSentence('Moscow has sent over 50 military aircraft to Syria', claim)).not.toBe('contradicts');
  });
  it('an exact other figure still does', () => {
    expect(relationOfLastSentence('Moscow has sent 50 military aircraft to Syria', claim)).toBe('contradicts');
  });
});
