/**
 * The alias matcher over the bundled dataset, read back from the tables the
 * build compiled (vite.config.ts, `__MATCHER_TABLES__`; ADR 0100) rather
 * than compiled again on every article. Where the build wrote none (unit
 * tests, other tools) or wrote them for other actors, it is compiled here.
 */
import { compileActorMatcher, matcherFromTables, type ActorMatcher, type MatcherTables } from '../../src/actors/matcher';
import type { Actor } from '../../src/dataset/schema';
import { unpack } from '../../src/engine/packed';

declare const __MATCHER_TABLES__: string | undefined;

export function bundledMatcher(actors: readonly Actor[]): ActorMatcher {
  if (typeof __MATCHER_TABLES__ === 'string') {
    const tables = unpack<MatcherTables>(__MATCHER_TABLES__);
    if (tables.actorIds.length === actors.length && tables.actorIds.every((id, i) => actors[i]!.id === id)) return matcherFromTables(tables, actors);
  }
  return compileActorMatcher(actors);
}
