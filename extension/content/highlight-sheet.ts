/**
 * The `::highlight()` rules for every layer, as one stylesheet. The build
 * writes it to `highlights.css`, which the manifest injects into pages before
 * their first style pass. Added later from the content script, the same rules
 * made Chromium recompute the style of the whole document (25–57 ms on a
 * 1 MB page, measured here): a `::highlight()` rule invalidates every element.
 *
 * Each rule is on the root element alone (`:root::highlight(…)`): a highlight
 * pseudo-element takes every property its own rules leave unset from the same
 * highlight of its element's parent, inherited or not (CSS Pseudo 4, the
 * highlight cascade), so text anywhere in the page paints the root's style.
 * A bare `::highlight()` rule matched every element instead, and Chromium then
 * resolved each of the sixteen highlight styles of every element it styled, on
 * every page the reader opens (ADR 0185: ~3–4 ms of style time in the bench's
 * edit workload on the 1 MB page, none with the root's rules).
 *
 * Firefox (153 ESR, checked with a headless screenshot) does not carry the
 * root's highlight style to the text of other elements: its build keeps the
 * bare rules, which Firefox needs for anything to show.
 */
import type { LayerDef } from '../shared/layers';

/** The registry name of a layer; fixed, because the stylesheet is static. */
export const highlightName = (layer: string): string => `cc-${layer}`;

/** The browsers the build targets (scripts/build.mjs). */
export type SheetBrowser = 'chrome' | 'firefox';

export function highlightSheet(layers: readonly Pick<LayerDef, 'layer' | 'css'>[], browser: SheetBrowser = 'chrome'): string {
  const on = browser === 'firefox' ? '' : ':root';
  return layers.map(({ layer, css }) => `${on}::highlight(${highlightName(layer)}) { ${css} }`).join('\n') + '\n';
}
