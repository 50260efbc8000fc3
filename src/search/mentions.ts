/**
 * Which known actors an annotation mentions: its quote or note contains one of
 * the actor's aliases. The actor list comes in as data (the bundled dataset's
 * `actors` fit the type), so this module depends on neither the engine nor the
 * dataset.
 *
 * Matching is by whole words, accent- and case-insensitive, with the two
 * dataset rules that keep common words from matching: `caseSensitive` aliases
 * ("US", "IS") match only as written or in capitals, and aliases with a
 * `context` need one of the context words in the same text.
 */
import { fold, words } from './text';

export type ActorAlias = string | { text: string; caseSensitive?: boolean; context?: readonly string[] };

export interface ActorAliases {
  id: string;
  name: string;
  aliases: readonly ActorAlias[];
}

interface CompiledAlias {
  actor: string;
  /** Folded words; the first is the lookup key. */
  folded: string[];
  /** Words as written, for case-sensitive aliases. */
  exact?: string[];
  context?: string[][];
}

export interface MentionMatcher {
  /** Actor ids mentioned in the texts, in first-mention order, each once. */
  (...texts: string[]): string[];
  readonly actors: ReadonlyMap<string, ActorAliases>;
}

export function compileMentions(actors: readonly ActorAliases[]): MentionMatcher {
  const byFirst = new Map<string, CompiledAlias[]>();
  const table = new Map<string, ActorAliases>();
  for (const actor of actors) {
    table.set(actor.id, actor);
    for (const alias of actor.aliases) {
      const spec = typeof alias === 'string' ? { text: alias } : alias;
      const written = words(spec.text);
      if (written.length === 0) continue;
      const compiled: CompiledAlias = { actor: actor.id, folded: written.map((w) => w.toLowerCase()) };
      if (spec.caseSensitive) compiled.exact = written;
      if (spec.context?.length) compiled.context = spec.context.map((c) => words(c).map((w) => w.toLowerCase())).filter((c) => c.length > 0);
      const key = compiled.folded[0]!;
      const list = byFirst.get(key);
      if (list) list.push(compiled);
      else byFirst.set(key, [compiled]);
    }
  }

  const match = ((...texts: string[]) => {
    const found: string[] = [];
    const seen = new Set<string>();
    for (const text of texts) {
      if (!text) continue;
      const written = words(text);
      const folded = written.map((w) => w.toLowerCase());
      for (let i = 0; i < folded.length; i++) {
        const candidates = byFirst.get(folded[i]!);
        if (!candidates) continue;
        for (const alias of candidates) {
          if (seen.has(alias.actor)) continue;
          if (!sequenceAt(folded, i, alias.folded)) continue;
          if (alias.exact && !alias.exact.every((w, j) => written[i + j] === w || written[i + j] === w.toUpperCase())) continue;
          if (alias.context && !alias.context.some((c) => contains(folded, c))) continue;
          seen.add(alias.actor);
          found.push(alias.actor);
        }
      }
    }
    return found;
  }) as MentionMatcher;
  Object.defineProperty(match, 'actors', { value: table });
  return match;
}

function sequenceAt(haystack: readonly string[], at: number, needle: readonly string[]): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let j = 0; j < needle.length; j++) if (haystack[at + j] !== needle[j]) return false;
  return true;
}

function contains(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) if (sequenceAt(haystack, i, needle)) return true;
  return false;
}

/** The words an actor can be found by in a search: its name and every alias, folded. */
export function actorSearchText(actor: ActorAliases): string {
  const parts = [actor.name, ...actor.aliases.map((a) => (typeof a === 'string' ? a : a.text))];
  return fold(parts.join(' '));
}
