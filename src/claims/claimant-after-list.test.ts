import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { fixtureDataset } from '../engine/__fixtures__/dataset';

const engine = createEngine(fixtureDataset);
const claimant = (text: string) => {
  const last = engine.analyzeText(text).claims.at(-1)?.claimant;
  return last ? { text: last.text, actorIds: last.actorIds } : undefined;
};

describe('the speaker after a list appositive (issue 13, speakers)', () => {
  it('is the phrase after the last comma, not the list before it', () => {
    // the whole sentence was read as the speaker and its first actor (the place, the target) spoke
    expect(claimant('Jets hit 12 targets overnight, including a command post near Raqqa, the ministry said.')?.text).toBe('the ministry');
    expect(claimant('Jets hit 12 targets overnight, among them a camp near Raqqa, Russia said.')?.text).toBe('Russia');
  });

  it('still reads a list inside the speaker phrase', () => {
    const c = claimant('Seven governments, among them Turkey, Britain and the United States, urged Russia to stop.');
    expect(c?.actorIds).toEqual(expect.arrayContaining(['turkey', 'us']));
  });
});
