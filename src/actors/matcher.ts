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
 *   ("Moscow, Idaho"; "Paris, Texas").
 * - Metonyms: a mention of an actor with `metonymFor` (Moscow → russia) is
 *   reported as the place, with `refersTo: 'russia'` when the name is used
 *   for the government: subject of a verb of saying or acting ("Moscow
 *   said", "Moscow, a key Assad ally, had earlier said"), object of "calling
 *   on"/"urged"/"accused", possessive before a policy noun ("Moscow's
 *   insistence"), or paired with another capital used so ("Moscow and
 *   Washington discussed").
 */
import type { Actor, Alias } from '../dataset/schema';
import { CLS, CLS_DASH, CLS_NEWLINE, CLS_SPACE, CLS_WORD, FOLD, clsOf, foldOf, foldText } from '../text/fold';

export interface Mention {
  actorId: string;
  start: number;
  end: number;
  /** The text as it appears (possessive not included). */
  text: string;
  /** The dataset alias that matched. */
  alias: string;
  /** For metonyms used for another actor ("Moscow said" → 'russia'). */
  refersTo?: string;
}

export interface FindOptions {
  /** Only scan text[from, to). */
  from?: number;
  to?: number;
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
  /** folded context words; undefined = no context needed */
  context?: string[];
  /** folded words that veto this alias when in the same sentence */
  notContext?: string[];
  isPlace: boolean;
  metonymFor?: string;
}

/** Everyday senses of a few country/people names (folded prefixes). */
const DEFAULT_NOT_CONTEXT: Record<string, string[]> = {
  turkey: ['roast', 'oven', 'stuffing', 'gravy', 'thanksgiving', 'recipe', 'carv', 'bast', 'brine', 'drumstick',
    'leftover', 'sandwich', 'giblet', 'wishbone', 'cranberr', 'poultry', 'feather', 'gobbl', 'minced', 'breast', 'thigh', 'wild turkey'],
  russian: ['dressing', 'roulette', 'doll', 'salad', 'tea cake', 'ballet'],
  chad: ['hanging chad'],
  jordan: ['air jordan', 'michael jordan'],
};

/** Second halves of "Place, Region" names that put a place elsewhere. */
const ELSEWHERE = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
  'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'ontario', 'quebec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'id', 'tx', 'oh', 'ny', 'nj', 'ca',
]);

// Metonymy cues (on folded text).
const META_AUX = String.raw`(?:(?:has|had|have|is|was|were|will|would|also|earlier|later|now|then|still|already|again|has also|had also|had earlier|has long|has been|had been|is also|was also)\s+){0,3}`;
const META_VERB = String.raw`(?:said|says|say|insist\w*|reject\w*|den(?:y|ies|ied)|warn\w*|accus\w*|claim\w*|argu\w*|maintain\w*|saw|sees|see|launch\w*|carr(?:y|ies|ied)|bomb\w*|struck|strikes|target\w*|back(?:s|ed)|support\w*|want\w*|call(?:s|ed)|urg\w*|demand\w*|agree\w*|announc\w*|respond\w*|retaliat\w*|veto\w*|block\w*|suppl(?:y|ies|ied)|sent|send\w*|deploy\w*|intervene\w*|began|begun|start\w*|stepp\w*|hope\w*|fear\w*|believ\w*|consider\w*|responded|blam\w*|refus\w*|sees|view\w*|regard\w*|made|presented|proposed)`;
const META_AFTER = new RegExp(String.raw`^(?:'s?)?\s*(?:,[^,.;]{1,80},\s*)?${META_AUX}${META_VERB}\b`);
const META_POSSESSIVE = /^'s?\s+(?:own\s+)?(?:insistence|campaign|air|strikes?|military|position|positions|ally|allies|support|intervention|involvement|role|plans?|policy|forces|operations?|war|jets|bombing|claims?|denials?|response|decision|backing|stance|government|ambassador|envoy|foreign|defen[cs]e|officials?|view|aims?|goals?|bid|proposal|resolution|draft|diplomac\w*|leaders?|actions?|motives?|intentions?|offensive|assault|raids)\b/;
const META_BEFORE = /(?:call(?:ing|ed|s)? on|urg(?:ing|ed|es)|accus(?:ing|ed|es)|warn(?:ing|ed|s)|told|tell(?:ing|s)?|ask(?:ing|ed|s)|criticis(?:ing|ed|es)|criticiz(?:ing|ed|es)|condemn(?:ing|ed|s)|press(?:ing|ed)|between|with|against|back(?:ed|ing) by|by)\s+$/;
const CAPITALS_PAIR = /^\s+and\s+(?:washington|moscow|ankara|damascus|tehran|riyadh|paris|london|berlin|beijing|kiev|kyiv|doha)\b/;
const CAPITALS_PAIR_BEFORE = /(?:washington|moscow|ankara|damascus|tehran|riyadh|paris|london|berlin|beijing|kiev|kyiv|doha)\s+and\s+$/;

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

