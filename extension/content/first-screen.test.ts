// @vitest-environment happy-dom
// The first screen asked apart only where the page is long (ADR 0155): a
// short article is read whole at once, and a second request and drawing
// would cost it more than they save.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SLICE } from '../../src/dataset/slice';
import { packMentions } from '../shared/analysis-packing';
import { answeredFirstScreen, askFirstScreen, isSmallPage, SMALL_PAGE_CHARS } from './first-screen';
import { firstScreenText, readFirstScreen } from './incremental';
import type { Analyzer } from './remote-analysis';

const PARAGRAPH = 'Russian warplanes struck Islamic State positions near Raqqa on Wednesday, the Syrian Observatory for Human Rights said.';
const article = (paragraphs: number) => `<nav>Home</nav><article><h1>Strikes near Raqqa</h1>${Array.from({ length: paragraphs }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('')}</article>`;

function analyzer() {
  const actors = vi.fn<Analyzer['actors']>(() => Promise.resolve({ mentions: [], known: EMPTY_SLICE }));
  return { actors, analyzer: { actors, article: vi.fn(), sentences: vi.fn() } as unknown as Analyzer };
}

const top = { scrollY: 0, innerHeight: 900 };

describe('the first screen', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('is not asked apart on a page shorter than SMALL_PAGE_CHARS', () => {
    document.body.innerHTML = article(Math.floor(SMALL_PAGE_CHARS / PARAGRAPH.length / 2));
    expect(isSmallPage(document)).toBe(true);
    const { actors, analyzer: a } = analyzer();
    expect(askFirstScreen(document, a, top)).toBeNull();
    expect(actors).not.toHaveBeenCalled();
  });

  it('is asked on a longer page, for the top of its article only', () => {
    document.body.innerHTML = article(Math.ceil((2 * SMALL_PAGE_CHARS) / PARAGRAPH.length));
    expect(isSmallPage(document)).toBe(false);
    const { actors, analyzer: a } = analyzer();
    const ask = askFirstScreen(document, a, top);
    expect(ask).not.toBeNull();
    expect(actors).toHaveBeenCalledTimes(1);
    expect(actors.mock.calls[0]![0].length).toBeLessThan(SMALL_PAGE_CHARS / 4);
    ask!.cancel();
  });

  it('is not asked where the reader has scrolled down', () => {
    document.body.innerHTML = article(Math.ceil((2 * SMALL_PAGE_CHARS) / PARAGRAPH.length));
    const { actors, analyzer: a } = analyzer();
    expect(askFirstScreen(document, a, { scrollY: 2_000, innerHeight: 900 })).toBeNull();
    expect(actors).not.toHaveBeenCalled();
  });

  it('takes the bootstrap’s verdict on the page’s size instead of reading it again (ADR 0245)', () => {
    document.body.innerHTML = article(Math.ceil((2 * SMALL_PAGE_CHARS) / PARAGRAPH.length));
    const { actors, analyzer: a } = analyzer();
    expect(askFirstScreen(document, a, top, true)).toBeNull(); // told small: not asked, though it is long
    expect(actors).not.toHaveBeenCalled();
    document.body.innerHTML = article(2);
    const ask = askFirstScreen(document, a, top, false); // told long: asked, though it is short
    expect(actors).toHaveBeenCalledTimes(1);
    ask!.cancel();
  });

  it('is answered from the bootstrap’s start reply without asking the worker (ADR 0245)', async () => {
    document.body.innerHTML = article(Math.ceil((2 * SMALL_PAGE_CHARS) / PARAGRAPH.length));
    const read = readFirstScreen(document)!;
    const text = firstScreenText(read);
    const at = text.indexOf('Raqqa');
    const mention = { actorId: 'raqqa', start: at, end: at + 5, text: 'Raqqa', alias: 'Raqqa' };
    const ask = answeredFirstScreen(read, text, { mentions: packMentions([mention], text), known: EMPTY_SLICE });
    expect(ask.top).toBe(read);
    expect(await ask.answer).toEqual({ mentions: [mention], known: EMPTY_SLICE });
  });
});
