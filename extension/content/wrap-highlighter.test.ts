// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../src/text/model';
import { supportsHighlightApi } from './highlighter';
import { MARK_TAG, createWrapHighlighter, unwrapAll } from './wrap-highlighter';

const flush = () => new Promise((r) => setTimeout(r, 0));

function page(html: string) {
  document.body.innerHTML = html;
  return document.body;
}

describe('wrapping fallback highlighter', () => {
  it('is what a browser without the Highlight API gets (happy-dom has none)', () => {
    expect(supportsHighlightApi(window as unknown as Window & typeof globalThis)).toBe(false);
  });

  it('wraps overlapping layers once per stretch, keeps the text, and unwraps back to the original nodes', async () => {
    const root = page('<p>Igor Konashenkov said the <b>camp</b> near Raqqa was hit.</p>');
    const original = [...root.querySelectorAll('p')].map((p) => p.textContent);
    const firstText = root.querySelector('p')!.firstChild;
    const model = buildTextModel(root);
    let drawn = 0;
    const hl = createWrapHighlighter(document, () => drawn++);
    const span = (s: string) => {
      const at = model.text.indexOf(s);
      return model.rangeFor(at, at + s.length)!;
    };
    hl.draw('claim-corroborates', [span('Igor Konashenkov said the camp near Raqqa was hit.')], 1);
    hl.draw('actor-person', [span('Igor Konashenkov')], 2);
    await flush();
    expect(drawn).toBe(1); // one flush for both draws
    const marks = [...root.querySelectorAll(MARK_TAG)].map((m) => [m.textContent, m.getAttribute('data-layers')]);
    expect(marks).toEqual([
      ['Igor Konashenkov', 'claim-corroborates actor-person'],
      [' said the ', 'claim-corroborates'],
      ['camp', 'claim-corroborates'],
      [' near Raqqa was hit.', 'claim-corroborates'],
    ]);
    expect(root.querySelector('p')!.textContent).toBe(original[0]);
    expect(root.querySelector(`b > ${MARK_TAG}`)).not.toBeNull(); // inline markup kept, mark inside it

    unwrapAll(document);
    expect(root.querySelector(MARK_TAG)).toBeNull();
    expect(root.querySelector('p')!.firstChild).toBe(firstText); // the page's own node, rejoined
    expect(root.innerHTML).toBe('<p>Igor Konashenkov said the <b>camp</b> near Raqqa was hit.</p>');
  });

  it('redraws from a fresh model after its own changes, and clears', async () => {
    const root = page('<p>Russia and Turkey disagree.</p>');
    let model = buildTextModel(root);
    const hl = createWrapHighlighter(document, () => (model = buildTextModel(root)));
    const at = (s: string) => model.rangeFor(model.text.indexOf(s), model.text.indexOf(s) + s.length)!;
    hl.draw('actor-org', [at('Russia')]);
    await flush();
    hl.draw('actor-org', [at('Turkey')]); // ranges from the model rebuilt after the first draw
    await flush();
    expect([...root.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['Turkey']);
    hl.clear();
    await flush();
    expect(root.innerHTML).toBe('<p>Russia and Turkey disagree.</p>');
  });
});