function letters(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (clsOf(s.charCodeAt(i)) === CLS_WORD) out += s[i];
  return out;
}

function caseRuleOf(alias: string, caseSensitive: boolean | undefined): CaseRule {
  if (caseSensitive) return 'exact';
  const first = alias.charAt(0);
  const multiWord = /[\s\u2010-\u2015-]/.test(alias.trim());
  if (!multiWord && isUpper(first)) return 'initial';
  return 'any';
}

/** Open-addressing hash of trie transitions: (node, folded unit) → node. */
class Transitions {
  private mask: number;
  private nodes: Int32Array;
  private chars: Int32Array;
  private targets: Int32Array;
  count = 0;
  constructor(capacity = 1024) {
    let size = 1;
    while (size < capacity * 2) size <<= 1;
    this.mask = size - 1;
    this.nodes = new Int32Array(size).fill(-1);
    this.chars = new Int32Array(size);
    this.targets = new Int32Array(size);
  }
  private slot(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
  }
  get(node: number, c: number): number {
    let i = this.slot(node, c);
    const nodes = this.nodes;
    for (;;) {
      const n = nodes[i]!;
      if (n === -1) return -1;
      if (n === node && this.chars[i] === c) return this.targets[i]!;
      i = (i + 1) & this.mask;
    }
  }
  set(node: number, c: number, target: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.rehash();
    let i = this.slot(node, c);
    while (this.nodes[i] !== -1) {
      if (this.nodes[i] === node && this.chars[i] === c) {
        this.targets[i] = target;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.nodes[i] = node;
    this.chars[i] = c;
    this.targets[i] = target;
    this.count++;
  }
  private rehash(): void {
    const { nodes, chars, targets } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.nodes = new Int32Array(size).fill(-1);
    this.chars = new Int32Array(size);
    this.targets = new Int32Array(size);
    this.count = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) this.set(nodes[i]!, chars[i]!, targets[i]!);
  }
}

/** Bounds of the sentence around [start, end) by a cheap local scan (no segmenter). */
function sentenceWindow(text: string, start: number, end: number, limit = 400): [number, number] {
  let a = start;
  const minA = Math.max(0, start - limit);
  while (a > minA) {
    const c = text.charCodeAt(a - 1);
    if (c === 10) break;
    if ((c === 46 || c === 33 || c === 63) && a < start && clsOf(text.charCodeAt(a)) === CLS_SPACE) {
      // ". " ends a sentence unless it closes a short abbreviation ("Mr.", "U.S.")
      const before = text.slice(Math.max(0, a - 5), a - 1);
      if (!/(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|No)$/.test(before)) break;
    }
    a--;
  }
  let b = end;
  const maxB = Math.min(text.length, end + limit);
  while (b < maxB) {
    const c = text.charCodeAt(b);
    if (c === 10) break;
    b++;
    if ((c === 46 || c === 33 || c === 63) && (b >= text.length || clsOf(text.charCodeAt(b)) === CLS_SPACE)) {
      const before = text.slice(Math.max(0, b - 5), b - 1);
      if (!/(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|No)$/.test(before)) break;
    }
  }
  return [a, b];
}

/** Does a folded word (or phrase) start a word in folded `hay`? */
function hasWordStart(hay: string, word: string): boolean {
  let at = hay.indexOf(word);
  while (at !== -1) {
    if (at === 0 || clsOf(hay.charCodeAt(at - 1)) !== CLS_WORD) return true;
    at = hay.indexOf(word, at + 1);
  }
  return false;
}

/** Compile the matcher for a list of actors (once per dataset). */
export function compileActorMatcher(actorList: readonly Actor[]): ActorMatcher {
  const actors = new Map<string, Actor>();
  const root = new Int32Array(65536).fill(-1);
  const trans = new Transitions(2048);
  const entries: Entry[][] = [[]]; // per node; node 0 is the root
  let nodeCount = 1;
  let size = 0;
  const seen = new Set<string>();

  for (const actor of actorList) {
    actors.set(actor.id, actor);
    const names: Alias[] = [actor.name, ...actor.aliases];
    for (const a of names) {
      const text = aliasText(a).trim();
      if (text === '') continue;
      const folded = foldAlias(text);
      if (folded.length === 0 || clsOf(text.charCodeAt(0)) !== CLS_WORD) continue;
      const obj = typeof a === 'string' ? undefined : a;
      const rule = caseRuleOf(text, obj?.caseSensitive);
      const context = obj?.context?.map((w) => foldText(w.trim())).filter((w) => w !== '');
      const key = `${actor.id}\u0000${text}\u0000${rule}\u0000${context?.join('|') ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const own = (obj as { notContext?: string[] } | undefined)?.notContext;
      const lowered = foldText(text);
      const notContext = [...(own ?? []).map((w) => foldText(w)), ...(DEFAULT_NOT_CONTEXT[lowered] ?? [])];
      // walk / extend the trie
      let node = root[folded[0]!]!;
      if (node === -1) {
        node = nodeCount++;
        entries.push([]);
        root[folded[0]!] = node;
      }
      for (let k = 1; k < folded.length; k++) {
        let next = trans.get(node, folded[k]!);
        if (next === -1) {
          next = nodeCount++;
          entries.push([]);
          trans.set(node, folded[k]!, next);
        }
        node = next;
      }
      const entry: Entry = { actorId: actor.id, alias: text, rule, isPlace: actor.type === 'place' };
      if (context && context.length > 0) entry.context = context;
      if (notContext.length > 0) entry.notContext = notContext;
      if (actor.metonymFor) entry.metonymFor = actor.metonymFor;
      entries[node]!.push(entry);
      size++;
    }
  }
  // context-bound entries first: they are the more specific reading
  for (const list of entries) list.sort((x, y) => (y.context ? 1 : 0) - (x.context ? 1 : 0));

  function caseOk(text: string, start: number, end: number, e: Entry): boolean {
    if (e.rule === 'any') return true;
    const got = text.slice(start, end);
    if (e.rule === 'initial') return isUpper(got.charAt(0));
    // exact: same capitalisation letter by letter, or the whole word in capitals
    const gl = letters(got);
    const al = letters(e.alias);
    if (gl.length !== al.length) return false;
    let same = true;
    for (let k = 0; k < gl.length; k++) {
      if (isUpper(gl[k]!) !== isUpper(al[k]!)) {
        same = false;
        break;
      }
    }
    const allCaps = gl.toUpperCase() === gl && gl.toLowerCase() !== gl;
    if (!same && !allCaps) return false;
    if (allCaps && gl.length <= 4) {
      // in a line of capitals, "IS"/"US" cannot be told from the words
      if (shouting(text, start, end)) return false;
    }
    return true;
  }

  function shouting(text: string, start: number, end: number): boolean {
    const before = /([A-Za-z]+)[^A-Za-z\n]*$/.exec(text.slice(Math.max(0, start - 30), start));
    const after = /^[^A-Za-z\n]*([A-Za-z]+)/.exec(text.slice(end, end + 30));
    const caps = (w: string | undefined): boolean => w !== undefined && w.length >= 2 && w === w.toUpperCase();
    return caps(before?.[1]) || caps(after?.[1]);
  }

  function elsewhere(text: string, end: number): boolean {
    const m = /^,\s*([A-Za-z][A-Za-z. ]{1,20})/.exec(text.slice(end, end + 24));
    if (!m) return false;
    const words = m[1]!.toLowerCase().replace(/\./g, '').trim().split(/\s+/);
    return ELSEWHERE.has(words[0]!) || (words.length > 1 && ELSEWHERE.has(`${words[0]} ${words[1]}`));
  }

  function accept(text: string, start: number, end: number, e: Entry, windowCache: { w?: string }): boolean {
    if (!caseOk(text, start, end, e)) return false;
    if (e.context || e.notContext) {
      if (windowCache.w === undefined) {
        const [a, b] = sentenceWindow(text, start, end);
        windowCache.w = foldText(text.slice(a, start)) + ' ' + foldText(text.slice(end, b));
      }
      const w = windowCache.w;
      if (e.context && !e.context.some((c) => hasWordStart(w, c))) return false;
      if (e.notContext && e.notContext.some((c) => hasWordStart(w, c))) return false;
    }
    if (e.isPlace && elsewhere(text, end)) return false;
    return true;
  }

  function metonymic(text: string, start: number, end: number): boolean {
    const after = foldText(text.slice(end, end + 140));
    if (META_AFTER.test(after) || META_POSSESSIVE.test(after) || CAPITALS_PAIR.test(after)) return true;
    const before = foldText(text.slice(Math.max(0, start - 40), start));
    return META_BEFORE.test(before) || CAPITALS_PAIR_BEFORE.test(before);
  }

  // terminal candidates found during one walk (node, end), reused
  const candNodes = new Int32Array(64);
  const candEnds = new Int32Array(64);

  function find(text: string, options: FindOptions = {}): Mention[] {
    const out: Mention[] = [];
    const n = Math.min(text.length, options.to ?? text.length);
    let i = Math.max(0, options.from ?? 0);
    // start at a word start
    if (i > 0) while (i < n && CLS[text.charCodeAt(i - 1)] === CLS_WORD && CLS[text.charCodeAt(i)] === CLS_WORD) i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      let cls = CLS[c]!;
      if (cls === 0) cls = clsOf(c);
      if (cls !== CLS_WORD) {
        i++;
        continue;
      }
      // i is a word start
      let node = root[FOLD[c] === 0 ? foldOf(c) : FOLD[c]!]!;
      if (node !== -1) {
        let nc = 0;
        let j = i + 1;
        let lastWord = true;
        for (;;) {
          if (entries[node]!.length > 0) {
            // boundary: after a word character the next must not be one
            const nx = j < n ? text.charCodeAt(j) : 32;
            if (!lastWord || clsOf(nx) !== CLS_WORD) {
              if (nc < 64) {
                candNodes[nc] = node;
                candEnds[nc] = j;
                nc++;
              }
            }
          }
          if (j >= n) break;
          const d = text.charCodeAt(j);
          let k = CLS[d]!;
          if (k === 0) k = clsOf(d);
          let f: number;
          let jn: number;
          if (k === CLS_SPACE || k === CLS_DASH || k === CLS_NEWLINE) {
            // a separator run: spaces and dashes, at most one line break
            jn = j;
            let breaks = 0;
            while (jn < n) {
              const e = text.charCodeAt(jn);
              const ke = clsOf(e);
              if (ke === CLS_NEWLINE) {
                if (++breaks > 1) break;
              } else if (ke !== CLS_SPACE && ke !== CLS_DASH) break;
              jn++;
            }
            if (breaks > 1) break;
            f = 32;
          } else {
            f = FOLD[d] === 0 ? foldOf(d) : FOLD[d]!;
            jn = j + 1;
          }
          const next = trans.get(node, f);
          if (next === -1) break;
          node = next;
          lastWord = k === CLS_WORD;
          j = jn;
        }
        let matchedEnd = -1;
        const windowCache: { w?: string } = {};
        for (let q = nc - 1; q >= 0 && matchedEnd === -1; q--) {
          const end = candEnds[q]!;
          for (const e of entries[candNodes[q]!]!) {
            if (!accept(text, i, end, e, windowCache)) continue;
            const m: Mention = { actorId: e.actorId, start: i, end, text: text.slice(i, end), alias: e.alias };
            if (e.metonymFor && metonymic(text, i, end)) m.refersTo = e.metonymFor;
            out.push(m);
            matchedEnd = end;
            break;
          }
        }
        if (matchedEnd !== -1) {
          i = matchedEnd;
          continue;
        }
      }
      // no match here: skip the rest of the word
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = CLS[d]!;
        if (k === CLS_WORD || (k === 0 && clsOf(d) === CLS_WORD)) i++;
        else break;
      }
    }
    return out;
  }

  return { find, actors, size };
}
