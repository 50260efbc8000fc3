import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { fixtureDataset } from '../engine/__fixtures__/dataset';
import { contentSpan } from './detect';

const engine = createEngine(fixtureDataset);
const claims = (text: string) => engine.analyzeText(text).claims;
const claimant = (text: string) => {
  const c = claims(text);
  const last = c[c.length - 1]?.claimant;
  return last ? { text: last.text, actorId: last.actorId } : undefined;
};

describe('claim detection', () => {
  it('finds attributions, figures and strike reports; plain sentences are no claims', () => {
    expect(claims('Russia said it would go on.')[0]!.cues).toEqual(['attribution']);
    expect(claims('Twelve militants were killed near Raqqa.')[0]!.cues).toEqual(expect.arrayContaining(['figure', 'strike']));
    expect(claims('Raqqa lies on the Euphrates river.')).toEqual([]);
  });

  it('finds the claimant before the verb, after it, and after "according to"', () => {
    expect(claimant("Russia's defence ministry said its jets hit seven targets.")).toEqual({ text: "Russia's defence ministry", actorId: 'russia-mod' });
    expect(claimant('Russia’s defence ministry said its jets hit seven targets.')).toEqual({ text: 'Russia’s defence ministry', actorId: 'russia-mod' });
    expect(claimant('‘We will go on,’ Putin said.')).toMatchObject({ actorId: 'putin' });
    expect(claimant('"The outcome is very worrisome," said Davutoglu.')).toMatchObject({ actorId: 'davutoglu' });
    expect(claimant('Twelve militants were killed, according to the Syrian Observatory for Human Rights.')).toMatchObject({ actorId: 'sohr' });
  });

  it('reads appositives, lists and auxiliaries in the attribution clause', () => {
    expect(claimant('Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said on Friday that 12 died.')).toMatchObject({ actorId: 'sohr' });
    expect(claimant('Moscow, a key Assad ally, had earlier said its raids destroyed a headquarters.')).toMatchObject({ actorId: 'russia' });
    const c = claims('Seven governments, among them Turkey and the United States, urged Russia to stop.')[0]!;
    expect(c.claimant!.actorIds).toEqual(expect.arrayContaining(['turkey', 'us']));
    expect(c.text.slice(c.content!.start - c.start, c.content!.end - c.start)).toBe('Russia to stop');
  });

  it('resolves generic heads and pronouns', () => {
    expect(claimant('The Russian Defence Ministry spoke first. Then the ministry said its jets hit seven targets.')).toMatchObject({ actorId: 'russia-mod' });
    expect(claimant('Davutoglu spoke to reporters. He said the strikes hit the FSA.')).toMatchObject({ actorId: 'davutoglu' });
    expect(claimant('Putin was cautious: the strikes, he said, would go on.')).toMatchObject({ actorId: 'putin' });
  });

  it('keeps "States" in "United States" from being a verb', () => {
    expect(claims('Turkey and the United States back the rebels.')).toEqual([]);
  });

  it('marks denials', () => {
    expect(claims('Putin rejected allegations that civilians had been killed.')[0]!.polarity).toBe('deny');
    expect(claims('Putin said civilians had been killed.')[0]!.polarity).toBe('affirm');
  });
});

describe('contentSpan', () => {
  const content = (s: string) => {
    const c = contentSpan(s);
    return c ? s.slice(c.start, c.end) : null;
  };
  it('takes a long quotation, the clause after "said that", or before ", X said"', () => {
    expect(content('"The operation has been entirely against the FSA," he said.')).toBe('The operation has been entirely against the FSA,');
    expect(content('Putin rejected allegations that civilians had been killed in raids.')).toBe('civilians had been killed in raids.');
    expect(content('Twelve militants were killed near Raqqa, the monitor said.')).toBe('Twelve militants were killed near Raqqa');
    expect(content('Putin rejected allegations that civilians had been killed in raids, dubbing the reports "information warfare".')).toBe('civilians had been killed in raids');
  });
});
