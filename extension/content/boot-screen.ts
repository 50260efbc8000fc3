/**
 * The first screen of a long article, drawn by the bootstrap itself (ADR
 * 0180): it reads the top of the article, sends its text with the request
 * for `content.js`, and draws the worker's answer — spans already split into
 * the actor layers — as StaticRanges in the highlight registry, before
 * `content.js` is even injected. The session takes the drawing over when it
 * starts (`takeBootShelf`) and lets it go once its own layers are drawn; it
 * also takes what the bootstrap read — whether the page is small, the top
 * and its mentions — instead of reading and asking again (ADR 0245).
 *
 * Bundled into `bootstrap.js`: a few hundred bytes, no matcher, no dataset.
 */
import type { TextModel } from '../../src/text/model';
import type { ScreenFound, ScreenLayer } from '../shared/start-content';
import { isSmallPage } from './first-screen';
import { inGiantText } from './giant-text';
import { highlightName } from './highlight-sheet';
import { firstScreenText, readFirstScreen } from './incremental';

/** What the bootstrap drew. */
export interface BootScreen {
  /** The top of the article as read, and the text whose offsets the drawing came from (its start). */
  top: TextModel;
  text: string;
  /** Registry names and the Highlight objects registered under them. */
  drawn: [name: string, highlight: Highlight][];
  /** The worker's mentions in `text` (when it sent them), for the session's hit-testing. */
  found?: ScreenFound;
}

/** What the bootstrap read and drew, shelved in the isolated world for the session (a page cannot see or clobber a symbol-keyed global of ours). */
export interface BootShelf {
  /** Set where the article check said this page is an article (not asked again). */
  article?: true;
  /** `isSmallPage`, where the bootstrap asked it. */
  small?: boolean;
  screen?: BootScreen;
}

const SHELF = Symbol.for('crosscheck.boot-screen');
const world = () => globalThis as unknown as Record<symbol, BootShelf | undefined>;
const shelf = (): BootShelf => (world()[SHELF] ??= {});

/** Shelves the article check's yes for the full script, which does not ask again (ADR 0245). */
export function shelveArticle(): void {
  shelf().article = true;
}

/**
 * The top of the article and its text for the worker, on a page long enough
 * for a first screen apart (ADR 0155); else null. Where the reader is on the
 * page is not asked: at `document_idle` a long page may not be laid out yet,
 * and reading `scrollY` then made the bootstrap lay out the 1 MB bench page
 * itself (a 0.4–0.7 s task at load ~12). A page restored further down gets
 * its top drawn, which the session replaces. Whether it may be drawn at all
 * is `canDrawTop`'s, asked once the request has left (ADR 0315).
 */
export function readTop(doc: Document): { top: TextModel; text: string } | null {
  if ((shelf().small = isSmallPage(doc))) return null;
  const top = readFirstScreen(doc);
  return top ? { top, text: firstScreenText(top) } : null;
}

/**
 * Whether the bootstrap draws the top it read: the Highlight API is there
 * and the page was not opened at an anchor (that one is left to the
 * session). Asked after the request left, while the worker answers (ADR
 * 0315): the first touches of `CSS.highlights`, `Highlight` and `location`
 * in this world (~0.6–0.8 ms at load ~6) are then off the path to the
 * request and out of the drawing's task.
 */
export function canDrawTop(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.StaticRange === 'function' && !!win.CSS?.highlights && win.location.hash.length <= 1;
}

/** Draws the worker's answer for `top` (actor layers only) and shelves it, with the mentions it came with, for the session. */
export function drawTop(top: TextModel, text: string, layers: readonly ScreenLayer[], found?: ScreenFound, win: Window & typeof globalThis = window): void {
  const drawn: BootScreen['drawn'] = [];
  for (const { layer, priority, spans } of layers) {
    if (!/^actor-[a-z]+$/.test(layer)) continue;
    const highlight = new win.Highlight();
    highlight.priority = priority;
    for (let i = 0; i + 1 < spans.length; i += 2) {
      const r = top.rangeFor(spans[i]!, spans[i + 1]!);
      // a giant text node is drawn as boxes by the session (ADR 0105): a highlight there costs every frame
      if (!r || inGiantText(r)) continue;
      try {
        highlight.add(new win.StaticRange(r));
      } catch {
        // a node that changed type since it was read
      }
    }
    const name = highlightName(layer);
    win.CSS.highlights.set(name, highlight);
    drawn.push([name, highlight]);
  }
  shelf().screen = { top, text, drawn, found };
}

/** What the bootstrap read and drew, taken off the shelf (empty when it read nothing). */
export function takeBootShelf(): BootShelf {
  const found = shelf();
  delete world()[SHELF];
  return found;
}

/** Takes off the page what the bootstrap drew and the session has not drawn over. */
export function releaseBootScreen(screen: BootScreen | null, win: Window & typeof globalThis = window): void {
  if (!screen) return;
  for (const [name, highlight] of screen.drawn) {
    if (win.CSS.highlights.get(name) === highlight) win.CSS.highlights.delete(name);
    highlight.clear();
  }
  screen.drawn = [];
}
