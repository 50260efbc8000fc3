/**
 * A hostile news page, as a site (or a script it embeds) would write one to
 * read the reader's notes and act for the reader (issue 12). It runs in the
 * page's own world before Crosscheck starts, and records everything it sees
 * in `window.__attack.log`. Every technique listed in docs/security.md as a
 * threat is tried here; the test then asserts that the log holds nothing of
 * the reader's notes and that nothing the page did changed them.
 */

/** The page's script (classic, in <head>). `guesses` are words the page probes for with window.find(). */
export function attackScript(guesses: readonly string[], options: { keepHiding?: boolean } = {}): string {
  const body = () => {
    const log: string[] = [];
    const keepHiding = document.currentScript!.dataset.keepHiding === 'true';
    const stringify = JSON.stringify;
    const guessList: string[] = JSON.parse(document.currentScript!.dataset.guesses!);
    document.currentScript!.remove(); // the test's words are not the page's text
    const record = (kind: string, value: unknown) => {
      try {
        log.push(`${kind}: ${typeof value === 'string' ? value : stringify(value)}`);
      } catch {
        log.push(`${kind}: (unserialisable)`);
      }
    };
    const stolen: { internals: ElementInternals[]; roots: ShadowRoot[] } = { internals: [], roots: [] };

    // 1. Pre-defined custom elements: whatever name Crosscheck (or another version of it) might use.
    for (const name of ['crosscheck-ui', 'crosscheck-host', 'crosscheck-note', 'crosscheck-frame', 'cc-ui']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            record('upgraded', name);
            try {
              this.attachInternals();
            } catch (e) {
              record('attachInternals failed', String(e));
            }
          }
        },
      );
    }

    // Prototype overrides in the page's world: every shadow root attached, every listener added, every message posted.
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attachShadow.call(this, { ...init, mode: 'open' });
      stolen.roots.push(root);
      record('attachShadow seen', this.localName);
      return root;
    };
    const addEventListener = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const wrapped = typeof listener === 'function' ? function (this: unknown, event: Event) {
        record(`listener ${type}`, (event as KeyboardEvent).key ?? (event as InputEvent).data ?? '');
        return listener.call(this, event);
      } : listener;
      return addEventListener.call(this, type, wrapped, options);
    };
    const postMessage = window.postMessage.bind(window);
    window.postMessage = ((message: unknown, ...rest: [string, Transferable[]?]) => {
      record('postMessage', message);
      return postMessage(message, ...rest);
    }) as typeof window.postMessage;
    const parse = JSON.parse;
    JSON.parse = ((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      record('JSON.parse', text);
      return parse(text, reviver);
    }) as typeof JSON.parse;
    for (const key of ['note', 'tags', 'quote', 'selectors', 'draft']) {
      Object.defineProperty(Object.prototype, key, { set(v) { record(`${key} setter`, v); Object.defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true }); }, configurable: true });
    }
    const attachInternals = HTMLElement.prototype.attachInternals;
    HTMLElement.prototype.attachInternals = function () {
      const internals = attachInternals.call(this);
      stolen.internals.push(internals);
      return internals;
    };

    // 5. Every event the page can hear, at the window, first.
    const events = ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'textInput', 'compositionend', 'paste', 'copy', 'cut', 'focusin', 'focusout', 'selectionchange', 'message', 'click', 'pointerdown', 'pointerup', 'mouseup', 'change', 'submit', 'select'];
    for (const type of events) {
      addEventListener.call(window, type, (event: Event) => {
        const e = event as KeyboardEvent & InputEvent & MessageEvent & { target: Element };
        record(`heard ${type}`, { trusted: e.isTrusted, key: e.key, data: e.data, value: (e.target as HTMLInputElement)?.value, target: (e.target as Element)?.localName, composed: e.composedPath?.().map((n) => (n as Element).localName ?? '').join('>') });
      }, true);
    }

    const host = () => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
    /** What the page can read of Crosscheck's UI. */
    function readUi() {
      for (const el of host()) {
        record('host outerHTML', el.outerHTML);
        record('host shadowRoot', el.shadowRoot ? el.shadowRoot.innerHTML : null);
      }
      for (const internals of stolen.internals) {
        const root = internals.shadowRoot;
        if (!root) continue;
        record('stolen root text', root.textContent);
        record('stolen root html', root.innerHTML);
        for (const el of root.querySelectorAll('*')) for (const name of el.getAttributeNames()) record('stolen attribute', `${name}=${el.getAttribute(name)}`);
      }
      for (const root of stolen.roots) record('attached root', root.innerHTML);
      record('frames', window.frames.length);
      record('html', (document.documentElement as unknown as { getHTML(o: object): string }).getHTML({ serializableShadowRoots: true }));
      record('innerText', document.documentElement.innerText);
    }

    /** 1, 2: every highlighted passage hovered with synthetic pointer events. */
    function hoverHighlights() {
      CSS.highlights.forEach((highlight, name) => {
        highlight.forEach((r) => {
          const range = document.createRange();
          try {
            range.setStart((r as AbstractRange & { startContainer: Node }).startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
          } catch {
            return;
          }
          record('highlight', `${name}: ${range.toString()}`);
          const rect = range.getClientRects()[0];
          if (!rect) return;
          const at = { clientX: rect.left + 2, clientY: rect.top + rect.height / 2, bubbles: true, composed: true };
          document.elementFromPoint(at.clientX, at.clientY)?.dispatchEvent(new PointerEvent('pointermove', at));
          document.dispatchEvent(new PointerEvent('pointermove', at));
        });
      });
    }

    /** 3: synthetic keys and mouse: close what is open, replace the form, step to notes, delete. */
    function actForTheReader() {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
      for (const internals of stolen.internals) {
        for (const button of internals.shadowRoot?.querySelectorAll('button') ?? []) {
          if (/delete|cancel|close|keep/i.test(button.textContent ?? '') || button.getAttribute('aria-label') === 'Close card') button.click();
        }
      }
      for (const el of host()) el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      if (keepHiding || ticks === 3) hide();
    }

    /** 4: hide or restyle Crosscheck's UI, to put a decoy in its place. */
    function hide() {
      for (const el of host()) {
        el.setAttribute('style', 'display:none !important');
        (el as HTMLElement).hidden = true;
        record('hid host, now', getComputedStyle(el).display);
      }
    }

    /** 5: the find bar's API and the selection, probed for the words a note might hold. */
    function probeFind() {
      const active = document.activeElement;
      if (!active || active === document.body) return;
      for (const word of guessList) {
        if ((window as unknown as { find(s: string): boolean }).find(word)) record('find matched', `${word} → ${String(getSelection())}`);
      }
    }

    // 2: another article of the same site, swapped in.
    async function swap(path: string) {
      const html = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.adoptNode(doc.body));
      let canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]');
      if (!canonical) {
        canonical = document.createElement('link');
        canonical.rel = 'canonical';
        document.head.append(canonical);
      }
      canonical.href = new URL(path, location.href).href;
      record('swapped', path);
    }

    let ticks = 0;
    setInterval(() => {
      ticks++;
      hoverHighlights();
      readUi();
      if (ticks % 3 === 0) actForTheReader();
      probeFind();
    }, 150);
    const styleSheet = document.createElement('style');
    styleSheet.textContent = 'crosscheck-ui, html > div, html > :not(head):not(body) { display: none !important; opacity: 0 !important; visibility: hidden !important; pointer-events: none !important; }';
    document.head.append(styleSheet);
    (window as unknown as { __attack: unknown }).__attack = { log, swap, stolen };
  };
  return `<script data-keep-hiding="${options.keepHiding === true}" data-guesses='${JSON.stringify(guesses).replace(/'/g, '&#39;')}'>(${body.toString()})()</script>`;
}
