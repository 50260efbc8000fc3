import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { fixtureDataset } from '../engine/__fixtures__/dataset';
import { contentSpan } from './detect';
import { dataset } from '../dataset/index';

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

describe('claimant resolution on the bundled dataset (issue 13, class 4)', () => {
  const real = createEngine(dataset);
  const speakers = (text: string) => real.analyzeText(text).claims.map((c) => c.claimant?.actorId);
  const last = (text: string) => speakers(text).at(-1);

  it('reads an office from the dataset roles when the phrase says whose it is', () => {
    expect(last("Only one strike in 20 hit IS, Britain's defence secretary said.")).toBe('fallon');
    expect(last("According to the UK's Defence Secretary, Michael Fallon, only one strike in 20 hit IS.")).toBe('fallon');
  });

  it('leaves an office that names no state to the people the article names', () => {
    expect(last('Citing intelligence, the prime minister said he had grounded all flights.')).toBeUndefined();
    expect(last('Davutoglu spoke in Ankara. Later the prime minister said Turkey would respond.')).toBe('ahmet-davutoglu');
  });

  it('never reads a person the dataset does not know as another who shares a word of their role', () => {
    expect(last("US Senator John McCain said Russia's first strikes had hit the Free Syrian Army.")).not.toBe('john-kerry');
    expect(last('Russian Deputy Defense Minister Anatoly Antonov said the operation would go on.')).toBeUndefined();
  });

  it('never makes a place or a weapon the speaker; a capital speaks for its state', () => {
    expect(last("Western airstrikes in Syria are not working, Raqqa activists say.")).toBeUndefined();
    expect(last('Sources in Raqqa told a Lebanese paper the fighters were moving out.')).toBeUndefined();
    expect(last('NATO condemned the entry of Russian Su-24 jets into Turkish airspace.')).not.toBe('su-24');
    expect(last('Ankara asked Moscow to halt the operation at once, a Turkish spokesperson said.')).toBe('turkey');
  });

  it('finds the speaker after a relative pronoun', () => {
    expect(last('Russian air strikes in north-west Syria that Moscow said were aimed at Islamic State hit a rebel group.')).toBe('russia');
  });

  it('gives "he said" to the last speaker, not to a person the sentence is about', () => {
    expect(last('Davutoglu told reporters that only two of 57 strikes hit IS. The other 55 hit other enemies of Syrian President Bashar al-Assad, he said.')).toBe('ahmet-davutoglu');
    // the last speaker is a person the dataset does not know: nobody it knows
    expect(last("Anne Patterson, the top diplomat for the region, told lawmakers most strikes hit rebels. Moscow's main purpose, she said, is to keep the Assad regime in power.")).toBeUndefined();
  });

  it('reads "X, the spokesman said" as the spokesman, not the whole clause before', () => {
    expect(last('Turkey had no problem with Russian strikes on IS, the spokesman said.')).not.toBe('russian-ambassador-to-turkey');
  });
});
