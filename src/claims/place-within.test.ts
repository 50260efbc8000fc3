// A place within a place (issue 13). Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { compileActorMatcher } from '../actors/matcher';
import { dataset } from '../dataset/index';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';
import { placesInsideClaim, placesWithin } from './place-within';

const matcher = compileActorMatcher(dataset.actors);
const within = placesWithin(dataset, matcher, (m) => m.refersTo ?? m.actorId);
const same = (a: string, b: string): boolean => a === b;

describe('placesWithin, read from the places’ roles', () => {
  it('reads "in northern Syria", "Syrian port city" and a province two hops up', () => {
    expect([...(within.get('raqqa') ?? [])]).toContain('syria');
    expect([...(within.get('latakia') ?? [])]).toContain('syria');
    expect([...(within.get('bayir-bucak') ?? [])].sort()).toEqual(['latakia', 'syria']);
  });
  it('reads no "near" or "south-west of" as within, and no place in another country', () => {
    expect(within.get('maaden-jedid')).toBeUndefined();
    expect(within.get('tabqa-military-airport')).toBeUndefined();
    expect([...(within.get('sinai') ?? [])]).not.toContain('syria');
  });
});

describe('placesInsideClaim', () => {
  it('holds when every other place lies within one of the claim’s', () => {
    expect(placesInsideClaim(new Set(['hama']), new Set(['syria']), same, within)).toBe(true);
    expect(placesInsideClaim(new Set(['syria', 'raqqa']), new Set(['syria']), same, within)).toBe(true);
  });
  it('does not hold for a wider place, a place elsewhere, or no clash at all', () => {
    expect(placesInsideClaim(new Set(['syria']), new Set(['raqqa']), same, within)).toBe(false);
    expect(placesInsideClaim(new Set(['hama', 'sinai']), new Set(['syria']), same, within)).toBe(false);
    expect(placesInsideClaim(new Set(['syria']), new Set(['syria']), same, within)).toBe(false);
  });
});

describe('a count told with a place inside the claim’s', () => {
  const claim = 'mod-ten-sorties-overnight';
  const page = (s: string): string => `MOSCOW, 2 October 2015\n\n${s}`;
  it('corroborates the Syria-wide count when the figure agrees', () => {
    expect(relationByRulesAlone(page("Russia's defence ministry said on Friday that its warplanes had flown 10 sorties overnight, hitting an arms depot near Latakia."), claim)).toBe('corroborates');
    expect(relationByRulesAlone(page("Russia's defence ministry said on Friday that its warplanes had flown 10 sorties overnight, hitting an arms depot in Hama province."), claim)).toBe('corroborates');
  });
  it('a place outside the claim’s still holds it back', () => {
    expect(relationByRulesAlone(page("Russia's defence ministry said on Friday that its warplanes had flown 10 sorties overnight, hitting an arms depot in Egypt's Sinai."), claim)).not.toBe('corroborates');
  });
  it('never contradicts on an inner place: another figure there is no clash of the same slot', () => {
    expect(relationByRulesAlone(page("Russia's defence ministry said on Friday that its warplanes had flown 14 sorties overnight, hitting an arms depot near Latakia."), claim)).not.toBe('contradicts');
  });
});
