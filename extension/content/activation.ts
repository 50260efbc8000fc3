/**
 * Should Crosscheck wake up on this page? On articles (declared or
 * prose-shaped) and on pages that name several actors of the dataset;
 * elsewhere it stays idle and adds nothing to the page.
 */
import type { ActorMatcher } from '../../src/actors/matcher';
import { judgeArticle, readArticleSignals } from '../../src/page/article-detect';
import { buildTextModel, findArticleRoot } from '../../src/text/model';

import { actorsNamed, GATE_PROBE_CHARS as ACTOR_PROBE_CHARS, MIN_DISTINCT_ACTORS } from './activation-gate';

// The bootstrap (ADR 0051) asks the same question first, without the matcher: its gate lets through every page this passes.
export { MIN_DISTINCT_ACTORS };

/**
 * `matcher` is asked for only where the page is not shaped like an article
 * (ADR 0150: it is a part of its own, injected then); an article is answered
 * in the same task. `article`: the bootstrap's article check said yes
 * moments before (ADR 0245), and is not run again.
 */
export async function shouldActivate(doc: Document, matcher: () => Promise<ActorMatcher>, article = false): Promise<{ active: boolean; reason: string }> {
  if (article) return { active: true, reason: 'an article (the bootstrap’s check)' };
  const verdict = judgeArticle(readArticleSignals(doc));
  if (verdict.article) return { active: true, reason: verdict.reason };
  const found = await matcher();
  const text = buildTextModel(findArticleRoot(doc)).text;
  // actors named as the dataset spells them, as the bootstrap's gate counts them: "Moscow said" names Moscow
  // (not a second actor for Russia); "Raqqah", found by its transliteration key, is drawn but not counted
  const ids = actorsNamed(found.find(text, { to: Math.min(text.length, ACTOR_PROBE_CHARS) }));
  if (ids.size >= MIN_DISTINCT_ACTORS) return { active: true, reason: `names ${ids.size} known actors` };
  return { active: false, reason: verdict.reason };
}
