import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { compileRoleResolver } from './roles';

describe('claimant from the dataset roles', () => {
  const byRole = compileRoleResolver(dataset.actors);
  it('resolves an office or role phrase to the one actor it describes', () => {
    expect(byRole('the head of the foreign affairs committee of the lower house of Russia\'s parliament')).toBe('duma-foreign-affairs-chief');
    expect(byRole('a Putin ally')).toBe('duma-foreign-affairs-chief');
    expect(byRole('Pentagon spokesman Peter Cook')).toBe('peter-cook');
  });
  it('says nothing when only generic words or several actors fit', () => {
    expect(byRole('a senior official')).toBeUndefined();
    expect(byRole('the spokesman')).toBeUndefined();
    expect(byRole('US envoy')).toBeUndefined();
  });
});

describe('states in role phrases', () => {
  const byRole = compileRoleResolver(dataset.actors);
  it('reads a state name and its demonym as one word', () => {
    expect(byRole("Britain's defence secretary")).toBe('fallon');
    expect(byRole('the UK foreign secretary')).toBe('philip-hammond');
  });
  it('never resolves on a state word alone', () => {
    expect(byRole('Russian officials')).toBeUndefined();
    expect(byRole('a Russian official')).toBeUndefined();
  });
});
