import { describe, expect, it } from 'vitest';
import { ACTOR_LAYERS, CLAIM_LAYERS } from './layers';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('highlight layers', () => {
  it.each([...ACTOR_LAYERS, ...CLAIM_LAYERS].map((l) => [l.layer, l.line] as const))('%s underline (%s) has ≥ 3:1 contrast on light and dark pages', (_layer, line) => {
    expect(contrast(line, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(line, '#121212')).toBeGreaterThanOrEqual(3);
  });

  it('never relies on colour alone: every layer of a kind has its own underline style', () => {
    for (const layers of [ACTOR_LAYERS, CLAIM_LAYERS]) {
      const styles = layers.map((l) => /text-decoration: ([^#]+)/.exec(l.css)![1]!.trim());
      expect(new Set(styles).size).toBe(layers.length);
    }
  });
});
