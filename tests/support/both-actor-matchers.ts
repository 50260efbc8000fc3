/**
 * Test oracle: the actor mentions of a text as `actorId:text`, in order, found
 * by the compiled alias matcher and checked against the reference matcher
 * (the two must always agree).
 */
import { expect } from 'vitest';
import { dataset } from '../../src/dataset';
import { compileActorMatcher } from '../../src/actors/matcher';
import { compileReferenceMatcher } from '../../src/actors/reference-matcher';

const matcher = compileActorMatcher(dataset.actors);
const reference = compileReferenceMatcher(dataset.actors);

export function foundByBoth(text: string): string[] {
  const got = matcher.find(text).map((m) => `${m.actorId}:${m.text}`);
  expect(reference.find(text).map((m) => `${m.actorId}:${m.text}`)).toEqual(got);
  return got;
}
