import { describe, expect, it } from 'vitest';
import { compileActorMatcher } from '../actors/matcher';
import { dataset } from '../dataset/index';
import { compileFamilies } from './families';

const matcher = compileActorMatcher(dataset.actors);
const fam = compileFamilies(dataset, { matcher, actorOf: (m) => m.refersTo ?? m.actorId });

describe('who speaks for whom', () => {
  it("an office in a role links: Konashenkov speaks for the ministry and Russia; Fallon for Britain", () => {
    expect(fam.compatible('igor-konashenkov', 'russia')).toBe(true);
    expect(fam.compatible('fallon', 'britain')).toBe(true);
  });
  it("a stance in a role is no membership: officials sceptical of Russia's targets do not speak for Russia", () => {
    expect(fam.compatible('western-governments', 'russia')).toBe(false);
  });
});
