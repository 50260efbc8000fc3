import { describe, expect, it } from 'vitest';
import { stem, tokenize } from './tokens';

const terms = (s: string) => tokenize(s).map((t) => t.t);

describe('word classes of one sense (ADR 0235)', () => {
  it('reads the flights of warplanes as sorties', () => {
    expect(terms('the jets made forty flights')).toEqual(terms('the jets made forty sorties'));
    expect(stem('flight')).toBe(stem('sortie'));
  });
  it('reads a worry as a concern', () => {
    expect(terms('diplomats voiced worries about the raids')).toEqual(terms('diplomats voiced concerns about the raids'));
    expect(stem('worried')).toBe(stem('concerned'));
  });
  it('reads a title declared as a title proclaimed', () => {
    expect(terms('the self-declared capital of the group')).toEqual(terms('the self-proclaimed capital of the group'));
    expect(terms('the self-styled caliph')).toEqual(terms('the self-proclaimed caliph'));
  });
  it('reads "overnight" as the night', () => {
    expect(terms('bombers struck overnight')).toEqual(terms('bombers struck at night'));
  });
  it('leaves words of another sense alone', () => {
    expect(stem('ground')).not.toBe(stem('territory'));
    expect(stem('mission')).not.toBe(stem('sortie'));
  });
});
