/**
 * A person the dataset knows by office alone, named by the article (issue 13, who is speaking;
 * ADR 0377). The reports never name the Duma's foreign-affairs chief; real reporting does:
 * "Alexei Pushkov, who chairs the State Duma's international affairs committee, said …". Once the
 * page has given the name beside the office, the name is that office's holder wherever the page
 * writes it: the headline above ("Pushkov: …") and a later "Pushkov said".
 *
 * Only an office the dataset knows by office alone can be bound (the role resolver, asked for a
 * stranger, never answers with a person the dataset names), so "Sergei Lavrov, Russia's foreign
 * minister" binds nothing: Lavrov is a mention already.
 */
import type { RoleResolver } from './roles';
import { namesAStranger } from './stranger-name';

/** A name in full (two or three capitalised words), a comma, then the office: "Alexei Pushkov, who chairs the …,". */
const NAME_THEN_OFFICE = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+\s+){1,2}(\p{Lu}[\p{L}'’-]{3,})),\s+((?:who\s+(?:chairs|heads|leads)\s+)?[^,.;:"“”()]{3,90}?)(?=\s*[,.;:)]|\s+(?:said|says|told)\b)/gu;
/** A courtesy title before a name: "Mr Pushkov". */
const TITLE = /^(?:Mr|Mrs|Ms|Dr)\.?\s+/;

export type OfficeHolders = (name: string) => string | undefined;

/**
 * The offices the text names people as holding, as a lookup from a name as written later (in full,
 * or the surname alone) to the office's actor. `covered(a, b)`: whether a mention overlaps text[a, b).
 */
export function officeHolders(text: string, byRole: RoleResolver, covered: (a: number, b: number) => boolean): OfficeHolders {
  const byName = new Map<string, string | null>();
  const bind = (key: string, id: string): void => {
    const had = byName.get(key);
    // one name, two offices: the page's own ambiguity, so neither
    byName.set(key, had === undefined || had === id ? id : null);
  };
  for (const m of text.matchAll(NAME_THEN_OFFICE)) {
    const name = m[1]!;
    const start = m.index;
    if (!namesAStranger(name, start, covered)) continue;
    const id = byRole(m[3]!, undefined, true);
    if (id === undefined) continue;
    bind(name.toLowerCase(), id);
    bind(m[2]!.toLowerCase(), id);
  }
  return (written) => {
    if (byName.size === 0) return undefined;
    const key = written.trim().replace(TITLE, '').toLowerCase();
    return byName.get(key) ?? undefined;
  };
}
