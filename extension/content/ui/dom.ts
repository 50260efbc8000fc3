/**
 * A tiny element builder for in-page UI. Text always goes in as text nodes:
 * page text shown in Crosscheck's UI can never become markup.
 */
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/**
 * The reader's own words (note, tags) in a card, drawn as CSS generated
 * content from an attribute inside the closed shadow root. A page cannot reach
 * the attribute, and generated content is neither found by `window.find()` nor
 * part of a Selection, so a page cannot probe or select its way into it;
 * screen readers still read it. The reader copies notes from the popup or the
 * library. (`.private::before` in styles.ts draws it.)
 */
export function unreadable(text: string, attrs: Attrs = {}, tag: 'span' | 'p' = 'span'): HTMLElement {
  const cls = typeof attrs.class === 'string' ? `${attrs.class} private` : 'private';
  return h(tag, { ...attrs, class: cls, 'data-text': text });
}
