// @vitest-environment happy-dom
// The bootstrap's first screen (ADR 0180): what it reads for the worker, and
// whether it may draw the answer. Since ADR 0315 the reading no longer asks
// about the Highlight API or the page's anchor (those are looked up after the
// request left), so the two are told apart here.
import { afterEach, describe, expect, it } from 'vitest';
import { canDrawTop, readTop, takeBootShelf } from './boot-screen';
import { SMALL_PAGE_CHARS } from './first-screen';

const PARAGRAPH = 'Russian warplanes struck Islamic State positions near Raqqa on Wednesday, the Syrian Observatory for Human Rights said.';
const article = (paragraphs: number) => `<nav>Home</nav><article><h1>Strikes near Raqqa</h1>${Array.from({ length: paragraphs }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('')}</article>`;
const long = () => article(Math.ceil((2 * SMALL_PAGE_CHARS) / PARAGRAPH.length));

/** A window as `canDrawTop` reads it: the Highlight API present or not, and the address's anchor. */
function fakeWindow(options: { highlight: boolean; hash: string }) {
  const api = options.highlight ? { Highlight: class {}, StaticRange: class {}, CSS: { highlights: new Map() } } : { CSS: {} };
  return { ...api, location: { hash: options.hash } } as unknown as Window & typeof globalThis;
}

describe('the bootstrap’s top', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    takeBootShelf();
  });

  it('is read on a long article whether or not it can be drawn (asked after the request left)', () => {
    document.body.innerHTML = long();
    const read = readTop(document);
    expect(read).not.toBeNull();
    expect(read!.text.startsWith('Strikes near Raqqa')).toBe(true);
    expect(read!.text.length).toBeLessThan(SMALL_PAGE_CHARS / 4);
    expect(takeBootShelf().small).toBe(false);
  });

  it('is not read on a short article, and the shelf says the page is small', () => {
    document.body.innerHTML = article(3);
    expect(readTop(document)).toBeNull();
    expect(takeBootShelf().small).toBe(true);
  });

  it('is drawn only with the Highlight API and where the page was not opened at an anchor', () => {
    expect(canDrawTop(fakeWindow({ highlight: true, hash: '' }))).toBe(true);
    expect(canDrawTop(fakeWindow({ highlight: true, hash: '#' }))).toBe(true);
    expect(canDrawTop(fakeWindow({ highlight: true, hash: '#comments' }))).toBe(false);
    expect(canDrawTop(fakeWindow({ highlight: false, hash: '' }))).toBe(false);
  });
});
