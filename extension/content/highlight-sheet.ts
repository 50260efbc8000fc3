/**
 * The `::highlight()` rules for every layer, as one stylesheet. The build
 * writes it to `highlights.css`, which the manifest injects into pages before
 * their first style pass. Added later from the content script, the same rules
 * made Chromium recompute the style of the whole document (25–57 ms on a
 * 1 MB page, measured here): a `::highlight()` rule invalidates every element.
 */
import type { LayerDef } from '../shared/layers';

/** The registry name of a layer; fixed, because the stylesheet is static. */
export const highlightName = (layer: string): string => `cc-${layer}`;

export function highlightSheet(layers: readonly Pick<LayerDef, 'layer' | 'css'>[]): string {
  return layers.map(({ layer, css }) => `::highlight(${highlightName(layer)}) { ${css} }`).join('\n') + '\n';
}
