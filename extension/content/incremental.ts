/**
 * The first steps of a scan, in time slices: building the text model of the
 * article, and finding actor mentions with the alias matcher alone, so actor
 * highlights can be drawn before the slower claim analysis runs.
 */
import type { ActorMatcher, Mention } from '../../src/actors/matcher';
import { CONTAINER_SELECTORS, findArticleRootSliced, isSkipped, textModelBuilder, type TextModel } from '../../src/text/model';
import { Cancelled, createSlicer, yieldToPage } from './slicing';

/** Nodes visited between deadline checks (~0.2–1 ms of work on a news page). */
const NODES_PER_STEP = 400;

/**
 * Text enough to fill the first screen of an article and more (a 1920×1080
 * screen of 16 px text holds ~4,000 characters).
 */
export const FIRST_SCREEN_CHARS = 8_000;

/** Of one text node, the first screen reads at most this much (it draws the actors of twice `FIRST_SCREEN_CHARS`). */
const FIRST_NODE_CHARS = 4 * FIRST_SCREEN_CHARS;

export interface FirstScreen {
  /** Called once, mid-walk, with the paragraphs read so far (at least `FIRST_SCREEN_CHARS`), when the page is longer than that. */
  (top: TextModel): void;
}

/**
 * `buildTextModel(findArticleRoot(doc))`, yielding to the page between
 * slices. On a long page, `firstScreen` gets the top of the article as soon
 * as it is read, so what the reader sees can be drawn before the rest is.
 */
export async function buildModelSliced(doc: Document, signal?: { cancelled: boolean }, firstScreen?: FirstScreen): Promise<TextModel> {
  // Finding the article root reads every paragraph's length (~10–25 ms on 1 MB, one task until ADR 0390):
  // in slices of its own, not added to the caller's task (the session's start) nor to the walk's first slice.
  await yieldToPage();
  if (signal?.cancelled) throw new Cancelled();
  const finding = createSlicer(undefined, signal);
  const root = await findArticleRootSliced(doc, () => finding.check());
  await yieldToPage();
  if (signal?.cancelled) throw new Cancelled();
  const slicer = createSlicer(undefined, signal);
  const builder = textModelBuilder(root);
  let pending = firstScreen;
  while (!builder.step(NODES_PER_STEP)) {
    if (pending && builder.length >= FIRST_SCREEN_CHARS) {
      pending(builder.snapshot());
      pending = undefined;
    }
    await slicer.check();
  }
  // joining a long text (~10 ms of 1 MB under load) starts a task rather than ending the walk's last slice (ADR 0390)
  if (builder.length > JOIN_APART_CHARS) {
    await yieldToPage();
    if (signal?.cancelled) throw new Cancelled();
  }
  return builder.finish();
}

/** Above this many characters, the model's text is joined in a task of its own. */
const JOIN_APART_CHARS = 200_000;

/** Where the article most likely is, found without reading the page's text. */
function likelyArticleElement(doc: Document): Element | null {
  for (const selector of CONTAINER_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && !isSkipped(el)) return el;
  }
  return null;
}

/**
 * The top of the article, read at once from the element it most likely is
 * in (the whole article when it is short). Finding the article root for sure
 * reads every paragraph of the page (~25 ms on 1 MB, more on a busy machine)
 * and the sliced walk yields to the page between slices; the reader's first
 * screen need not wait for either. Should the guess be wrong, the full pass
 * replaces what it drew moments later. Null on pages with no such element:
 * there the full walk hands its first screen over as it goes.
 */
export function readFirstScreen(doc: Document): TextModel | null {
  const el = likelyArticleElement(doc);
  if (!el) return null;
  // a text node of megabytes is read only as far as the first screens need (the full pass reads it all)
  const builder = textModelBuilder(el, { maxNodeChars: FIRST_NODE_CHARS });
  // small steps: stop close to the mark
  while (!builder.step(32)) if (builder.length >= FIRST_SCREEN_CHARS) return builder.snapshot();
  return builder.finish();
}

/**
 * The text of the first screen's paragraphs, sent to the worker for their
 * actors (ADR 0110): up to about twice `FIRST_SCREEN_CHARS`, cut at a space
 * (a first paragraph that is one text node of megabytes is read in full by
 * the sliced pass, not sent here). Offsets into it are offsets into `model`.
 */
export function firstScreenText(model: TextModel): string {
  const limit = 2 * FIRST_SCREEN_CHARS;
  if (model.text.length <= limit) return model.text;
  const space = model.text.lastIndexOf(' ', limit);
  return model.text.slice(0, space > 0 ? space : limit);
}

/**
 * Actor mentions of every paragraph (offsets into the whole text), with the
 * matcher alone: the first quick drawing. The article scan (scan.ts) then
 * replaces them with the article-wide reading (one sense per text).
 */
export async function scanActors(model: TextModel, matcher: ActorMatcher, signal?: { cancelled: boolean }): Promise<Mention[]> {
  const slicer = createSlicer(undefined, signal);
  const mentions: Mention[] = [];
  const { text } = model;
  for (const paragraph of model.paragraphs) {
    for (const [from, to, end] of pieces(text, paragraph.start, paragraph.end)) {
      const last = mentions[mentions.length - 1];
      for (const m of matcher.find(text.slice(from, end))) {
        const start = m.start + from;
        // a piece's mentions start before its cut (the overlap only completes them) and after the previous piece's last
        if (start >= to || (last && start < last.end && last.end > from)) continue;
        mentions.push({ ...m, start, end: m.end + from });
      }
      await slicer.check();
    }
  }
  return mentions;
}

/** A paragraph longer than this (one text node of megabytes) is matched in pieces, a slice each. */
export const PIECE_CHARS = 100_000;
/** Each piece is read this far past its cut, so a name across the cut is found whole (aliases are far shorter). */
const PIECE_OVERLAP = 400;

/** [from, to, end): the pieces of text[start, end), cut after whitespace; each read up to `end` (its cut plus the overlap). */
function pieces(text: string, start: number, end: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let from = start; from < end; ) {
    let to = Math.min(end, from + PIECE_CHARS);
    if (to < end) {
      const space = text.lastIndexOf(' ', to);
      if (space > from) to = space + 1;
    }
    out.push([from, to, Math.min(end, to + PIECE_OVERLAP)]);
    from = to;
  }
  return out;
}
