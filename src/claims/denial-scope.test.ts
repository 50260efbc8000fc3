// What a denial verb denies is negated (issue 13, negation scope): a sentence that affirms it is
// no restatement of the denial. Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { relationByRulesAlone, relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { denialScopes } from './denial-scope';

const rel = relationByRulesAlone;

describe('denialScopes', () => {
  it('covers the denied clause, after "allegations that" or the bare verb', () => {
    const s = 'the minister rejected allegations that civilians had been killed, and said more';
    const [[a, b]] = denialScopes(s, 0) as [[number, number]];
    expect(s.slice(a, b)).toBe('civilians had been killed');
    const t = 'moscow denied hitting hospitals in idlib';
    expect(denialScopes(t, 0).map(([x, y]) => t.slice(x, y))).toEqual(['hitting hospitals in idlib']);
    expect(denialScopes('the strikes went on', 0)).toEqual([]);
  });
  it('ends where the denier goes on to say something else, or a contrast begins', () => {
    const s = 'the minister rejected the criticism and said the two sides saw eye to eye';
    expect(denialScopes(s, 0).map(([x, y]) => s.slice(x, y))).toEqual(['the criticism']);
    const t = 'moscow denied hitting hospitals but admitted strikes near idlib';
    expect(denialScopes(t, 0).map(([x, y]) => t.slice(x, y))).toEqual(['hitting hospitals']);
  });
});

describe('a denial followed by what the denier affirms', () => {
  it('denies only its object: what the denier then says is affirmed', () => {
    expect(relationOfLastSentence('Russia’s foreign minister Sergei Lavrov rejected the criticism and said Moscow and Washington saw eye to eye on fighting IS.', 'lavrov-eye-to-eye-with-us')).toBe('corroborates');
  });
});

describe('a sentence affirming what a denial denies', () => {
  it('is no restatement of the denial, however many words it shares', () => {
    expect(rel('Russian air strikes in Syria are killing civilians, not Isis, the UK defence secretary said.', 'putin-rejects-civilian-deaths')).not.toBe('corroborates');
  });
  it('a sentence that denies it still is', () => {
    expect(rel('Putin rejected reports that Russian raids had killed civilians, calling them information warfare.', 'putin-rejects-civilian-deaths')).toBe('corroborates');
  });
});
