import { describe, expect, it } from 'vitest';
import { ALL_LAYERS } from '../shared/layers';
import { highlightName, highlightSheet } from './highlight-sheet';

describe('highlights.css', () => {
  it('has one ::highlight() rule per layer, under the name the highlighter registers', () => {
    const sheet = highlightSheet(ALL_LAYERS);
    const names = [...sheet.matchAll(/::highlight\(([^)]+)\)/g)].map((m) => m[1]);
    expect(names).toEqual(ALL_LAYERS.map((l) => highlightName(l.layer)));
    expect(new Set(names).size).toBe(ALL_LAYERS.length);
    for (const layer of ALL_LAYERS) expect(sheet).toContain(`:root::highlight(${highlightName(layer.layer)}) { ${layer.css} }`);
  });

  it('holds nothing but those rules, each on the root element alone (it is injected into every page; ADR 0185)', () => {
    const rules = highlightSheet(ALL_LAYERS).trim().split('\n');
    for (const rule of rules) expect(rule).toMatch(/^:root::highlight\(cc-[a-z-]+\) \{ [^{}]+ \}$/);
  });

  it('keeps bare rules in the Firefox build, where a highlight style on the root does not reach other elements', () => {
    const rules = highlightSheet(ALL_LAYERS, 'firefox').trim().split('\n');
    expect(rules).toHaveLength(ALL_LAYERS.length);
    for (const rule of rules) expect(rule).toMatch(/^::highlight\(cc-[a-z-]+\) \{ [^{}]+ \}$/);
    expect(highlightSheet(ALL_LAYERS)).toBe(highlightSheet(ALL_LAYERS, 'chrome'));
  });
});
