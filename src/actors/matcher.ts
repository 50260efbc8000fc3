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
import { type AliasRules, RULE_OK, RULE_OTHER_SENSE, TextScope, applyAliasRules, capsNeighbour, compileAliasRules, namesOf } from './alias-rules';
import { furnitureMention } from './furniture-mentions';
import { sentenceWindow } from './sentence-window';
import { type KeyKind, buildNameKeyTablesSteps, keyKind, nameKeysFrom } from './name-key';
import { buildScanTablesSteps, isJsSpace, isUpper, symbolReader } from './scan-tables';
import { drain, STEP_ITEMS, type Steps } from '../compile/steps';

export { isJsSpace } from './scan-tables';
import { CAPITALS_PAIR, CAPITALS_PAIR_BEFORE, ELSEWHERE, META_AFTER, META_BEFORE, META_POSSESSIVE, WORD_ACRONYMS } from './rule-tables';
import { CLS, CLS_DASH, CLS_NEWLINE, CLS_SPACE, CLS_WORD, FOLD, clsOf, foldText } from '../text/fold';

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

/** One alias of one actor. Every field is always present (one object shape: the hot loop reads them). */
interface Entry {
  actorId: string;
  alias: string;
  rule: CaseRule;
  /** context rules (alias-rules.ts); undefined = none */
  rules: AliasRules | undefined;
  /** an all-capitals acronym that is also an English word ("IS", "US") */
  wordAcronym: boolean;
  isPlace: boolean;
  metonymFor: string | undefined;
}

/** The letters and digits a lower-case alias's first word must not run on into: A-Z, a-z, 0-9 and U+00C0–U+024F. */
function isLatinWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
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
    // the tables directly (this runs cold, once per alias character, on every page)
    let k = CLS[c]!;
    if (k === 0) k = clsOf(c);
    if (k === CLS_SPACE || k === CLS_DASH || k === CLS_NEWLINE) {
      sep = out.length > 0;
      continue;
    }
    if (sep) {
      out.push(32);
      sep = false;
    }
    out.push(FOLD[c]!);
  }
  return out;
}

function caseRuleOf(alias: string, caseSensitive: boolean | undefined): CaseRule {
  if (caseSensitive) return 'exact';
  return isUpper(alias.charAt(0)) ? 'initial' : 'any';
}

/** Compile the matcher for a list of actors (once per dataset). */
export function compileActorMatcher(actorList: readonly Actor[]): ActorMatcher {
  return drain(compileActorMatcherSteps(actorList));
}

/** `compileActorMatcher` in steps (src/compile/steps.ts). */
export function* compileActorMatcherSteps(actorList: readonly Actor[]): Steps<ActorMatcher> {
  return matcherFromTables(yield* buildMatcherTablesSteps(actorList), actorList);
}

/**
 * What compiling a list of actors produces, before any closure: data only
 * (typed arrays, maps, sets, regexes, plain objects), so that the build can
 * write it for the bundled dataset and a page read it back instead of
 * compiling (ADR 0100, src/engine/packed.ts). Whatever is added here must stay
 * data; the packer refuses functions.
 */
export function buildMatcherTables(actorList: readonly Actor[]) {
  return drain(buildMatcherTablesSteps(actorList));
}

/** `buildMatcherTables` in steps (src/compile/steps.ts). */
export function* buildMatcherTablesSteps(actorList: readonly Actor[]) {
  let size = 0;
  let step = 0;
  const seen = new Set<string>();
  const pending: { folded: number[]; entry: Entry }[] = [];
  /** names the transliteration key may match (name-key.ts) */
  const keyEntries: Entry[] = [];
  const keyKinds: KeyKind[] = [];

  for (const actor of actorList) {
    if (++step % STEP_ITEMS === 0) yield;
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
      const entry: Entry = {
        actorId: actor.id,
        alias: text,
        rule,
        rules: compileAliasRules(a),
        wordAcronym: rule === 'exact' && WORD_ACRONYMS.has(foldText(text)),
        isPlace: actor.type === 'place',
        metonymFor: actor.metonymFor ? actor.metonymFor : undefined,
      };
      pending.push({ folded, entry });
      const kind = keyKind(actor, text, entry.rules !== undefined, rule === 'exact');
      if (kind !== undefined) {
        keyEntries.push(entry);
        keyKinds.push(kind);
      }
      size++;
    }
  }

  const scan = yield* buildScanTablesSteps(pending);
  const keys = yield* buildNameKeyTablesSteps(keyEntries, pending.map((p) => p.entry.alias), keyKinds);
  // the name key reads "Kh" before a consonant as "H" ("Khmeimim" for Hmeimim): such words must
  // reach it even where no alias starts with "Kh"
  if ([...keys.heads].some((h) => Math.floor(h / 65536) === 104)) {
    scan.HEAD[75]! |= 2;
    scan.CAP_NEXT[75 * 128 + 104] = 1;
    scan.PAIR[75 * 128 + 104]! |= 2;
    if (scan.SCAN[75] !== 255) scan.SCAN[75]! |= 2;
  }
  return { actorIds: actorList.map((a) => a.id), size, scan, keys };
}

