// @vitest-environment happy-dom
// The full script's activation check (ADR 0245): where the bootstrap's article check already said
// yes, it is not run again, and the alias matcher (a part of its own, ADR 0150) is never asked for.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorMatcher } from '../../src/actors/matcher';
import { shouldActivate } from './activation';

const noMatcher = () => vi.fn<() => Promise<ActorMatcher>>(() => Promise.reject(new Error('the matcher was asked for')));

describe('shouldActivate', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('takes the bootstrap’s yes without reading the page again', async () => {
    document.body.innerHTML = '<p>A shop.</p>';
    const matcher = noMatcher();
    expect((await shouldActivate(document, matcher, true)).active).toBe(true);
    expect(matcher).not.toHaveBeenCalled();
  });

  it('without it, reads the page: a page that is no article asks the matcher', async () => {
    document.body.innerHTML = '<p>A shop.</p>';
    const matcher = noMatcher();
    await expect(shouldActivate(document, matcher)).rejects.toThrow('the matcher was asked for');
    expect(matcher).toHaveBeenCalledTimes(1);
  });
});
