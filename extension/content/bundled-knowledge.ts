/**
 * What the page keeps of the engine: the bundled dataset, the alias matcher
 * over it and a brief of it (actor types, reviews), each made only when first asked for. On an
 * article the worker answers the actors and claims (ADR 0095), so the page
 * needs the dataset only for a card or the popup's summary, and the matcher
 * only where the worker cannot be reached; evaluating both in `content.js`
 * and reading the matcher's tables cost every article page ~20–40 ms of its
 * main thread (ADR 0110).
 */
import type { ActorMatcher } from '../../src/actors/matcher';
import type { ActorType, Dataset, Review } from '../../src/dataset/schema';
import { bundledMatcher } from './bundled-matcher';

/**
 * The bundled dataset's JSON text, and its brief as JSON text (vite.config.ts,
 * content build): a string literal costs a scan to evaluate, an object
 * literal of the same size a full parse and its objects. The build validated
 * the dataset (scripts/build.mjs).
 */
declare const __BUNDLED_DATASET__: string;
declare const __BUNDLED_BRIEF__: string;

/** What drawing the worker's answer needs of the bundled dataset: which layer each actor and claim sentence goes to. */
export interface DatasetBrief {
  /** actor id → type */
  actorTypes: Record<string, ActorType>;
  /** claim id → its fact-check review, for the claims that have one */
  reviews: Record<string, Review>;
}

export interface BundledKnowledge {
  readonly dataset: Dataset;
  readonly matcher: ActorMatcher;
  /** A bundled actor's type (which highlight layer its mentions go to), without reading the dataset. */
  actorType(id: string): ActorType | undefined;
  /** A bundled claim's review, if it has one (a restatement of a claim rated false is drawn as such), without reading the dataset. */
  review(id: string): Review | undefined;
}

export interface BundledSource {
  dataset(): Dataset;
  /** read from the dataset when not given */
  brief?(): DatasetBrief;
}

/** What the content build wrote (see vite.config.ts). */
const FROM_BUILD: BundledSource = {
  dataset: () => JSON.parse(__BUNDLED_DATASET__) as Dataset,
  brief: () => JSON.parse(__BUNDLED_BRIEF__) as DatasetBrief,
};

/** The brief of a dataset, as the build writes it for `__BUNDLED_BRIEF__`. */
export function briefOf(dataset: Dataset): DatasetBrief {
  return {
    actorTypes: Object.fromEntries(dataset.actors.map((a) => [a.id, a.type])),
    reviews: Object.fromEntries(dataset.claims.flatMap((c) => (c.review ? [[c.id, c.review]] : []))),
  };
}

/** Each part made on first use, once: `dataset` parses the JSON, `matcher` reads the build's tables. */
export function lazyBundledKnowledge(source: BundledSource = FROM_BUILD): BundledKnowledge {
  let dataset: Dataset | null = null;
  let matcher: ActorMatcher | null = null;
  let brief: { types: Map<string, ActorType>; reviews: Map<string, Review> } | null = null;
  const read = () => {
    const b = source.brief ? source.brief() : briefOf(source.dataset());
    return { types: new Map(Object.entries(b.actorTypes)), reviews: new Map(Object.entries(b.reviews)) };
  };
  return {
    get dataset() {
      return (dataset ??= source.dataset());
    },
    get matcher() {
      return (matcher ??= bundledMatcher(this.dataset));
    },
    actorType: (id) => (brief ??= read()).types.get(id),
    review: (id) => (brief ??= read()).reviews.get(id),
  };
}
