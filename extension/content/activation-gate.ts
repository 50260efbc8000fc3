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
import type { Mention } from '../../src/actors/matcher';
import type { Actor, Alias } from '../../src/dataset/schema';

/** Distinct dataset actors that make an undeclared page worth reading with Crosscheck. */
export const MIN_DISTINCT_ACTORS = 3;
/** Text read for actors on pages that do not look like articles (the matcher's probe reads as much of the article root). */
export const GATE_PROBE_CHARS = 200_000;

/**
 * key word → entries `[actor, case, spelling?, context?]`: the actor's
 * index; the case rule (0: any case; 1: a capital initial, the matcher's
 * rule for single-word capitalised aliases, "russia" never matches; 2: the
 * spelling or all capitals, for case-sensitive single words: "IS", "US",
 * "Turkey"); for aliases that need a context word ("Moscow" the cruiser:
 * "cruiser", "navy"…) those words (folded, first word each, matched as word
 * prefixes anywhere in the text — the matcher wants them in the same
 * sentence). Inlined by the build as text (`packGateTable`).
 */
export type GateEntry = [actor: number, rule: 0 | 1 | 2, spelling?: string | 0, context?: string[]];
export type GateTable = Record<string, GateEntry[]>;

/** Letters and digits as the matcher can match them: Latin (with accents) and digits. */
const LATIN = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
/**
 * Words as the matcher can match them. Every alias is written in Latin
 * letters and digits; any other character splits a word, which can only
 * find more key words than the matcher, never fewer. Pure: the build's
 * table reads it; the bootstrap would only construct it on every page.
 */
const WORD = /* @__PURE__ */ new RegExp(`[${LATIN}]+`, 'g');
/** Letters without a decomposition that the matcher folds anyway (src/text/fold.ts), in both cases. */
const EXTRA: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 's', æ: 'a', œ: 'o', ı: 'i', þ: 't', ð: 'd', ħ: 'h', Ø: 'O', Ł: 'L', Đ: 'D', Æ: 'A', Œ: 'O', İ: 'I', Þ: 'T', Ð: 'D', Ħ: 'H' };

/** Accents off, case kept: "Davutoğlu" → "Davutoglu" (only text with accents is copied). */
export function foldAccents(text: string): string {
  if (!/[\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]/.test(text)) return text;
  return text.normalize('NFD').replace(/[\u0300-\u036F]/g, '').replace(/[øłđßæœıþðħØŁĐÆŒİÞÐĦ]/g, (c) => EXTRA[c] ?? c);
}

/** Lower case, accents off: the matcher's folding, for one word. */
export function foldWord(word: string): string {
  return foldAccents(word).toLowerCase();
}

const spelling = (s: string): string => foldWord(s).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The activation rule's count (`shouldActivate`): distinct actors named by a
 * spelling the dataset lists. The matcher also finds names by their
 * transliteration key ("Raqqah" for Raqqa) once a text names an actor
 * exactly; those are drawn, but do not count here — the gate could not
 * bound them without reading every capitalised word as a possible name.
 */
