// @vitest-environment happy-dom
/**
 * Page text shown in the in-page cards stays text. (The note form moved into
 * the note frame: extension/note-frame/app.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/dataset';
import { createLookup } from '../../../src/dataset/lookup';
import { actorCard, claimCard } from './cards';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('cards', () => {
  it('show a dataset whose names, roles, statements, reasons and quotes hold markup as text', () => {
    const data = structuredClone(dataset);
    const claim = data.claims.find((c) => c.claimant && data.claims.some((o) => o !== c && o.claimant === c.claimant))!;
    const actor = data.actors.find((a) => a.id === claim.claimant)!;
    actor.name = `Actor ${HOSTILE}`;
    actor.role = `Role ${HOSTILE}`;
    claim.statement = `Statement ${HOSTILE}`;
    for (const e of claim.evidence) e.quote = `Quote ${HOSTILE}`;
    const lookup = createLookup(data);
    const cards = [actorCard(actor, lookup), claimCard({ text: 'x', matches: [{ claimId: claim.id, relation: 'corroborates', score: 0.9, reason: `same account; source: Reason ${HOSTILE}` }] }, lookup)];
    for (const card of cards) {
      expect(card.querySelectorAll('img, script').length).toBe(0);
      expect(card.textContent).toContain(HOSTILE);
    }
    expect(cards[1]!.textContent).toContain(`Statement ${HOSTILE}`);
    expect(cards[1]!.textContent).toContain(`Reason ${HOSTILE}`);
    expect(cards[1]!.textContent).toContain(`Quote ${HOSTILE}`);
  });

  it('show a claimant holding markup as text', () => {
    const lookup = createLookup(dataset);
    const card = claimCard({ text: `He said ${HOSTILE}`, claimant: HOSTILE, claimantId: 'x', matches: [] }, lookup);
    expect(card.querySelector('.claimant')!.textContent).toBe(`Claimed by: ${HOSTILE}`);
    expect(card.querySelectorAll('img, script').length).toBe(0);
  });
});
