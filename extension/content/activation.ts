/**
 * Should Crosscheck wake up on this page? On articles (declared or
 * prose-shaped) and on pages that name several actors of the dataset;
 * elsewhere it stays idle and adds nothing to the page.
 */
import type { ActorMatcher } from '../../src/actors/matcher';
import { judgeArticle, readArticleSignals } from '../../src/page/article-detect';
import { buildTextModel, findArticleRoot } from '../../src/text/model';

/** Distinct dataset actors that make an undeclared page worth reading with Crosscheck. */
export const MIN_DISTINCT_ACTORS = 3;
/** Text scanned for actors on pages that do not look like articles. */
const ACTOR_PROBE_CHARS = 200_000;

export function shouldActivate(doc: Document, matcher: ActorMatcher): { active: boolean; reason: string } {
  const verdict = judgeArticle(readArticleSignals(doc));
  if (verdict.article) return { active: true, reason: verdict.reason };
  const text = buildTextModel(findArticleRoot(doc)).text;
  const ids = new Set(matcher.find(text, { to: Math.min(text.length, ACTOR_PROBE_CHARS) }).map((m) => m.refersTo ?? m.actorId));
  if (ids.size >= MIN_DISTINCT_ACTORS) return { active: true, reason: `names ${ids.size} known actors` };
  return { active: false, reason: verdict.reason };
}
