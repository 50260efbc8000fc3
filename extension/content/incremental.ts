/**
 * The first steps of a scan, in time slices: building the text model of the
 * article, and finding actor mentions with the alias matcher alone, so actor
 * highlights can be drawn before the slower claim analysis runs.
 */
import type { ActorMatcher, Mention } from '../../src/actors/matcher';
import { findArticleRoot, textModelBuilder, type TextModel } from '../../src/text/model';
import type { ScanCache } from './scan';
import { createSlicer } from './slicing';
import { stamp } from './trace-stamp';

/** Nodes visited between deadline checks (~0.2–1 ms of work on a news page). */
const NODES_PER_STEP = 400;

/**
 * Text enough to fill the first screen of an article and more (a 1920×1080
 * screen of 16 px text holds ~4,000 characters).
 */
export const FIRST_SCREEN_CHARS = 8_000;

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
  const slicer = createSlicer(undefined, signal);
  const builder = textModelBuilder(findArticleRoot(doc));
  if (firstScreen) stamp('root');
  await slicer.check();
  let pending = firstScreen;
  while (!builder.step(NODES_PER_STEP)) {
    if (pending && builder.length >= FIRST_SCREEN_CHARS) {
      pending(builder.snapshot());
      pending = undefined;
    }
    await slicer.check();
  }
  return builder.finish();
}

/** Actor mentions of every paragraph of a model, at once (the first screen: a few thousand characters). */
export function findActors(model: TextModel, matcher: ActorMatcher): Mention[] {
  const mentions: Mention[] = [];
  for (const paragraph of model.paragraphs) {
    const shift = paragraph.start;
    for (const m of matcher.find(model.text.slice(paragraph.start, paragraph.end))) mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
  }
  return mentions;
}

/**
 * Actor mentions of every paragraph (offsets into the whole text), with the
 * matcher alone. Paragraphs the full scan has already analysed (a rescan)
 * take their mentions from its cache.
 */
export async function scanActors(model: TextModel, matcher: ActorMatcher, cache: ScanCache, signal?: { cancelled: boolean }): Promise<Mention[]> {
  const slicer = createSlicer(undefined, signal);
  const mentions: Mention[] = [];
  const { text } = model;
  for (const paragraph of model.paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    const found = cache.get(body)?.mentions ?? matcher.find(body);
    const shift = paragraph.start;
    for (const m of found) mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
    await slicer.check();
  }
  return mentions;
}