export function actorsNamed(mentions: readonly Mention[]): Set<string> {
  const ids = new Set<string>();
  for (const m of mentions) if (m.text === m.alias || spelling(m.text) === spelling(m.alias)) ids.add(m.actorId);
  return ids;
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
      const entry: GateEntry = [a, exact ? 2 : single && isUpper(text.charAt(0)) ? 1 : 0];
      // a generic body's context words are one way among others to accept it (its state named is
      // another: src/actors/alias-rules.ts), so they cannot gate it
      const context = typeof alias === 'string' || alias.country !== undefined ? undefined : alias.context;
      if (exact || context?.length) entry.push(exact ? word : 0);
      if (context?.length) entry.push(context.map((w) => foldWord(w.match(WORD)?.[0] ?? w)));
      const key = foldWord(word);
      const id = `${key} ${JSON.stringify(entry)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      (table[key] ??= []).push(entry);
    }
  });
  return table;
}

/**
 * Anything but the letters and digits of `WORD`: the text split on it gives
 * the same words `WORD` finds (and empty strings at the ends). One native
 * split, then one table lookup a word (ADR 0126): a regex call a word (ADR
 * 0102) or an alternation of every key word compiled on every page cost more.
 */
/**
 * The table as the bootstrap carries it (ADR 0180: the bootstrap's budget):
 * each distinct context list once, then `word:entry;entry|word:…`, an
 * entry's fields separated by spaces and a context given by its number —
 * ~1.5 KB less than the same table as JSON, where the same context lists
 * repeat for every official of a state. Build time only.
 */
export function packGateTable(table: GateTable): string {
  const contexts: string[] = [];
  const field = (f: string) => {
    if (/[\s:;|#]/.test(f) || f === '' || f === '-') throw new Error(`activation gate: cannot pack the word "${f}"`);
    return f;
  };
  const rows = Object.entries(table).map(([word, entries]) => {
    const packed = entries.map(([actor, rule, spelling, context]) => {
      const fields = [String(actor), String(rule)];
      if (spelling !== undefined) fields.push(spelling === 0 ? '-' : field(spelling));
      if (context) {
        const list = context.map(field).join(' ');
        let at = contexts.indexOf(list);
        if (at < 0) at = contexts.push(list) - 1;
        fields.push(String(at));
      }
      return fields.join(' ');
    });
    return `${field(word)}:${packed.join(';')}`;
  });
  return `${contexts.join('|')}#${rows.join('|')}`;
}

/** A word's entries, or undefined where the word names no actor. */
export type GateLookup = (key: string) => readonly GateEntry[] | undefined;

/**
 * The lookup over `packGateTable`'s text, as the bootstrap reads it: one
 * pass files each word's packed entries under the word; a word's entries
 * are parsed the first time the page holds it. Unpacking every entry on
 * every page cost ~15 % of the bootstrap's time on the web-mail page
 * (sampled profile, ADR 0185), for the handful of words a page names:
 * the gate's task on the shop and the search form 1.5–1.6 → 1.1 ms.
 */
export function gateLookup(text: string): GateLookup {
  const hash = text.indexOf('#');
  const head = text.slice(0, hash);
  let contexts: string[][] | null = null;
  const rows = new Map<string, string | GateEntry[]>();
  for (const row of text.slice(hash + 1).split('|')) {
    const colon = row.indexOf(':');
    rows.set(row.slice(0, colon), row.slice(colon + 1));
  }
  const parse = (packed: string): GateEntry => {
    const [actor, rule, spelling, context] = packed.split(' ');
    const entry: GateEntry = [Number(actor), Number(rule) as GateEntry[1]];
    if (spelling !== undefined) entry.push(spelling === '-' ? 0 : spelling);
    if (context !== undefined) entry.push((contexts ??= head.split('|').map((list) => list.split(' ')))[Number(context)]!);
    return entry;
  };
  return (key) => {
    const row = rows.get(key);
    if (typeof row !== 'string') return row;
    const entries = row.split(';').map(parse);
    rows.set(key, entries);
    return entries;
  };
}

/** The whole table from `packGateTable`'s text (keys as own properties of an object with no prototype). */
export function unpackGateTable(text: string): GateTable {
  const lookup = gateLookup(text);
  const table = Object.create(null) as GateTable;
  for (const row of text.slice(text.indexOf('#') + 1).split('|')) {
    const key = row.slice(0, row.indexOf(':'));
    table[key] = [...lookup(key)!];
  }
  return table;
}

const NOT_WORD = new RegExp(`[^${LATIN}]+`);

function caseOk([, rule, spelling]: GateEntry, word: string): boolean {
  if (rule === 1) return isUpper(word.charAt(0));
  if (rule === 2) return word === spelling || word === String(spelling).toUpperCase();
  return true;
}

