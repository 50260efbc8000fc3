import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { dataset } from '../dataset';
import { sharesOnlyWho } from './who-not-what';

const OFFICES = new Set(['secretari', 'state', 'minist']);

describe('sharesOnlyWho', () => {
  it('is true when every shared word is an actor or an office word', () => {
    expect(sharesOnlyWho(['@john-kerry', 'secretari', 'state', 'guard'], new Set(['@john-kerry', 'secretari', 'state', 'meet', 'fridai']), OFFICES, false)).toBe(true);
  });
  it('is false once a word of what happened is shared, or a figure or date agrees, or nothing is shared', () => {
    expect(sharesOnlyWho(['@john-kerry', 'secretari', 'meet'], new Set(['@john-kerry', 'secretari', 'meet']), OFFICES, false)).toBe(false);
    expect(sharesOnlyWho(['@john-kerry', 'secretari'], new Set(['@john-kerry', 'secretari']), OFFICES, true)).toBe(false);
    expect(sharesOnlyWho(['@john-kerry'], new Set(['@john-kerry']), OFFICES, false)).toBe(false);
  });
});

describe('a sentence naming a claim’s actor by his office, saying something else', () => {
  const engine = createEngine(dataset);
  const firm = (text: string) => engine.analyzeText(text).claims.flatMap((c) => c.matches.filter((m) => m.relation !== 'related').map((m) => m.claimId));
  it('does not corroborate the claim (the demo article’s Kerry sentence against the Friday meeting)', () => {
    expect(firm('John Kerry, the US Secretary of State, was more guarded.')).not.toContain('sinirlioglu-to-meet-kerry-friday');
  });
  it('still lets a sentence that tells the meeting corroborate it', () => {
    expect(firm('Sinirlioglu was due to meet US Secretary of State John Kerry later on Friday.')).toContain('sinirlioglu-to-meet-kerry-friday');
  });
});
