// One account in words: a corroboration far below the sentence's closest one is another claim's words (ADR 0160).
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';

const engine = createEngine(dataset);
const matches = (text: string) => engine.analyzeText(text).claims.at(-1)?.matches ?? [];

describe("a sentence's closest account", () => {
  const text = "Su-34 bombers hit an IS training camp near Raqqa, Konashenkov said.\n\nThe terrorists' training infrastructure there was destroyed completely, the general said.";
  it('keeps the claim it restates', () => {
    expect(matches(text).find((m) => m.claimId === 'mod-raqqa-training-infrastructure-destroyed')?.relation).toBe('corroborates');
  });
  it('does not also restate a claim that only shares "destroyed completely"', () => {
    expect(matches(text).find((m) => m.claimId === 'mod-warehouse-completely-destroyed')?.relation).not.toBe('corroborates');
  });
});

describe('one figure, one account: the bound decides', () => {
  const rel = (text: string, id: string) => engine.analyzeText(text, { date: '2015-10-02' }).claims.at(-1)?.matches.find((m) => m.claimId === id)?.relation;
  it('reads a bounded toll as the account that bounds it so, not the exact count of the same figure', () => {
    const text = "The Syrian Observatory for Human Rights said Russia's first raids on Islamic State around Raqqa had killed no fewer than 12 jihadists.";
    expect(rel(text, 'sohr-at-least-12-militants-killed-raqqa')).toBe('corroborates');
    expect(rel(text, 'rami-12-isis-killed-raqa-tabqa')).not.toBe('corroborates');
  });
});
