/**
 * A transcript written in plain case, as a ministry's own site writes its minister's press
 * conference (issue 13, who is speaking; ADR 0345). Invented text, the bundled dataset's actors.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';
import { turnLabel } from './transcript-turn';

const engine = createEngine(dataset);
const speakerOf = (text: string, start: string): string | undefined => {
  const c = engine.analyzeText(text).claims.find((x) => x.text.startsWith(start))?.claimant;
  return c ? (c.actorId ?? `words: ${c.text}`) : undefined;
};
const isClaim = (text: string, start: string): boolean => engine.analyzeText(text).claims.some((x) => x.text.startsWith(start));

const transcript = [
  'Sergei Lavrov: Thank you for coming.',
  '',
  'Question: Where did your jets strike this morning?',
  '',
  'Sergei Lavrov: We said plainly that the operation fights terrorists and nobody else. We are not taking sides in a civil war.',
  '',
  'Question: Is that the whole story?',
  '',
  'Sergei Lavrov: Whoever walks and fights like a terrorist is a terrorist.',
].join('\n');

describe('a plain-case turn label speaks for its turn (transcript-turn.ts)', () => {
  it('reads a name that opens two lines as the speaker of its turns', () => {
    expect(speakerOf(transcript, 'We said plainly')).toBe('sergei-lavrov');
    expect(speakerOf(transcript, 'We are not taking sides')).toBe('sergei-lavrov');
  });
  it('makes a known speaker\'s sentence a claim even with no cue of its own', () => {
    expect(isClaim(transcript, 'Whoever walks and fights')).toBe(true);
    expect(speakerOf(transcript, 'Whoever walks and fights')).toBe('sergei-lavrov');
  });
  it('ends the turn at a plain-case question', () => {
    expect(isClaim(transcript, 'Is that the whole story')).toBe(false);
  });
  it('reads no kicker or one-off label as a turn', () => {
    const story = 'Syria Crisis: the jets struck again.\n\nThe ministry said the raids went on.';
    expect(turnLabel(story, { start: 14, end: 36 })).toBeNull();
    const once = 'Sergei Lavrov: the raids are lawful.\n\nOther ministers disagreed.';
    expect(turnLabel(once, { start: 38, end: 64 })).toBeNull();
  });
  it('takes a plain-case label only for a person', () => {
    const ticker = 'Turkish Foreign Ministry: the talks in Geneva begin today.\n\nTurkish Foreign Ministry: the talks in Geneva ended late on Friday.\n\nBoth sides remain far apart on the future of the government in Damascus.';
    expect(isClaim(ticker, 'Both sides remain')).toBe(false);
  });
});
