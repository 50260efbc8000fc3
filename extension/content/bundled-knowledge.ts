/**
 * What the page keeps of the engine: a brief of the bundled dataset (each
 * actor's type, each claim's review — what drawing the worker's answer
 * needs), and the way to the rest. On an article the worker answers the
 * actors and claims (ADR 0095), so the page needs the dataset only for a
 * card, the note form's suggestion or the popup's summary, and the alias
 * matcher only where the worker cannot be reached or the page is not shaped
 * like an article. Both are parts of their own, injected when first asked
 * for (ADR 0150): `content.js` carries neither (they were 222 KB of its
 * 357 KB).
 */
import type { ActorMatcher } from '../../src/actors/matcher';
import type { ActorType, Dataset, Review } from '../../src/dataset/schema';
import type { CardsPart, MatcherPart } from './parts-shelf';
import { injectedPart } from './parts';

/** The brief as JSON text (vite.config.ts, content build): parsed on the first drawing. */
declare const __BUNDLED_BRIEF__: string;

/** What drawing the worker's answer needs of the bundled dataset: which layer each actor and claim sentence goes to. */
export interface DatasetBrief {
  /** actor id → type */
  actorTypes: Record<string, ActorType>;
  /** claim id → its fact-check review, for the claims that have one */
  reviews: Record<string, Review>;
}

export interface BundledKnowledge {
  /** A bundled actor's type (which highlight layer its mentions go to), without the dataset. */
  actorType(id: string): ActorType | undefined;
  /** A bundled claim's review, if it has one (a restatement of a claim rated false is drawn as such), without the dataset. */
  review(id: string): Review | undefined;
  /** The bundled dataset and the card builders. */
  cards(): Promise<CardsPart>;
  /** The alias matcher over the bundled dataset. */
  matcher(): Promise<ActorMatcher>;
}

/** Where the parts come from: injected by the worker in the extension, imported in process in tests and tools. */
export interface PartSource {
  cards(): Promise<CardsPart>;
  matcher(): Promise<MatcherPart>;
  brief(): DatasetBrief;
}

/** The brief of a dataset, as the build writes it for `__BUNDLED_BRIEF__`. */
export function briefOf(dataset: Dataset): DatasetBrief {
  return {
    actorTypes: Object.fromEntries(dataset.actors.map((a) => [a.id, a.type])),
    reviews: Object.fromEntries(dataset.claims.flatMap((c) => (c.review ? [[c.id, c.review]] : []))),
  };
}

export function bundledKnowledge(source: PartSource): BundledKnowledge {
  let brief: { types: Map<string, ActorType>; reviews: Map<string, Review> } | null = null;
  const read = () => {
    const b = source.brief();
    return { types: new Map(Object.entries(b.actorTypes)), reviews: new Map(Object.entries(b.reviews)) };
  };
  let matcher: Promise<ActorMatcher> | null = null;
  return {
    actorType: (id) => (brief ??= read()).types.get(id),
    review: (id) => (brief ??= read()).reviews.get(id),
    cards: () => source.cards(),
    matcher() {
      matcher ??= Promise.all([source.cards(), source.matcher()]).then(([cards, part]) => part.matcher(cards.dataset.actors));
      matcher.catch(() => (matcher = null)); // a failed injection may be asked again
      return matcher;
    },
  };
}

/** What `content.js` uses: the brief it carries, the parts the worker injects. */
export function injectedKnowledge(): BundledKnowledge {
  return bundledKnowledge({
    cards: () => injectedPart('cards'),
    matcher: () => injectedPart('matcher'),
    brief: () => JSON.parse(__BUNDLED_BRIEF__) as DatasetBrief,
  });
}
