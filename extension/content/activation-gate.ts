/**
 * The vocabulary gate of the bootstrap (ADR 0051): on a page that is not
 * article-shaped, could the alias matcher find `MIN_DISTINCT_ACTORS` actors
 * of the dataset? Answered without the matcher or the dataset, from a table
 * built at build time: one key word per alias (its longest word, folded),
 * with the actors that alias can be counted as.
 *
 * The gate may say yes where the matcher then says no (the full script runs
 * the real check), never the other way round: every word of an alias the
 * matcher finds is a word of the text, and each key keeps the matcher's case
 * rule where it is stricter than "any case". Actors are counted as named
 * ("Moscow said" names Moscow, whatever it stands for), as `shouldActivate`
 * counts them. `activation-gate.test.ts` holds it to that.
 */
import type { Actor, Alias } from '../../src/dataset/schema';

/** Distinct dataset actors that make an undeclared page worth reading with Crosscheck. */
export const MIN_DISTINCT_ACTORS = 3;
/** Text read for actors on pages that do not look like articles (the matcher's probe reads as much of the article root). */
export const GATE_PROBE_CHARS = 200_000;

/**
 * key word → entries `{ a, c, s?, x? }`: actor index `a`; case rule `c`
 * (0: any case; 1: a capital initial, the matcher's rule for single-word
 * capitalised aliases, "russia" never matches; 2: the spelling `s` or all
 * capitals, for case-sensitive single words: "IS", "US", "Turkey"); and for
 * aliases that need a context word ("Moscow" the cruiser: "cruiser",
 * "navy"…), those words `x` (folded, first word each, matched as prefixes
 * anywhere in the text — the matcher wants them in the same sentence).
 * Plain JSON, inlined by the build.
 */
export interface GateEntry {
  a: number;
  c: 0 | 1 | 2;
  s?: string;
  x?: string[];
}
export type GateTable = Record<string, GateEntry[]>;

/**
 * Words as the matcher can match them: Latin letters (with Latin-1,
 * Extended and Extended Additional forms and combining accents) and digits.
 * Every alias is written in these; any other character splits a word, which
 * can only find more key words than the matcher, never fewer. (A Unicode
 * property class, `[\p{L}\p{N}]`, cost ~2× more on a web-mail page.)
 */
const WORD = /[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g;
/** Letters without a decomposition that the matcher folds anyway (src/text/fold.ts). */
const EXTRA: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 's', æ: 'a', œ: 'o', ı: 'i', þ: 't', ð: 'd', ħ: 'h' };

/** Lower case, accents off: the matcher's folding, for one word. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øłđßæœıþðħ]/g, (c) => EXTRA[c] ?? c);
}

const aliasText = (a: Alias): string => (typeof a === 'string' ? a : a.text);
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Build time: the gate's table from the dataset's actors. */
export function buildGateTable(actors: readonly Actor[]): GateTable {
  const table: GateTable = {};
  const seen = new Set<string>();
  actors.forEach((actor, a) => {
    for (const alias of [actor.name, ...(actor.aliases ?? [])]) {
      const text = aliasText(alias).trim();
      const words = text.match(WORD) ?? [];
      if (!words.length) continue;
      // the case rules bind single words only; a longer alias matches in any case or is stricter than that
      const single = words.length === 1 && words[0] === text;
      const exact = single && typeof alias !== 'string' && alias.caseSensitive === true;
      // the longest word, as the rarest: "coalition" for "US-led coalition"
      const word = words.reduce((x, y) => (y.length > x.length ? y : x));
      const entry: GateEntry = { a, c: exact ? 2 : single && isUpper(text.charAt(0)) ? 1 : 0 };
      if (exact) entry.s = word;
      const context = typeof alias === 'string' ? undefined : alias.context;
      if (context?.length) entry.x = context.map((w) => foldWord(w.match(WORD)?.[0] ?? w));
      const key = foldWord(word);
      const id = `${key} ${JSON.stringify(entry)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      (table[key] ??= []).push(entry);
    }
  });
  return table;
}

function caseOk(entry: GateEntry, word: string): boolean {
  if (entry.c === 1) return isUpper(word.charAt(0));
  if (entry.c === 2) return word === entry.s || word === entry.s!.toUpperCase();
  return true;
}

/**
 * How many distinct actors the gate sees in the text of `root` (script,
 * style and template text skipped), reading at most `GATE_PROBE_CHARS`
 * characters. A word that may name several actors ("Moscow": the city, or
 * the cruiser near "navy") counts for at most as many as it occurs.
 */
export function gateActors(table: GateTable, root: Node, enough = MIN_DISTINCT_ACTORS): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  /** actors named for sure (their word names no one else), and per key word its occurrences and the entries it matched */
  const sure = new Set<number>();
  const hits = new Map<string, { count: number; entries: Set<GateEntry> }>();
  const words = new Set<string>();
  let read = 0;
  for (let node = walker.nextNode(); node && read < GATE_PROBE_CHARS; node = walker.nextNode()) {
    const tag = (node.parentNode as Element | null)?.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') continue;
    const text = (node as CharacterData).data;
    read += text.length;
    for (const word of text.match(WORD) ?? []) {
      const key = foldWord(word);
      words.add(key);
      const entries = table[key];
      if (!entries) continue;
      let hit = hits.get(key);
      if (!hit) hits.set(key, (hit = { count: 0, entries: new Set() }));
      hit.count++;
      for (const entry of entries) {
        if (!caseOk(entry, word)) continue;
        hit.entries.add(entry);
        if (!entry.x && entries.length === 1) sure.add(entry.a);
      }
      if (sure.size >= enough) return sure.size;
    }
  }
  const union = new Set<number>();
  let bound = 0;
  for (const { count, entries } of hits.values()) {
    const ids = new Set<number>();
    for (const entry of entries) if (!entry.x || hasContext(entry.x, words)) ids.add(entry.a);
    ids.forEach((id) => union.add(id));
    bound += Math.min(count, ids.size);
  }
  return Math.min(union.size, bound);
}

function hasContext(context: readonly string[], words: ReadonlySet<string>): boolean {
  for (const word of words) for (const c of context) if (word.startsWith(c)) return true;
  return false;
}