export type MatcherTables = ReturnType<typeof buildMatcherTables>;

/** The matcher over tables `buildMatcherTables` made from these same actors (built here, or by the build). */
export function matcherFromTables(tables: MatcherTables, actorList: readonly Actor[]): ActorMatcher {
  if (tables.actorIds.length !== actorList.length || tables.actorIds.some((id, i) => actorList[i]!.id !== id)) {
    throw new Error('matcherFromTables: the tables were built for other actors');
  }
  const actors = new Map<string, Actor>();
  for (const actor of actorList) actors.set(actor.id, actor);
  /** news outlets and agencies: in brackets they are credits and datelines */
  const mediaIds = new Set(actorList.filter((a) => a.type === 'media').map((a) => a.id));
  const size = tables.size;
  const { W0, A, HEAD, CAP_NEXT, CAP_SEP, LOWER_RESTS, LOWER_NEXT, LOWER_ANY, SYM, SCAN, PAIR, EDGE_AT, EDGE_SYM, EDGE_NEXT, ROOT, ROW_OF, DENSE, entryLists, terminal } = tables.scan;
  const symOf = symbolReader(tables.scan);

  /**
   * Can a match start at `i` (its unit `c` has a HEAD bit, the unit before is
   * no word character)? 0 no, 1 yes, 2 only if `lowerRestAt` says so (the
   * unit after a lower-case head starts one of its rests: the walk comes
   * first, it rules out most words at once).
   */
  function candidateAt(text: string, i: number, c: number): number {
    const h = HEAD[c]!;
    if ((h & 1) !== 0) return 1;
    if ((h & 2) !== 0) {
      const c2 = text.charCodeAt(i + 1);
      if (c2 < 128 ? CAP_NEXT[c * 128 + c2] === 1 : (c2 >= 0xc0 && c2 <= 0x24f) || (CAP_SEP[c] === 1 && ((c2 >= 0x2010 && c2 <= 0x2015) || isJsSpace(c2)))) return 1;
    }
    if ((h & 4) !== 0) {
      // most words starting with such a letter ("the", "after") go no further than their second unit
      if (c < 128 && LOWER_ANY[c] === 0) {
        const c2 = text.charCodeAt(i + 1);
        if (!(c2 < 128 && LOWER_NEXT[c * 128 + c2] === 1)) return 0;
      }
      return 2;
    }
    return 0;
  }

  /** Does one of the rests of lower-case head `c` follow `i`, then no Latin letter or digit? */
  function lowerRestAt(text: string, i: number, c: number): boolean {
    for (const rest of LOWER_RESTS.get(c)!) {
      if (text.startsWith(rest, i + 1) && !isLatinWordUnit(text.charCodeAt(i + 1 + rest.length))) return true;
    }
    return false;
  }

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
      // a lower-case letter (ASCII without building strings)
      const c = text.charCodeAt(i);
      if (c < 128 ? c >= 97 && c <= 122 : !up && isUpper(text.charAt(i).toUpperCase())) allCaps = false;
      letters++;
      i++;
      k++;
    }
    if (!same && !allCaps) return false;
    if (allCaps && letters <= 4) {
      // in a line of capitals, "IS"/"US" cannot be told from the words
      if (shouting(text, start, end)) return false;
      // and an acronym that is an English word, next to a word in capitals ("THIS IS A TEST")
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
      if (c < 128) {
        // ASCII: a lower-case letter ends it, a capital counts, a digit neither
        if (c >= 97 && c <= 122) return false;
        if (c >= 65 && c <= 90) letters++;
      } else {
        const ch = text.charAt(i);
        if (ch !== ch.toUpperCase()) return false;
        if (ch !== ch.toLowerCase()) letters++;
      }
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

  /** the sentence around the current candidate (before and after it), computed once per candidate when a rule needs it */
  let windowBefore: string | undefined;
  let windowAfter = '';

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
      // the sentence without the mention, read as its two sides: a context word cannot
      // span the mention (they are words), and each side starts as a word would
      const verdict = applyAliasRules(e.rules, windowBefore, windowAfter, scope);
      if (verdict !== RULE_OK) {
        if (verdict === RULE_OTHER_SENSE) otherSense.set(e, (otherSense.get(e) ?? 0) + 1);
        return false;
      }
    }
    return true;
  }

  /** What text-wide context rules found in the current text. */
  const scope = new TextScope();
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

  /**
   * Walk the automaton from the candidate at `i`: the aliases that end there
   * at a word boundary go to candNodes/candEnds, shortest first; returns
   * their number.
   */
  function walk(text: string, i: number, n: number): number {
    // the tables as locals: read from registers, not from the closure, in the loop
    const sym = SYM;
    const term = terminal;
    const rowOf = ROW_OF;
    const dense = DENSE;
    const edgeAt = EDGE_AT;
    const edgeSym = EDGE_SYM;
    const edgeNext = EDGE_NEXT;
    const nodes = candNodes;
    const ends = candEnds;
    const c = text.charCodeAt(i);
    const s = sym[c]!;
    let node = s >= W0 ? ROOT[s]! : 0;
    if (node === 0) return 0;
    let nc = 0;
    let j = i + 1;
    let lastWord = true;
    for (;;) {
      if (term[node] === 1) {
        // boundary: after a word character the next must not be one
        let boundary = !lastWord || j >= n;
        if (!boundary) {
          const d = text.charCodeAt(j);
          const sd = sym[d] === 255 ? symOf(d) : sym[d]!;
          boundary = sd !== 1 && sd < W0;
        }
        if (boundary && nc < 64) {
          nodes[nc] = node;
          ends[nc] = j;
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
      let next = 0;
      const row = rowOf[node]!;
      if (row !== 0) next = dense[(row - 1) * A + t]!;
      else {
        for (let e = edgeAt[node]!, last = edgeAt[node + 1]!; e < last; e++) {
          if (edgeSym[e] === t) {
            next = edgeNext[e]!;
            break;
          }
        }
      }
      if (next === 0) break;
      node = next;
      lastWord = t >= W0;
      j = jn;
    }
    return nc;
  }

  /** Of the `nc` aliases found by `walk` from `i`, report the longest accepted one (pushed to `out`); returns its end, or -1. */
  function acceptAt(text: string, i: number, nc: number, out: Mention[]): number {
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
      return end;
    }
    return -1;
  }

  const keys = nameKeysFrom(tables.keys);

  /** Add the names found by their key to `out` (sorted by start, as the exact mentions are). */
  function addKeyed(text: string, to: number, out: Mention[]): void {
    const hits = keys.findAt(text, keyStarts, keyStartCount, to, out, isUpperAt);
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

  /** word starts the scan passed that may begin a name read by its key (reused between calls) */
  let keyStarts = new Int32Array(1024);
  let keyStartCount = 0;

  function find(text: string, options: FindOptions = {}): Mention[] {
    const out: Mention[] = [];
    otherPlaces.clear();
    otherSense.clear();
    scope.reset(text, options.datasetText === true);
    keyStartCount = 0;
    const n = Math.min(text.length, options.to ?? text.length);
    const from = Math.max(0, options.from ?? 0);
    const scan = SCAN;
    // One pass over the text, one table read per unit. `after` is 4 after a
    // word character and 1 after anything else, so `t > after` is true only
    // for a candidate head after a non-word unit, or for a unit not seen yet
    // (255). A window starting mid-word starts after a word character.
    let after = 1;
    if (from > 0 && from <= text.length) {
      const p = text.charCodeAt(from - 1);
      if (scan[p] === 255) symOf(p);
      after = (scan[p]! & 1) !== 0 ? 4 : 1;
    }
    const pair = PAIR;
    const len = text.length;
    let i = from;
    while (i < n) {
      // the inner loop reads one unit and one table entry per character and
      // calls nothing (so the string's checks stay out of it); it stops at a
      // candidate head after a non-word unit, or a unit not seen yet
      let t = 0;
      let c = i < len ? text.charCodeAt(i) : 0;
      for (; i < n; i++) {
        const c2 = i + 1 < len ? text.charCodeAt(i + 1) : 0;
        t = (c | c2) < 128 ? pair[(c << 7) | c2]! : scan[c]!;
        if (t > after) break;
        after = 1 + 3 * (t & 1);
        c = c2;
      }
      if (i >= n) break;
      t = scan[c]!;
      if (t === 255) {
        symOf(c);
        t = scan[c]!;
      }
      const cand = t > after ? candidateAt(text, i, c) : 0;
      const nc = cand !== 0 ? walk(text, i, n) : 0;
      if (nc !== 0 && (cand === 1 || lowerRestAt(text, i, c))) {
        const end = acceptAt(text, i, nc, out);
        if (end !== -1) {
          // matches never overlap: go on after this one
          const p = text.charCodeAt(end - 1);
          if (scan[p] === 255) symOf(p);
          after = (scan[p]! & 1) !== 0 ? 4 : 1;
          i = end;
          continue;
        }
      }
      // no mention here: a capital that starts like a name is a start for the name-key pass
      if (cand === 1 && keys.startsName(text, i)) {
        if (keyStartCount === keyStarts.length) {
          const grown = new Int32Array(keyStarts.length * 2);
          grown.set(keyStarts);
          keyStarts = grown;
        }
        keyStarts[keyStartCount++] = i;
      }
      after = 1 + 3 * (t & 1);
      i++;
    }
    return settle(text, n, out);
  }

  /**
   * What the pass found, settled: keyed names added, other places and other senses taken out. A
   * function of its own: V8 optimises find's loop on its own (an optimisation made inside the loop
   * knew nothing of this part yet and was thrown away at its first line, once per long text).
   */
  function settle(text: string, n: number, out: Mention[]): Mention[] {
    // names by their transliteration key, between the exact mentions, in a text that names an actor exactly
    if (out.length > 0 && keys.size > 0) addKeyed(text, n, out);
    // a text about Moscow, Idaho means that Moscow every time it says "Moscow"
    let result = out;
    if (otherPlaces.size > 0) {
      result = [];
      for (const m of out) if (!otherPlaces.has(m.actorId)) result.push(m);
    }
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
