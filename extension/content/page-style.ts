/**
 * Styles the content script adds to the page itself. Only the compatibility
 * mode needs any (its `<mark>` elements); the `::highlight()` rules of the
 * Highlight API are injected by the manifest (highlight-sheet.ts). They go
 * into a constructed stylesheet adopted by the document: no element is added
 * to the page for them.
 */
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
