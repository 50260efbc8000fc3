/**
 * The previous alias matcher (a native-regex prefilter in front of a dense
 * automaton), kept unchanged as the oracle for the differential tests in
 * matcher.test.ts: the table-driven scanner in matcher.ts must give exactly
 * the same mentions. Test-only; nothing else imports it.
 */
/**
 * One compiled matcher over every alias of every actor: a trie of folded
 * aliases walked from each word start in a single left-to-right pass over the
 * text (no regex per alias, no folded copy of the text). See
 * docs/adr/0020-engine.md for why a hand-made automaton rather than one big
 * RegExp alternation, and the rules below for what counts as a match.
 *
 * Rules, in the order they apply:
 * - Folding: case, accents (Sinirlioğlu = Sinirlioglu), curly/straight
 *   quotes; inside an alias any run of spaces and dashes is one separator
 *   ("al-Assad" = "al Assad" = "al – Assad"), and may cross one line break.
 * - Word boundaries at both ends; a possessive ("Russia's", "Russia’s",
 *   "ISIS'") is outside the mention.
 * - Longest match wins ("Syrian Observatory for Human Rights" over
 *   "Syrian"); matches never overlap.
 * - Case: `caseSensitive` aliases match their exact capitalisation (or the
 *   whole word in capitals) and never where the neighbouring words are in
 *   capitals too (a shouting headline: "WHAT IS NEXT"); single-word aliases
 *   written with a capital ("Russia", "Turkey") need the capital in the text
 *   ("russia", "turkey" the bird never match); multi-word and lower-case
 *   aliases match in any case.
 * - `context`: the alias resolves to its actor only when a context word
 *   starts a word in the same sentence (the cruiser "Moscow" needs "cruiser",
 *   "navy"…); otherwise the next candidate for the same text is tried.
 * - Common-word senses: a few aliases that are everyday words are dropped
 *   when a word of that other sense is in the sentence ("Turkey" with
 *   "roast", "oven"…; "Russian" with "dressing", "roulette"). Alias objects
 *   may carry their own `notContext` list.
 * - A place followed by ", <US state/province>" is another place
 *   ("Moscow, Idaho"; "Paris, Texas"), and so is every other mention of it
 *   in the same text (one sense per text). Likewise an everyday sense:
 *   when an alias is vetoed by its other-sense words at least as often as
 *   it is accepted in a text, all its mentions there are dropped.
 * - Metonyms: a mention of an actor with `metonymFor` (Moscow → russia) is
 *   reported as the place, with `refersTo: 'russia'` when the name is used
 *   for the government: subject of a verb of saying or acting ("Moscow
 *   said", "Moscow, a key Assad ally, had earlier said"), object of "calling
 *   on"/"urged"/"accused", possessive before a policy noun ("Moscow's
 *   insistence"), or paired with another capital used so ("Moscow and
 *   Washington discussed").
 */
import type { Actor, Alias } from '../dataset/schema';
import { type AliasRules, RULE_OK, RULE_OTHER_SENSE, TextScope, applyAliasRules, capsNeighbour, compileAliasRules, namesOf, restricted } from './alias-rules';
import { furnitureMention } from './furniture-mentions';
import { sentenceWindow } from './sentence-window';
import { type KeyKind, compileNameKeys, keyKind } from './name-key';
import { CAPITALS_PAIR, CAPITALS_PAIR_BEFORE, ELSEWHERE, META_AFTER, META_BEFORE, META_POSSESSIVE, WORD_ACRONYMS } from './rule-tables';
import { CLS_DASH, CLS_NEWLINE, CLS_SPACE, CLS_WORD, clsOf, foldOf, foldText } from '../text/fold';

export interface Mention {
  actorId: string;
  start: number;
  end: number;
  /** The text as it appears (possessive not included). */
  text: string;
  /** The dataset alias that matched. */
  alias: string;
  /** For metonyms used for another actor ("Moscow said" → 'russia'); undefined otherwise. */
  refersTo?: string | undefined;
}

