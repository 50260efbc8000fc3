// Where a strike was launched from is not where it struck (issue 13). Invented wording.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../actors/matcher';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';
import { launchOrigin } from './launch-origin';

const at = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return launchOrigin(text, { start, end: start + name.length, text: name } as Mention);
};

describe('launchOrigin', () => {
  it('is the place right after the carrier of a strike, or after "launched from"', () => {
    expect(at('the flotilla’s vessels in the Caspian Sea sent missiles', 'Caspian Sea')).toBe(true);
    expect(at('bombers based at Hmeimim hit the town', 'Hmeimim')).toBe(true);
    expect(at('missiles fired from the Mediterranean hit Idlib', 'Mediterranean')).toBe(true);
  });
  it('is not a place struck, nor one named in passing', () => {
    expect(at('jets struck targets in Idlib overnight', 'Idlib')).toBe(false);
    expect(at('missiles hit a camp near Raqqa', 'Raqqa')).toBe(false);
    expect(at('the jets flew over the Caspian Sea', 'Caspian Sea')).toBe(false);
  });
});

describe('a count launched from one place at targets in others', () => {
  const claim = 'russian-military-18-cruise-missiles-friday';
  it('corroborates the same count placed where it struck', () => {
    expect(relationByRulesAlone("On Friday the flotilla's vessels in the Caspian Sea sent 18 cruise missiles towards Islamic State strongholds, Sergei Shoigu told Putin.", claim)).toBe('corroborates');
  });
  it('a place not read as an origin still holds the claim back', () => {
    expect(relationByRulesAlone('On Friday Russian jets over the Caspian Sea sent 18 cruise missiles towards Islamic State strongholds, Sergei Shoigu told Putin.', claim)).not.toBe('corroborates');
  });
});
