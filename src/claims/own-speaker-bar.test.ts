// The claimant speaking for itself needs fewer shared words (own-speaker-bar.ts, ADR 0310). Invented wording.
import { describe, expect, it } from 'vitest';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';
import { OWN_SPEAKER, ownSpeakerBar } from './own-speaker-bar';

const CLAIM = 'syrian-diplomat-strikes-useless-uncoordinated';

describe('a sentence its claimant speaks', () => {
  it('corroborates in fewer shared words', () => {
    expect(relationByRulesAlone("Bombing IS will achieve nothing unless Damascus coordinates it, Syria's foreign minister said.", CLAIM)).toBe('corroborates');
  });
  it('the same words from another speaker do not', () => {
    expect(relationByRulesAlone('Bombing IS will achieve nothing unless Damascus coordinates it, a Turkish official said.', CLAIM)).not.toBe('corroborates');
  });
});

describe('ownSpeakerBar', () => {
  const base = { speakerIsClaimant: true, predicateTold: true, lex: 0.46, bar: 0.5, closestOfClaimant: () => true };
  it('lowers the bar only for the claimant itself, telling the predicate, on the closest of its claims', () => {
    expect(ownSpeakerBar(base)).toBe(OWN_SPEAKER);
    expect(ownSpeakerBar({ ...base, speakerIsClaimant: false })).toBe(0.5);
    expect(ownSpeakerBar({ ...base, predicateTold: false })).toBe(0.5);
    expect(ownSpeakerBar({ ...base, closestOfClaimant: () => false })).toBe(0.5);
  });
  it('never raises a bar and asks for the closest claim only when the lower bar decides', () => {
    let asked = 0;
    const closest = (): boolean => (asked++, true);
    expect(ownSpeakerBar({ ...base, bar: 0.3, lex: 0.35, closestOfClaimant: closest })).toBe(0.3);
    expect(ownSpeakerBar({ ...base, lex: 0.3, closestOfClaimant: closest })).toBe(0.5);
    expect(asked).toBe(0);
  });
});
