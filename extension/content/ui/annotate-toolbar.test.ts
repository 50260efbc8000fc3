// @vitest-environment happy-dom
/**
 * The in-page note form when a save fails (quota exceeded, worker gone): the
 * reader reads why, and keeps what they typed. Page text shown in the form
 * and in cards stays text.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/dataset';
import { createLookup } from '../../../src/dataset/lookup';
import { CallError } from '../../shared/messages';
import { createAnnotateToolbar, type AnnotationDraft } from './annotate-toolbar';
import { actorCard, claimCard } from './cards';
import { createUiHost } from './host';

const QUOTA_MESSAGE = 'The browser has no storage space left for Crosscheck. Nothing already saved was lost; free some disk space or export and delete old annotations.';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const rect = { top: 100, bottom: 120, left: 50, right: 250, width: 200, height: 20, x: 50, y: 100, toJSON: () => ({}) } as DOMRect;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(save: (draft: AnnotationDraft) => Promise<void>) {
  document.body.replaceChildren();
  const ui = createUiHost(document);
  const toolbar = createAnnotateToolbar(ui, save);
  const $ = <E extends Element>(selector: string) => ui.root.querySelector<E>(selector);
  return { ui, toolbar, $ };
}

describe('annotate toolbar', () => {
  it('shows the reason a save failed (quota) and keeps the typed note for another try', async () => {
    const drafts: AnnotationDraft[] = [];
    let fail = true;
    const { toolbar, $ } = setup(async (draft) => {
      drafts.push(draft);
      if (fail) throw new CallError('quota', QUOTA_MESSAGE);
    });
    toolbar.openForm(rect, 'the strikes near Raqqa killed 12 militants');
    $<HTMLTextAreaElement>('textarea[name="note"]')!.value = 'my long careful note';
    $<HTMLInputElement>('input[name="tags"]')!.value = 'casualties, sohr';
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();

    const error = $<HTMLElement>('.error[role="alert"]')!;
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe(QUOTA_MESSAGE);
    // Still open, note and tags as typed, Save usable again.
    expect(toolbar.editing).toBe(true);
    expect($<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('my long careful note');
    expect($<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
    expect(drafts[0]).toEqual({ note: 'my long careful note', tags: ['casualties', 'sohr'], color: 'yellow' });

    // Space freed: the same form saves and closes.
    fail = false;
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();
    expect(drafts).toHaveLength(2);
    expect(toolbar.open).toBe(false);
  });

  it('falls back to a plain message when the failure has none', async () => {
    const { toolbar, $ } = setup(async () => {
      throw new Error('');
    });
    toolbar.openForm(rect, 'quote');
    $<HTMLFormElement>('form')!.requestSubmit();
    await tick();
    expect($<HTMLElement>('.error')!.textContent).toBe('Could not save the annotation.');
  });

  it('shows a quote holding markup as text', () => {
    const { toolbar, ui } = setup(async () => {});
    toolbar.openForm(rect, HOSTILE);
    expect(ui.root.querySelector('.quote')!.textContent).toBe(`“${HOSTILE}”`);
    expect(ui.root.querySelectorAll('img, script').length).toBe(0);
  });
});

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
