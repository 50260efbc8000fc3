// The proposition readers' runner (proposition-readers.ts): cues first, then each cued reader in order, each
// seeing what those before it read. Readers here are small stand-ins; the real ones are tested through the engine.
import { describe, expect, it } from 'vitest';
import { type PropositionReader, PropositionReaders } from './proposition-readers';
import type { CueView, PropositionSentence } from './proposition-sentence';
import { SentenceMatches } from './sentence-matches';

const view: CueView = { folded: 'the ministry said its jets hit the depot', terms: new Set(), absent: [], named: new Set() };

function reader(name: string, cue: (v: CueView) => boolean, read: (s: PropositionSentence) => ReturnType<PropositionReader['read']>): PropositionReader<true> {
  return { name, cue: (v) => (cue(v) ? true : undefined), read: (_c, s) => read(s) };
}

describe('PropositionReaders', () => {
  it('asks only the readers whose cue fired, and none when no cue does', () => {
    const readers = new PropositionReaders([reader('a', () => false, () => ({ readings: [] })), reader('b', (v) => v.folded.includes('depot'), () => ({ readings: [] }))]);
    expect(readers.cues(view)?.map((c) => c.reader.name)).toEqual(['b']);
    expect(readers.cues({ ...view, folded: 'nothing here' })).toBeUndefined();
  });

  it('adds each reader’s readings before the next one reads, holds back what it shows to be another’s, and traces them', () => {
    const matches = new SentenceMatches();
    matches.out.push({ claimId: 'words', relation: 'corroborates', score: 0.7, reason: 'same account' });
    let seenBySecond: string[] = [];
    const readers = new PropositionReaders([
      reader('first', () => true, () => ({ readings: [{ claimId: 'x', relation: 'corroborates', reason: 'same account', anchors: true, by: 'rule-x' }], heldBack: ['words'] })),
      reader('second', () => true, (s) => {
        seenBySecond = s.firm().filter((m) => m.relation !== 'related').map((m) => m.claimId);
        return { readings: [{ claimId: 'y', relation: 'contradicts', reason: 'opposite account', anchors: false }] };
      }),
    ]);
    const traced: string[] = [];
    const sentence = { firm: () => matches.out } as unknown as PropositionSentence;
    readers.read(readers.cues(view)!, sentence, matches, 'The ministry said its jets hit the depot', (e) => traced.push(`${e.claimId}:${e.relation}:${e.flags.join()}`));
    expect(seenBySecond).toEqual(['x']);
    expect(matches.out.map((m) => `${m.claimId}:${m.relation}`)).toEqual(['words:related', 'x:corroborates', 'y:contradicts']);
    expect(matches.anchored.has('x')).toBe(true);
    expect(traced).toEqual(['x:corroborates:rule-x', 'y:contradicts:second']);
  });
});
