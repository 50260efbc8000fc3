/**
 * The `::highlight()` rules must live in the page's own style scope (they style
 * the page's text), so they go into a constructed stylesheet adopted by the
 * document: no element is added to the page for them.
 */
import type { Highlighter } from './highlighter';

export interface LayerStyle {
  layer: string;
  css: string;
}

export function installHighlightStyles(highlighter: Highlighter, styles: readonly LayerStyle[], doc: Document = document): void {
  installStyleText(styles.map(({ layer, css }) => `::highlight(${highlighter.cssName(layer)}) { ${css} }`).join('\n'), doc);
}

export function installStyleText(rules: string, doc: Document = document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Pages that freeze or proxy adoptedStyleSheets: fall back to a <style> element.
    const style = doc.createElement('style');
    style.textContent = rules;
    (doc.head ?? doc.documentElement).append(style);
  }
}