export interface FindOptions {
  /** Only scan text[from, to). */
  from?: number;
  to?: number;
  /**
   * The text is the dataset's own wording (a claim, an alias list): rules
   * that look for the article's topic anywhere in the text count as met, as
   * the report it comes from is on the topic.
   */
  datasetText?: boolean;
}

export interface ActorMatcher {
  /** Mentions in text order. */
  find(text: string, options?: FindOptions): Mention[];
  /** Actors by id (as compiled). */
  readonly actors: ReadonlyMap<string, Actor>;
  /** Number of alias entries compiled. */
  readonly size: number;
}

type CaseRule = 'exact' | 'initial' | 'any';

interface Entry {
  actorId: string;
  alias: string;
  rule: CaseRule;
  /** context rules (alias-rules.ts, shared with matcher.ts) */
  rules?: AliasRules;
  wordAcronym: boolean;
  isPlace: boolean;
  metonymFor?: string;
}

/**
 * The Latin-1 code units that fold to `f` ("e", "E", "é", "É"…), for the
 * prefilter's character classes. Latin Extended forms are left out on
 * purpose: small ASCII-heavy classes keep the regex engine fast, and the
 * prefilter only looks at an alias's first two letters.
 */
function variantsOf(f: number): Set<string> {
  const out = new Set<string>();
  for (let c = 0; c < 0x100; c++) if (foldOf(c) === f) out.add(String.fromCharCode(c));
  if (out.size === 0) out.add(String.fromCharCode(f));
  return out;
}

function aliasText(a: Alias): string {
  return typeof a === 'string' ? a : a.text;
}

/** Fold an alias into trie form: folded units, separator runs as one space. */
function foldAlias(s: string): number[] {
  const out: number[] = [];
  let sep = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = clsOf(c);
    if (k === CLS_SPACE || k === CLS_DASH || k === CLS_NEWLINE) {
      sep = out.length > 0;
      continue;
    }
    if (sep) {
      out.push(32);
      sep = false;
    }
    out.push(foldOf(c));
  }
  return out;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function caseRuleOf(alias: string, caseSensitive: boolean | undefined): CaseRule {
  if (caseSensitive) return 'exact';
  return isUpper(alias.charAt(0)) ? 'initial' : 'any';
}

