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

describe("another state's office", () => {
  const byRole = compileRoleResolver(dataset.actors);
  it('tells one foreign or defence minister from another by whose office the phrase names', () => {
    expect(byRole("Russia's foreign minister")).toBe('sergei-lavrov');
    expect(byRole('the Turkish foreign minister')).toBe('feridun-sinirlioglu');
    expect(byRole('the Syrian foreign minister')).toBe('syrian-foreign-minister');
    expect(byRole('the Russian defence minister')).toBe('sergei-shoigu');
  });
  it('still says nothing for an office no actor of that state holds', () => {
    expect(byRole("France's foreign minister")).toBeUndefined();
    expect(byRole('the German defence minister')).toBeUndefined();
  });
});