/**
 * Does a word of `text` begin with one of `context`, in any case? What
 * `(?<![LATIN])(?:a|b…)` with the `i` flag answers, without that pattern's
 * cost: its look-behind over a case-folded class of every Latin letter took
 * ~0.5 ms on the web-mail page, where "Moscow" asks whether the cruiser is
 * meant (ADR 0240). The plain alternation finds the candidates (the same
 * case rule) and the character before each is checked as the look-behind did.
 */
export function hasContext(context: readonly string[], text: string): boolean {
  const find = new RegExp(context.join('|'), 'gi');
  for (let m = find.exec(text); m; m = find.exec(text)) {
    if (m.index === 0 || NOT_WORD.test(text.charAt(m.index - 1))) return true;
    find.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * The text the gate reads of `root`: its text nodes (script, style and
 * template text skipped) up to `GATE_PROBE_CHARS` characters, one line
 * each, accents folded. A task of its own in the bootstrap (ADR 0205): on a
 * web-mail page this read of ~480 text nodes is most of the gate's time.
 */
export function gateText(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  // The text of script, style, noscript and template elements, found by one selector query: asking
  // every text node for its parent cost a wrapper a node in the content script's world (ADR 0126).
  const skipped = new Set<Node>();
  for (const el of (root as ParentNode).querySelectorAll?.('script, style, noscript, template') ?? []) for (let c = el.firstChild; c; c = c.nextSibling) skipped.add(c);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let read = 0;
  for (let node = walker.nextNode(); node && read < GATE_PROBE_CHARS; node = walker.nextNode()) {
    if (skipped.has(node)) continue;
    const data = (node as CharacterData).data;
    parts.push(data);
    read += data.length;
  }
  return foldAccents(parts.join('\n'));
}

/**
 * How many distinct actors the gate sees in `text` (`gateText`'s). A word
 * that may name several actors ("Moscow": the city, or the cruiser near
 * "navy") counts for at most as many as it occurs.
 */
export function gateCount(table: GateTable | GateLookup, text: string, enough = MIN_DISTINCT_ACTORS): number {
  const lookup: GateLookup = typeof table === 'function' ? table : (key) => (Object.hasOwn(table, key) ? table[key] : undefined);
  /** actors named for sure (their word names no one else), and per key word its occurrences and the entries it matched */
  const sure = new Set<number>();
  const hits = new Map<string, { count: number; entries: Set<GateEntry> }>();
  const words = text.split(NOT_WORD);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const key = word.toLowerCase();
    const entries = lookup(key);
    if (!entries) continue;
    let hit = hits.get(key);
    if (!hit) hits.set(key, (hit = { count: 0, entries: new Set() }));
    hit.count++;
    for (const entry of entries) {
      if (!caseOk(entry, word)) continue;
      hit.entries.add(entry);
      if (!entry[3] && entries.length === 1) sure.add(entry[0]);
    }
    if (sure.size >= enough) return sure.size;
  }
  const union = new Set<number>();
  let bound = 0;
  // the entries of a context list share it: each list is looked for once
  const found = new Map<readonly string[], boolean>();
  const inText = (context: readonly string[]) => {
    let yes = found.get(context);
    if (yes === undefined) found.set(context, (yes = hasContext(context, text)));
    return yes;
  };
  for (const { count, entries } of hits.values()) {
    const ids = new Set<number>();
    for (const [actor, , , context] of entries) if (!context || inText(context)) ids.add(actor);
    ids.forEach((id) => union.add(id));
    bound += Math.min(count, ids.size);
  }
  return Math.min(union.size, bound);
}

/** How many distinct actors the gate sees in the text of `root` (`gateText`, then `gateCount`). */
export function gateActors(table: GateTable | GateLookup, root: Node, enough = MIN_DISTINCT_ACTORS): number {
  return gateCount(table, gateText(root), enough);
}