/** Compile the matcher for a list of actors (once per dataset). */
export function compileReferenceMatcher(actorList: readonly Actor[]): ActorMatcher {
  const actors = new Map<string, Actor>();
  /** news outlets and agencies: in brackets they are credits and datelines */
  const mediaIds = new Set(actorList.filter((a) => a.type === 'media').map((a) => a.id));
  let size = 0;
  const seen = new Set<string>();
  const pending: { folded: number[]; entry: Entry }[] = [];
  /** names the transliteration key may match (name-key.ts) */
  const keyEntries: Entry[] = [];
  const keyKinds: KeyKind[] = [];

  for (const actor of actorList) {
    actors.set(actor.id, actor);
    for (const a of namesOf(actor)) {
      const text = aliasText(a).trim();
      if (text === '') continue;
      const folded = foldAlias(text);
      if (folded.length === 0 || clsOf(text.charCodeAt(0)) !== CLS_WORD) continue;
      const obj = typeof a === 'string' ? undefined : a;
      const rule = caseRuleOf(text, obj?.caseSensitive);
      const key = `${actor.id}\u0000${text}\u0000${rule}\u0000${obj ? JSON.stringify(obj) : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: Entry = { actorId: actor.id, alias: text, rule, isPlace: actor.type === 'place', wordAcronym: rule === 'exact' && WORD_ACRONYMS.has(foldText(text)) };
      const rules = compileAliasRules(a);
      if (rules) entry.rules = rules;
      if (actor.metonymFor) entry.metonymFor = actor.metonymFor;
      pending.push({ folded, entry });
      const kind = keyKind(actor, text, entry.rules !== undefined, rule === 'exact');
      if (kind !== undefined) {
        keyEntries.push(entry);
        keyKinds.push(kind);
      }
      size++;
    }
  }

  // The alphabet: one symbol per folded unit that occurs in an alias.
  // 0 other (not a word character), 1 word character outside the alphabet,
  // 2 separator (space, dash), 3 line break, then punctuation, then word symbols.
  const punct: number[] = [];
  const wordUnits: number[] = [];
  for (const { folded } of pending) {
    for (const f of folded) {
      if (f === 32) continue;
      const list = clsOf(f) === CLS_WORD ? wordUnits : punct;
      if (!list.includes(f)) list.push(f);
    }
  }
  const W0 = 4 + punct.length;
  const A = W0 + wordUnits.length;
  const symOfFolded = new Map<number, number>();
  punct.forEach((f, k) => symOfFolded.set(f, 4 + k));
  wordUnits.forEach((f, k) => symOfFolded.set(f, W0 + k));
  /** symbol of each raw code unit; 255 = not computed yet */
  const SYM = new Uint8Array(65536).fill(255);
  if (A > 250) throw new Error(`alias alphabet too large (${A} symbols)`);
  const symOf = (c: number): number => {
    const k = clsOf(c);
    let sym: number;
    if (k === CLS_SPACE || k === CLS_DASH) sym = 2;
    else if (k === CLS_NEWLINE) sym = 3;
    else sym = symOfFolded.get(foldOf(c)) ?? (k === CLS_WORD ? 1 : 0);
    SYM[c] = sym;
    return sym;
  };
  for (let c = 0; c < 0x250; c++) symOf(c);

  // The automaton: a dense table, node × symbol → node (0 = none; node 0 is the root).
  let nodeCount = 1;
  let dfa = new Int32Array(A * 4096);
  const entryLists: Entry[][] = [[]];
  for (const { folded, entry } of pending) {
    let node = 0;
    for (const f of folded) {
      const sym = f === 32 ? 2 : symOfFolded.get(f)!;
      let next = dfa[node * A + sym]!;
      if (next === 0) {
        next = nodeCount++;
        if (nodeCount * A > dfa.length) {
          const grown = new Int32Array(dfa.length * 2);
          grown.set(dfa);
          dfa = grown;
        }
        entryLists.push([]);
        dfa[node * A + sym] = next;
      }
      node = next;
    }
    entryLists[node]!.push(entry);
  }
  const terminal = new Uint8Array(nodeCount);
  for (let k = 0; k < nodeCount; k++) {
    // context-bound entries first: they are the more specific reading
    entryLists[k]!.sort((x, y) => (restricted(y) ? 1 : 0) - (restricted(x) ? 1 : 0));
    terminal[k] = entryLists[k]!.length > 0 ? 1 : 0;
  }

  // The prefilter: one native regex that finds the only places a match can
  // start, so the JS loop runs per candidate, not per character. Capitalised
  // aliases need their capital (and, in the text, one of the second letters
  // some alias has: "Ru", "RU", "Sy"…); aliases written in lower case need
  // their first word. Everything else is skipped by the regex engine.
  const firstPairs = new Map<string, Set<string>>();
  const lowerFirst = new Map<string, Set<string>>();
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  for (const { folded, entry } of pending) {
    const first = entry.alias.charAt(0);
    if (isUpper(first) || /[0-9]/.test(first)) {
      // the second unit as it may appear: both cases, its accented forms, or a separator
      const second = folded[1];
      let set = firstPairs.get(first);
      if (!set) firstPairs.set(first, (set = new Set()));
      if (second === undefined) set.add('');
      else if (second === 32) set.add('SEP');
      else for (const v of variantsOf(second)) set.add(v);
      continue;
    }
    let w = '';
    for (const f of folded) {
      if (f === 32 || clsOf(f) !== CLS_WORD) break;
      w += String.fromCharCode(f);
    }
    if (w === '') continue;
    let set = lowerFirst.get(w.charAt(0));
    if (!set) lowerFirst.set(w.charAt(0), (set = new Set()));
    set.add(w.slice(1));
  }
  const WORDCH = 'A-Za-z0-9\\u00C0-\\u024F';
  const ACCENTED = '\\u00C0-\\u024F';
  const ascii = (set: Iterable<string>): string[] => [...set].filter((v) => v.charCodeAt(0) < 128);
  const alts: string[] = [];
  for (const [first, seconds] of firstPairs) {
    // the capital itself (ASCII: a small class keeps the regex engine fast; accented starts come below)
    const headChars = ascii([...variantsOf(foldOf(first.charCodeAt(0)))].filter((v) => isUpper(v) || /[0-9]/.test(v)));
    if (headChars.length === 0) continue;
    const head = headChars.length === 1 ? esc(headChars[0]!) : `[${headChars.map(esc).join('')}]`;
    if (seconds.has('')) {
      alts.push(head);
      continue;
    }
    const chars = ascii([...seconds].filter((x) => x !== 'SEP'));
    const cls = `[${chars.map(esc).join('')}${ACCENTED}${seconds.has('SEP') ? '\\s\\-\\u2010-\\u2015' : ''}]`;
    alts.push(`${head}(?=${cls})`);
  }
  // any word starting with an accented capital ("Érdogan"): rare, so always a candidate
  alts.push('[\\u00C0-\\u00D6\\u00D8-\\u00DE]');
  for (const [first, rests] of lowerFirst) {
    const restAlts = [...rests].sort((x, y) => y.length - x.length).map(esc);
    alts.push(`${esc(first)}(?=(?:${restAlts.join('|')})(?![${WORDCH}]))`);
  }
  const prefilter = new RegExp(alts.length > 0 ? alts.join('|') : '(?!)', 'g');

  function isUpperAt(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return isUpper(text.charAt(i));
  }

  function caseOk(text: string, start: number, end: number, e: Entry): boolean {
    if (e.rule === 'any') return true;
    if (e.rule === 'initial') return isUpperAt(text, start);
    // exact: same capitalisation letter by letter, or the whole word in capitals
    const alias = e.alias;
    let i = start;
    let k = 0;
    let same = true;
    let allCaps = true;
    let letters = 0;
    while (i < end) {
      if (clsOf(text.charCodeAt(i)) !== CLS_WORD) {
        i++;
        continue;
      }
      while (k < alias.length && clsOf(alias.charCodeAt(k)) !== CLS_WORD) k++;
      const up = isUpperAt(text, i);
      if (k < alias.length && up !== isUpperAt(alias, k)) same = false;
      if (!up && isUpper(text.charAt(i).toUpperCase())) allCaps = false;
      letters++;
      i++;
      k++;
    }
    if (!same && !allCaps) return false;
    if (allCaps && letters <= 4) {
      // in a line of capitals, "IS"/"US" cannot be told from the words
      if (shouting(text, start, end)) return false;
      if (e.wordAcronym && (capsNeighbour(text, start, -1) || capsNeighbour(text, end, 1))) return false;
    }
    return true;
  }

  /** Is the neighbouring word on either side (same line) in capitals too? */
  function shouting(text: string, start: number, end: number): boolean {
    return capsWord(text, start, -1) && capsWord(text, end, 1);
  }

  /** The nearest word before (dir -1) or after (dir 1) `at` on the same line: all capitals, 2+ letters? Missing counts as yes. */
  function capsWord(text: string, at: number, dir: -1 | 1): boolean {
    let i = dir === -1 ? at - 1 : at;
    const stop = dir === -1 ? Math.max(0, at - 30) : Math.min(text.length, at + 30);
    // skip to the word
    while (dir === -1 ? i >= stop : i < stop) {
      const c = text.charCodeAt(i);
      if (c === 10) return true;
      if (clsOf(c) === CLS_WORD) break;
      i += dir;
    }
    if (dir === -1 ? i < stop : i >= stop) return true;
    let letters = 0;
    while (i >= 0 && i < text.length) {
      const c = text.charCodeAt(i);
      if (clsOf(c) !== CLS_WORD) break;
      const ch = text.charAt(i);
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
      i += dir;
    }
    return letters >= 2;
  }

  function elsewhere(text: string, end: number): boolean {
    if (text.charCodeAt(end) !== 44) return false;
    const m = /^,\s*([A-Za-z][A-Za-z. ]{1,20})/.exec(text.slice(end, end + 24));
    if (!m) return false;
    const words = m[1]!.toLowerCase().replace(/\./g, '').trim().split(/\s+/);
    return ELSEWHERE.has(words[0]!) || (words.length > 1 && ELSEWHERE.has(`${words[0]} ${words[1]}`));
  }

  /** the sentence around the current candidate (its two sides), computed once per candidate when a rule needs it */
  let windowBefore: string | undefined;
  let windowAfter = '';
  const scope = new TextScope();

  function accept(text: string, start: number, end: number, e: Entry): boolean {
    if (!caseOk(text, start, end, e)) return false;
    // photo credits, bylines, datelines, links to other stories: the page's, not the story's
    if (furnitureMention(text, start, end, mediaIds.has(e.actorId))) return false;
    // "Moscow, Idaho" first: it settles every mention of the place in the text
    if (e.isPlace && elsewhere(text, end)) {
      otherPlaces.add(e.actorId);
      return false;
    }
    if (e.rules !== undefined) {
      if (windowBefore === undefined) {
        const [a, b] = sentenceWindow(text, start, end);
        windowBefore = text.slice(a, start);
        windowAfter = text.slice(end, b);
      }
      const verdict = applyAliasRules(e.rules, windowBefore, windowAfter, scope);
      if (verdict !== RULE_OK) {
        if (verdict === RULE_OTHER_SENSE) otherSense.set(e, (otherSense.get(e) ?? 0) + 1);
        return false;
      }
    }
    return true;
  }

  /** Places named as another place somewhere in the current text ("Moscow, Idaho"): one sense per text. */
  const otherPlaces = new Set<string>();
  /** Aliases read in their everyday sense in the current text, and how often ("Turkey" with "roast"). */
  const otherSense = new Map<Entry, number>();

  function metonymic(text: string, start: number, end: number): boolean {
    const after = text.slice(end, end + 100);
    if (META_AFTER.test(after) || META_POSSESSIVE.test(after) || CAPITALS_PAIR.test(after)) return true;
    const before = text.slice(Math.max(0, start - 40), start);
    return META_BEFORE.test(before) || CAPITALS_PAIR_BEFORE.test(before);
  }

  // terminal candidates found during one walk (node, end), reused
  const candNodes = new Int32Array(64);
  const candEnds = new Int32Array(64);

  const allAliases = pending.map((p) => p.entry.alias);
  const keys = compileNameKeys(keyEntries, allAliases, keyKinds);

  /** Add the names found by their key to `out` (sorted by start, as the exact mentions are). */
  function addKeyed(text: string, from: number, to: number, out: Mention[]): void {
    const hits = keys.find(text, from, to, out, isUpperAt);
    if (hits.length === 0) return;
    for (const h of hits) {
      windowBefore = undefined;
      if (!accept(text, h.start, h.end, h.entry)) continue;
      out.push({
        actorId: h.entry.actorId,
        start: h.start,
        end: h.end,
        text: text.slice(h.start, h.end),
        alias: h.entry.alias,
        refersTo: h.entry.metonymFor !== undefined && metonymic(text, h.start, h.end) ? h.entry.metonymFor : undefined,
      });
    }
    out.sort((a, b) => a.start - b.start);
  }

  function find(text: string, options: FindOptions = {}): Mention[] {
    const out: Mention[] = [];
    otherPlaces.clear();
    otherSense.clear();
    scope.reset(text, options.datasetText === true);
    const n = Math.min(text.length, options.to ?? text.length);
    const from = Math.max(0, options.from ?? 0);
    const sym = SYM;
    const re = prefilter;
    re.lastIndex = from;
    while (re.test(text)) {
      const i = re.lastIndex - 1;
      if (i >= n) break;
      // a match starts at a word start
      if (i > 0) {
        const p = text.charCodeAt(i - 1);
        const sp = sym[p] === 255 ? symOf(p) : sym[p]!;
        if (sp === 1 || sp >= W0) {
          // inside a word (or a window starting mid-word): move on to the word's end
          continue;
        }
      }
      const c = text.charCodeAt(i);
      const s = sym[c] === 255 ? symOf(c) : sym[c]!;
      let node = s >= W0 ? dfa[s]! : 0;
      if (node === 0) continue;
      let nc = 0;
      let j = i + 1;
      let lastWord = true;
      for (;;) {
        if (terminal[node] === 1) {
          // boundary: after a word character the next must not be one
          let boundary = !lastWord || j >= n;
          if (!boundary) {
            const d = text.charCodeAt(j);
            const sd = sym[d] === 255 ? symOf(d) : sym[d]!;
            boundary = sd !== 1 && sd < W0;
          }
          if (boundary && nc < 64) {
            candNodes[nc] = node;
            candEnds[nc] = j;
            nc++;
          }
        }
        if (j >= n) break;
        const d = text.charCodeAt(j);
        let t = sym[d]!;
        if (t === 255) t = symOf(d);
        let jn = j + 1;
        if (t === 2 || t === 3) {
          // a separator run: spaces and dashes, at most one line break
          let breaks = t === 3 ? 1 : 0;
          while (jn < n) {
            const e = text.charCodeAt(jn);
            const te = sym[e] === 255 ? symOf(e) : sym[e]!;
            if (te === 2) jn++;
            else if (te === 3 && breaks === 0) {
              breaks = 1;
              jn++;
            } else break;
          }
          if (jn < n && sym[text.charCodeAt(jn)] === 3) break;
          t = 2;
        }
        const next = dfa[node * A + t]!;
        if (next === 0) break;
        node = next;
        lastWord = t >= W0;
        j = jn;
      }
      if (nc === 0) continue;
      windowBefore = undefined;
      for (let q = nc - 1; q >= 0; q--) {
        const end = candEnds[q]!;
        const list = entryLists[candNodes[q]!]!;
        let hit: Entry | undefined;
        for (let k = 0; k < list.length; k++) {
          if (accept(text, i, end, list[k]!)) {
            hit = list[k]!;
            break;
          }
        }
        if (hit === undefined) continue;
        // one object shape for every mention (refersTo present, often undefined)
        out.push({
          actorId: hit.actorId,
          start: i,
          end,
          text: text.slice(i, end),
          alias: hit.alias,
          refersTo: hit.metonymFor !== undefined && metonymic(text, i, end) ? hit.metonymFor : undefined,
        });
        re.lastIndex = end;
        break;
      }
    }
    // names by their transliteration key, between the exact mentions, in a text that names an actor exactly
    if (out.length > 0 && keys.size > 0) addKeyed(text, from, n, out);
    // a text about Moscow, Idaho means that Moscow every time it says "Moscow"
    let result = otherPlaces.size === 0 ? out : out.filter((m) => !otherPlaces.has(m.actorId));
    // and a text where "Turkey" is mostly the bird means the bird when the clue is a sentence away
    if (otherSense.size > 0) {
      for (const [e, vetoed] of otherSense) {
        const kept = result.filter((m) => m.actorId === e.actorId && m.alias === e.alias).length;
        if (vetoed >= kept) result = result.filter((m) => !(m.actorId === e.actorId && m.alias === e.alias));
      }
    }
    return result;
  }

  return { find, actors, size };
}
