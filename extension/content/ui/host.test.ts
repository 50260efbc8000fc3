// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createListeners } from '../listeners';
import { createUiHost } from './host';

describe('the UI host', () => {
  afterEach(() => document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove()));

  it('holds its style sheet at once by default', () => {
    const ui = createUiHost(document, createListeners({}), { style: 'display: block', css: '.card { color: red }' });
    expect(ui.root.querySelectorAll('style')).toHaveLength(1);
  });

  it('with cssLater, parses no style sheet until addCss(), then one, first in the root (ADR 0415)', () => {
    const ui = createUiHost(document, createListeners({}), { style: 'display: block', css: '.card { color: red }' }, true);
    expect(ui.root.querySelectorAll('style')).toHaveLength(0);
    const panel = document.createElement('div');
    ui.root.append(panel);
    ui.addCss();
    ui.addCss();
    expect(ui.root.querySelectorAll('style')).toHaveLength(1);
    expect(ui.root.firstChild?.nodeName).toBe('STYLE');
    expect(ui.root.querySelector('style')?.textContent).toBe('.card { color: red }');
  });
});
