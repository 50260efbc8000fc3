// A closing ", claims the government denied" is another party's answer, not the sentence's own denial (ADR 0345). Invented wording.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import { withoutTrailingDenial } from './trailing-denial';

const engine = createEngine(dataset, { promote: false });
const polarity = (text: string) => engine.analyzeText(text).claims.at(-1)?.polarity;

describe('withoutTrailingDenial', () => {
  it('leaves out a closing denial with a denier of its own', () => {
    expect(withoutTrailingDenial('the group voiced alarm at the raids after dozens of deaths were reported, claims the russian government denied.')).toBe(
      'the group voiced alarm at the raids after dozens of deaths were reported',
    );
    expect(withoutTrailingDenial('activists said the jets hit a market, which moscow denies.')).toBe('activists said the jets hit a market');
    expect(withoutTrailingDenial('rebels said the raids hit a bakery, a charge the kremlin has rejected.')).toBe('rebels said the raids hit a bakery');
  });
  it('keeps a denial that is the sentence\'s own', () => {
    const own = 'the ministry denied claims that its jets hit a market.';
    expect(withoutTrailingDenial(own)).toBe(own);
    const spoken = 'moscow, which the rebels accuse, denied it.';
    expect(withoutTrailingDenial(spoken)).toBe(spoken);
  });
});

describe('the sentence stance', () => {
  it('is no denial when only the closing clause denies', () => {
    expect(polarity('The seven countries voiced deep concern over the Russian raids after civilian deaths were reported, claims the Russian government denied.')).toBe('affirm');
    expect(polarity('The Russian government denied claims that civilians had died in the raids.')).toBe('deny');
  });
});
