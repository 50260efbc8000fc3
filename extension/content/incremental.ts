/**
 * The first steps of a scan, in time slices: building the text model of the
 * article, and finding actor mentions with the alias matcher alone, so actor
 * highlights can be drawn before the slower claim analysis runs.
 */
import type { ActorMatcher, Mention } from '../../src/actors/matcher';
import { findArticleRoot, textModelBuilder, type TextModel } from '../../src/text/model';
import type { ScanCache } from './scan';
import { createSlicer } from './slicing';

/** Nodes visited between deadline checks (~0.2–1 ms of work on a news page). */
const NODES_PER_STEP = 400;

/** `buildTextModel(findArticleRoot(doc))`, yielding to the page between slices. */
export async function buildModelSliced(doc: Document, signal?: { cancelled: boolean }): Promise<TextModel> {
  const slicer = createSlicer(undefined, signal);
  const builder = textModelBuilder(findArticleRoot(doc));
  await slicer.check();
  while (!builder.step(NODES_PER_STEP)) await slicer.check();
  return builder.finish();
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
