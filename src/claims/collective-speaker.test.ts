// An unnamed collective of states as a speaker is no named stranger (issue 13, speakers). Invented wording.
import { describe, expect, it } from 'vitest';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';
import { unnamedCollective } from './collective-speaker';

describe('unnamedCollective', () => {
  it('reads the West and bloc adjectives before a plural of states or officials', () => {
    for (const p of ['West', 'the West', 'Western governments', 'Gulf and Western states', 'European capitals', 'Arab diplomats,']) expect(unnamedCollective(p)).toBe(true);
  });
  it('is not a person, a group named by a bloc word, or a bloc word inside a longer name', () => {
    for (const p of ['Ahmet Kalin', 'a Western-backed rebel group', 'Western-backed Syrian rebel group', 'Gulf and Western', 'West Point cadets', 'the Western Union']) expect(unnamedCollective(p)).toBe(false);
  });
});

describe('a headline whose speaker is "West"', () => {
  const claim = 'us-allies-accuse-russia-hitting-all-but-is';
  it('restates the accusation it shares its words with', () => {
    expect(relationByRulesAlone('West accuses Russian forces of targeting almost every opposition group except Islamic State', claim)).toBe('corroborates');
  });
  it('while a person the reports do not have, saying the same, still gives no account of it', () => {
    expect(relationByRulesAlone('Ahmet Kalin accuses Russian forces of targeting almost every opposition group except Islamic State', claim)).not.toBe('corroborates');
  });
});
