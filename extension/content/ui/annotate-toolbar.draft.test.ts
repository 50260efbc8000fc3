// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createAnnotateToolbar, parseTags, type AnnotationDraft } from './annotate-toolbar';
import type { UiHost } from './host';

function host(): UiHost {
  const el = document.createElement('div');
  document.body.append(el);
  const root = el.attachShadow({ mode: 'open' });
  return { root, host: el, contains: () => false };
}

const rect = new DOMRect(10, 10, 100, 20);

describe('annotate toolbar: tags, colour and claim link', () => {
  it('parses tags: commas, hashes and new lines, trimmed and unique', () => {
    expect(parseTags(' casualties, #sohr,\nsohr ,, Raqqa  strikes ')).toEqual(['casualties', 'sohr', 'Raqqa strikes']);
  });

  it('saves note, tags, colour and the suggested claim link', async () => {
    const ui = host();
    const saved: AnnotationDraft[] = [];
    const toolbar = createAnnotateToolbar(ui, async (d) => void saved.push(d));
    toolbar.offer(rect, 'killed 12 militants', { claimId: 'sohr-12', statement: 'At least 12 militants were killed.', relation: 'corroborates' });
    (ui.root.querySelector('[data-action="annotate"]') as HTMLButtonElement).click();
    (ui.root.querySelector('textarea') as HTMLTextAreaElement).value = ' my note ';
    (ui.root.querySelector('input[name="tags"]') as HTMLInputElement).value = 'a, b';
    (ui.root.querySelector('[data-color="green"]') as HTMLButtonElement).click();
    expect((ui.root.querySelector('input[name="link-claim"]') as HTMLInputElement).checked).toBe(true);
    ui.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual([{ note: 'my note', tags: ['a', 'b'], color: 'green', claimId: 'sohr-12' }]);
    expect(toolbar.open).toBe(false);
  });
});
