import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const terms = (s: string) => tokenize(s).map((t) => t.t);

describe('a phrasal verb split by its object (ADR 0235)', () => {
  it('joins the particle after a short object with its verb', () => {
    expect(terms('gunmen shot the helicopter down')).toEqual(terms('gunmen shot down the helicopter'));
    expect(terms('a device brought the cargo plane down')).toEqual(terms('a device brought down the cargo plane'));
    expect(terms('the navy stepped its patrols up')).toEqual(terms('the navy intensified its patrols'));
  });
  it('counts a name between as a word of the object', () => {
    const text = 'they shot a Ranger down';
    const mentions = [{ start: 12, end: 18, actorId: 'drone-x' }];
    expect(tokenize(text, 0, text.length, mentions).map((t) => t.t)).toEqual(['down', '@drone-x']);
    const far = 'they shot a small grey Ranger down';
    expect(tokenize(far, 0, far.length, [{ start: 23, end: 29, actorId: 'drone-x' }]).map((t) => t.t)).toEqual(['shoot', 'small', 'grei', '@drone-x']);
  });
  it('leaves a particle too far from the verb, or past a clause break, alone', () => {
    expect(terms('they brought the old grey cargo plane down')[0]).toBe('bring');
    expect(terms('they brought supplies, down the valley road')[0]).toBe('bring');
  });
  it('never splits a particle that is a preposition ("called Obama in September" is no summons)', () => {
    expect(terms('Putin called the president in September')[1]).toBe('call');
    expect(terms('the envoy was called in')).toContain('summon');
  });
});

describe('phrasal verbs of asking and aiming (ADR 0235)', () => {
  it('"asked for" is a request, "directed at" a target', () => {
    expect(terms('the president asked for air support')).toEqual(terms('the president requested air support'));
    expect(terms('raids directed at the rebels')).toEqual(terms('raids targeted the rebels'));
    expect(terms('raids directed against the rebels')).toEqual(terms('raids targeted the rebels'));
  });
});
