// A surname alone names the person the page named in full before it (surname-speaker.ts, ADR 0310). Invented wording.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';
import type { Mention } from '../actors/matcher';
import { surnameSpeaker } from './surname-speaker';

const engine = createEngine(dataset, { promote: false });
const lastClaimant = (text: string) => engine.analyzeText(text).claims.at(-1)?.claimant;

describe('a surname alone as the speaker', () => {
  it('is the person the page named in full before it', () => {
    const text = 'Ash Carter, the US defence secretary, spoke to reporters in Rome on Monday. According to Carter, the raids missed the jihadists almost entirely.';
    expect(lastClaimant(text)?.actorId).toBe('ashton-carter');
  });
  it('is no one known on a page that never named the person in full', () => {
    expect(lastClaimant('According to Carter, the raids missed the jihadists almost entirely.')?.actorId).toBeUndefined();
  });
  it('is no one when two people the page named share the surname, or the words are no surname', () => {
    const m = (start: number, text: string, actorId: string): Mention => ({ start, end: start + text.length, text, actorId }) as Mention;
    const two = [m(0, 'Ann Smith', 'ann'), m(20, 'Bob Smith', 'bob')];
    const person = (): boolean => true;
    expect(surnameSpeaker('Smith', 100, two, (x) => x.actorId, person)).toBeUndefined();
    expect(surnameSpeaker('Smith', 100, two.slice(0, 1), (x) => x.actorId, person)).toBe('ann');
    expect(surnameSpeaker('Mr Smith', 100, two.slice(0, 1), (x) => x.actorId, person)).toBe('ann');
    expect(surnameSpeaker('the ministry', 100, two.slice(0, 1), (x) => x.actorId, person)).toBeUndefined();
    expect(surnameSpeaker('Smith', 0, two, (x) => x.actorId, person)).toBeUndefined();
  });
  it('reads the same answer from an array of mentions it read before, and again from one grown since (ADR 0410)', () => {
    const m = (start: number, text: string, actorId: string): Mention => ({ start, end: start + text.length, text, actorId }) as Mention;
    const mentions = [m(0, 'Ann Smith', 'ann'), m(20, 'Moscow', 'moscow')];
    const person = (id: string): boolean => id !== 'moscow';
    expect(surnameSpeaker('Smith', 100, mentions, (x) => x.actorId, person)).toBe('ann');
    expect(surnameSpeaker('Smith', 100, mentions, (x) => x.actorId, person)).toBe('ann');
    expect(surnameSpeaker('Jones', 100, mentions, (x) => x.actorId, person)).toBeUndefined();
    mentions.push(m(40, 'Cy Jones', 'cy'));
    expect(surnameSpeaker('Jones', 100, mentions, (x) => x.actorId, person)).toBe('cy');
    // a single word is no full name, in any case
    expect(surnameSpeaker('Moscow', 100, mentions, (x) => x.actorId, () => true)).toBeUndefined();
  });
});
