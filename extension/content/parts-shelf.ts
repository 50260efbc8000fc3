/**
 * Where the parts of the content script kept out of `content.js` (ADR 0150)
 * leave what they provide: a symbol-keyed property of the content scripts'
 * isolated world, which the page cannot see (its own world has no access to
 * ours) nor clobber with a named element. No imports: every part script
 * bundles this file, and it must stay a few lines.
 */
import type { ActorMatcher } from '../../src/actors/matcher';
import type { Actor, Dataset } from '../../src/dataset/schema';
import type { actorCard, claimCard } from './ui/cards';

/** content-cards.js: the bundled dataset and the hover cards built from it. */
export interface CardsPart {
  /** The bundled dataset, parsed on first read. */
  readonly dataset: Dataset;
  actorCard: typeof actorCard;
  claimCard: typeof claimCard;
}

/** content-matcher.js: the alias matcher, read from the build's tables. */
export interface MatcherPart {
  /** The matcher over these actors (the bundled dataset's; compiled again when the tables were built for others). */
  matcher(actors: readonly Actor[]): ActorMatcher;
}

export interface ContentParts {
  cards: CardsPart;
  matcher: MatcherPart;
}

const SHELF = Symbol.for('crosscheck.content-parts');

function shelf(): Partial<ContentParts> {
  const world = globalThis as unknown as Record<symbol, Partial<ContentParts> | undefined>;
  return (world[SHELF] ??= {});
}

/** Called by a part's script as it is evaluated. */
export function providePart<K extends keyof ContentParts>(name: K, part: ContentParts[K]): void {
  shelf()[name] = part;
}

/** The part, if its script was evaluated in this world. */
export function shelvedPart<K extends keyof ContentParts>(name: K): ContentParts[K] | undefined {
  return shelf()[name];
}

/** After an extension update: a newer content script must not read the old version's parts. */
export function clearShelf(): void {
  delete (globalThis as unknown as Record<symbol, unknown>)[SHELF];
}
