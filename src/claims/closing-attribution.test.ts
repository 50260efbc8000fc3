// A closing attribution frames its whole sentence (closing-attribution.ts, ADR 0397). Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { closingFirst } from './closing-attribution';

const engine = createEngine(dataset);
const speakers = (text: string): (string | undefined)[] => engine.analyzeText(text).claims.map((c) => c.claimant?.actorId);

describe('the speaker of a sentence that closes with its attribution', () => {
  it('is the closing speaker, not an actor told of inside it, and "the official" after it is the same', () => {
    const text =
      'A Russian general walked into the US embassy in Baghdad, told the diplomats there that bombing was about to begin, and asked that American jets stay clear, a senior US official said. ' +
      'The raids were aimed at rebels rather than at Islamic State, the official said.';
    expect(speakers(text)).toEqual(['united-states', 'united-states']);
  });

  it('leaves a closing pronoun to the sentence’s own subject', () => {
    expect(speakers('Shoigu reported to Putin on Friday that the strikes had destroyed 40 fuel trucks, he said.')[0]).toBe('sergei-shoigu');
  });
});

describe('closingFirst', () => {
  const verbs = (s: string): RegExpExecArray[] => [...s.matchAll(/\b(?:told|said|says)\b/g)] as RegExpExecArray[];
  it('puts a closing "…, <speaker> said." first', () => {
    const s = 'The envoy told them that talks were off, a senior official said.';
    expect(closingFirst(s, verbs(s)).map((m) => m[0])).toEqual(['said', 'told']);
  });
  it('keeps the order when the last verb does not close the sentence, or when a pronoun or a clause precedes it', () => {
    for (const s of ['The envoy told them that a senior official said the talks were off.', 'The envoy told them that talks were off, he said.', 'The envoy told them that talks were off, and then the talks said.']) {
      expect(closingFirst(s, verbs(s)).map((m) => m[0])).toEqual(verbs(s).map((m) => m[0]));
    }
  });
});
