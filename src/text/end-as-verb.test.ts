import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const terms = (s: string) => tokenize(s).map((t) => t.t);

describe('"end" as a verb is "stop" (ADR 0235)', () => {
  it('before an object', () => {
    expect(terms('the council wants the army to end its siege')).toEqual(terms('the council wants the army to stop its siege'));
    expect(terms('the navy ended the blockade')).toEqual(terms('the navy stopped the blockade'));
  });
  it('not as a noun', () => {
    expect(terms('talks resume at the end of the month')).not.toContain('stop');
    expect(terms('they called for an end to the fighting')).not.toContain('stop');
    expect(terms('the road ends near the river')).not.toContain('stop');
  });
});
