/**
 * An office of another kind, and a person the dataset does not name, are not the dataset's
 * holder of a like office (issue 13, who is speaking; ADR 0345). Invented sentences, the
 * bundled dataset's actors; each was read as the wrong person before its rule.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';
import { compileRoleResolver } from './roles';
import { anotherKindOfOffice } from './office-kind';
import { namesAStranger } from './stranger-name';

const engine = createEngine(dataset);
const byRole = compileRoleResolver(dataset.actors);
/** The claimant of the last claim sentence of `text`: its actor id, or its words when it is no known actor. */
const speaker = (text: string): string | undefined => {
  const cs = engine.analyzeText(text).claims;
  const c = cs[cs.length - 1]?.claimant;
  return c ? (c.actorId ?? `words: ${c.text}`) : undefined;
};
const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/\s+/));

describe('an office of another kind (office-kind.ts)', () => {
  it('tells one ministry from another', () => {
    expect(anotherKindOfOffice(words('foreign ministri spokesman'), words('spokesman russian defenc ministri'), true)).toBe(true);
    expect(anotherKindOfOffice(words('defenc ministri spokesman'), words('spokesman russian defenc ministri'), true)).toBe(false);
    expect(byRole('a foreign ministry spokesman')).toBeUndefined();
    expect(byRole('a defence ministry spokesman')).toBe('igor-konashenkov');
  });
  it('takes no office holder for their spokesperson', () => {
    expect(byRole('a spokeswoman for the UK Foreign Office')).toBeUndefined();
    expect(byRole('the UK foreign secretary')).toBe('philip-hammond');
    // a press secretary speaks for others too
    expect(byRole('Pentagon spokesman Peter Cook')).toBe('peter-cook');
    expect(speaker('The loss of the jet is a grave matter, a spokeswoman for the UK Foreign Office said.')).not.toBe('philip-hammond');
  });
});

describe('a person the dataset does not name (stranger-name.ts)', () => {
  const none = (): boolean => false;
  it('finds a first and last name, in any script, or a surname after a rank', () => {
    expect(namesAStranger('Foreign Ministry spokesman Ayşe Yılmaz', 0, none)).toBe(true);
    expect(namesAStranger('Navy Capt. Tom Hale, a coalition spokesman', 0, none)).toBe(true);
    expect(namesAStranger('Foreign Ministry Spokesman Öztürk', 0, none)).toBe(true);
  });
  it('finds no one in offices, bodies and states', () => {
    expect(namesAStranger('the Turkish Foreign Ministry spokesman', 0, none)).toBe(false);
    expect(namesAStranger('a senior U.S. defense official', 0, none)).toBe(false);
    expect(namesAStranger("Russia's Defence Ministry", 0, none)).toBe(false);
  });
  it('leaves a name the page matched to an actor', () => {
    const s = 'Ambassador Andrey Karlov';
    expect(namesAStranger(s, 0, (a, b) => a < s.length && b > s.indexOf('Karlov'))).toBe(false);
  });
  it('gives a named stranger no actor the dataset names', () => {
    expect(speaker('Ankara wants the raids ended soon, Foreign Ministry spokesman Ayşe Yılmaz said.')).not.toBe('igor-konashenkov');
    expect(speaker('Navy Capt. Tom Hale, the top U.S. military spokesman in Kuwait, said the coalition kept flying.')).not.toBe('patrick-ryder');
    expect(speaker('Foreign Ministry Spokesman Öztürk said the envoy had been told of the protest.')).toBe('words: Foreign Ministry Spokesman Öztürk');
  });
  it('still lets an actor the dataset knows by office alone be the one named', () => {
    expect(byRole('a Putin ally', undefined, true)).toBe('duma-foreign-affairs-chief');
    expect(byRole('Putin ally Mr Ivan Petrovsky', undefined, true)).toBe('duma-foreign-affairs-chief');
  });
});
