/**
 * Work the content script puts off until it is needed. It runs on every
 * http(s) page, so what it compiles up front every page pays for, even where
 * Crosscheck stays idle:
 * - the alias matcher is compiled at once (activation and actor highlights
 *   need it), the claim index only when the first claim is analysed, after
 *   the actor highlights are drawn (~60–130 ms cold in Chromium, one task);
 * - the dataset lookup (hover cards, note suggestions) only on first use: it
 *   creates an `Intl.DateTimeFormat`, whose first creation in a page costs
 *   40–57 ms (Chromium 156 here); the lookup as a whole ~45–190 ms cold.
 */
import { compileActorMatcher, type ActorMatcher } from '../../src/actors/matcher';
import type { Dataset } from '../../src/dataset/schema';
import { createLookup, type DatasetLookup } from '../../src/dataset/lookup';
import { createEngine, type Engine } from '../../src/engine';

export function lazyEngine(dataset: Dataset, options: { datasetOf?: (claimId: string) => string; matcher?: ActorMatcher } = {}): Engine {
  const matcher = options.matcher ?? compileActorMatcher(dataset.actors);
  let full: Engine | null = null;
  const engine = (): Engine => (full ??= createEngine(dataset, options.datasetOf ? { matcher, datasetOf: options.datasetOf } : { matcher }));
  return {
    dataset,
    matcher,
    findActors: (text) => engine().findActors(text),
    analyzeText: (text, options) => engine().analyzeText(text, options),
    analyzeSentence: (text, span) => engine().analyzeSentence(text, span),
    beginArticle: (input) => engine().beginArticle(input),
  };
}

export function lazyLookup(dataset: Dataset): DatasetLookup {
  let built: DatasetLookup | null = null;
  const lookup = (): DatasetLookup => (built ??= createLookup(dataset));
  return {
    actor: (id) => lookup().actor(id),
    claim: (id) => lookup().claim(id),
    source: (id) => lookup().source(id),
    claimsBy: (id) => lookup().claimsBy(id),
    claimsAbout: (id) => lookup().claimsAbout(id),
    related: (id) => lookup().related(id),
    claimantName: (claim) => lookup().claimantName(claim),
    sourceLabel: (id) => lookup().sourceLabel(id),
  };
}
