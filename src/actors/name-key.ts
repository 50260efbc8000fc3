/**
 * A transliteration-aware key for names, so that the spellings outlets give
 * one Arabic, Turkish or Russian name match without listing each:
 * Raqqa / Raqa / Raqqah, Deir al-Zour / Deir ez-Zor / Deir Ezzor, Latakia /
 * Lattakia, Bayir Bucak / Bayirbucak, Davutoglu / Davutoğlu, Shoigu / Shoygu,
 * Maaden Jedid / Maadan Jadid.
 *
 * The key, in order: fold case and accents; drop apostrophes; split into
 * words at spaces and dashes; drop Arabic articles standing as words ("al",
 * "el", "ez", "ad"… before another word) and an article fused by
 * assimilation at the start of a later word ("Ezzor" → "zor"); join the
 * words; then q, c → k; ph → f; gh, dh, kh → g, d, k; vowels to three
 * classes (a e → a; i y j → i; o u → u); any doubled letter once; a final h
 * after a vowel dropped (Raqqah → raka).
 *
 * Guards against false friends (see name-key.test.ts): only names of places,
 * people and armed groups marked `transliterated` in the dataset (Paris and
 * Hollande are spelled one way; Parys is another town), of five letters or
 * more, without context rules of their own; the text must be capitalised and share the name's first two
 * letters (Reka is not Raqqa); and a name read by its key alone counts only
 * in a text that names some actor of the dataset exactly (an off-topic page
 * gets none).
 */
import type { Actor } from '../dataset/schema';
import { CLS, CLS_DASH, CLS_NEWLINE, CLS_SPACE, CLS_WORD, FOLD, clsOf, fillFoldTables, foldOf } from '../text/fold';
import { KEY_ACTOR_TYPES, NAME_ARTICLES, NAME_TITLE_WORDS } from './rule-tables';
import { drain } from '../compile/steps';
import { hasInnerMark, innerMarkEnd } from './inner-mark';

const VOWEL_CLASS: Record<string, string> = { a: 'a', e: 'a', i: 'i', y: 'i', j: 'i', o: 'u', u: 'u' };
const isVowel = (ch: string) => ch === 'a' || ch === 'i' || ch === 'u';

/** The folded words of a name: lower case, accents off, apostrophes out, split at spaces and dashes. */
function foldedWords(s: string): string[] {
  const words: string[] = [];
  let w = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = clsOf(c);
    if (k === CLS_WORD) w += String.fromCharCode(foldOf(c));
    else if (k === CLS_SPACE || k === CLS_DASH || k === CLS_NEWLINE) {
      if (w !== '') words.push(w);
      w = '';
    }
    // apostrophes and other marks inside a name are dropped ("Ma'arrat" = "Maarrat")
  }
  if (w !== '') words.push(w);
  return words;
}

/**
 * The letter rules of the key over folded letters `s[from, to)`: digraphs,
 * q/c → k, vowel classes, doubles once; stops after `max` output letters.
 */
function mapLetters(s: string, from: number, to: number, max: number): string {
  let out = '';
  for (let i = from; i < to && out.length < max; i++) {
    let ch = s[i]!;
    const next = s[i + 1];
    if (ch === 'p' && next === 'h') {
      ch = 'f';
      i++;
    } else if ((ch === 'g' || ch === 'd' || ch === 'k') && next === 'h') i++;
    else if (ch === 'c' && next === 'k') {
      ch = 'k';
      i++;
    } else if (ch === 'q' || ch === 'c') ch = 'k';
    // "ae" and "ai" write one Arabic vowel pair: Qaeda = Qaida, Daesh = Daish
    else if (ch === 'e' && i > from && s[i - 1] === 'a') ch = 'i';
    ch = VOWEL_CLASS[ch] ?? ch;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out;
}

const VOWELS = 'aeiouy';
/** Folded "kh" at `i` before a consonant ("Khmeimim"): its k is dropped, so that Kh and H spell one sound. */
function khBeforeConsonant(s: string, i: number): boolean {
  const c = s[i + 2];
  return s[i] === 'k' && s[i + 1] === 'h' && c !== undefined && c >= 'a' && c <= 'z' && !VOWELS.includes(c);
}
/** The same on a text, through the fold table. */
function khAt(text: string, i: number, end: number): boolean {
  if (i + 2 >= end) return false;
  const c = FOLD[text.charCodeAt(i + 2)]!;
  return FOLD[text.charCodeAt(i)] === 107 && FOLD[text.charCodeAt(i + 1)] === 104 && c >= 97 && c <= 122 && !VOWELS.includes(String.fromCharCode(c));
}

/**
 * Aircraft and helicopter designations, by rule rather than by listing each
 * spelling: "Su-24", "SU24", "Su-24M", "Sukhoi-24M", "Sukhoi Su-24" are one
 * key ("su-24"); the maker's name may stand for its prefix. A bare prefix
 * ("Su", "An", "Mi") needs a hyphen or nothing before the number, so that
 * "An 18-year-old" is no Antonov; and only designations the dataset names
 * are read at all.
 */
const MAKERS: Readonly<Record<string, string>> = { sukhoi: 'su', tupolev: 'tu', mikoyan: 'mig', ilyushin: 'il', kamov: 'ka', yakovlev: 'yak', antonov: 'an', mil: 'mi' };
const DESIGNATION = /(?:(sukhoi|tupolev|mikoyan|ilyushin|kamov|yakovlev|antonov|mil)(?:[\s-]+(?:su|tu|mig|il|mi|ka|yak|an)(?=-?\d))?[\s-]*|(su|tu|mig|il|mi|ka|yak|an)-?)(\d{1,3})[a-z]{0,3}\d?(?:['’]?s)?(?![\w-])/iy;

/** The designation written at `at` ("SU24s", "Sukhoi-24M"): its key and where it ends, or undefined. */
export function designationAt(text: string, at = 0): { key: string; end: number } | undefined {
  DESIGNATION.lastIndex = at;
  const m = DESIGNATION.exec(text);
  if (m === null) return undefined;
  const maker = m[1] !== undefined ? MAKERS[m[1].toLowerCase()]! : m[2]!.toLowerCase();
  return { key: `${maker}-${m[3]!}`, end: at + m[0].length };
}

/**
 * Can a designation start with this unit? The first letters of the makers and prefixes above, in
 * either case (DESIGNATION's /i without /u folds ASCII letters only): a test before the regex,
 * which runs for every capitalised word that starts like a name.
 */
export function designationInitial(c: number): boolean {
  const l = c | 32;
  return l === 115 || l === 116 || l === 109 || l === 105 || l === 107 || l === 121 || l === 97;
}

/** The key of a designation alias ("Sukhoi Su-24" → "su-24"), or undefined when the alias is none. */
export function designationKey(alias: string): string | undefined {
  const d = designationAt(alias.trim());
  return d !== undefined && d.end === alias.trim().length ? d.key : undefined;
}

/** The vowel class of each folded ASCII letter (a e → a; i y j → i; o u → u), else the letter. */
const KEY_UNIT = new Uint16Array(128);
for (let c = 0; c < 128; c++) KEY_UNIT[c] = (VOWEL_CLASS[String.fromCharCode(c)] ?? String.fromCharCode(c)).charCodeAt(0);
KEY_UNIT[113] = 107; // q → k
KEY_UNIT[99] = 107; // c → k

/**
 * The first three letters of the key of the single word `text[start, end)`,
 * packed in one number: the cheap first test, without building strings
 * (it runs for every capitalised word that starts like a name).
 */
function keyHead(text: string, start: number, end: number): number {
  let packed = 0;
  let n = 0;
  let last = -1;
  /** the folded letter read before this one (marks skipped) */
  let prev = -1;
  for (let i = khAt(text, start, end) ? start + 1 : start; i < end && n < 3; i++) {
    // a mark inside the name is not read ("Da'esh" = "Daesh")
    if (innerMarkEnd(text, i, end) !== i) continue;
    let f = FOLD[text.charCodeAt(i)]!;
    const before = prev;
    prev = f;
    const next = i + 1 < end ? FOLD[text.charCodeAt(i + 1)]! : 0;
    if (f === 112 && next === 104) {
      f = 102; // ph → f
      i++;
    } else if ((f === 103 || f === 100 || f === 107 || f === 99) && next === 104 && f !== 99) i++; // gh dh kh
    else if (f === 99 && next === 107) i++; // ck → k
    // ae → ai, as mapLetters
    const k = f === 101 && before === 97 ? 105 : f < 128 ? KEY_UNIT[f]! : f;
    if (k === last) continue;
    last = k;
    packed = packed * 2048 + (k & 2047);
    n++;
  }
  return packed;
}

/** The same packing for a key already computed. */
function packHead(key: string): number {
  let packed = 0;
  for (let i = 0; i < 3 && i < key.length; i++) packed = packed * 2048 + (key.charCodeAt(i) & 2047);
  return packed;
}

/** The key of a name (see the module comment). Empty for a name with no letters. */
export function nameKey(name: string): string {
  const words = foldedWords(name);
  // a Russian "Х" before a consonant is written Kh or H: Khmeimim = Hmeimim
  if (words.length > 0 && khBeforeConsonant(words[0]!, 0)) words[0] = words[0]!.slice(1);
  let joined = '';
  words.forEach((w, k) => {
    // an article standing as a word, before another word: "al-Zour", "ez Zor"
    if (k < words.length - 1 && NAME_ARTICLES.has(w)) return;
    // an article fused by assimilation at the start of a later word: "Ezzor", "Assad" after "al"
    if (k > 0 && w.length >= 5 && (w[0] === 'a' || w[0] === 'e') && w[1] === w[2] && NAME_ARTICLES.has(w[0] + w[1])) w = w.slice(2);
    joined += w;
  });
  let out = mapLetters(joined, 0, joined.length, Infinity);
  // a final h after a vowel: Raqqah, Hamah
  if (out.length > 2 && out.endsWith('h') && isVowel(out[out.length - 2]!)) out = out.slice(0, -1);
  return out;
}

/** A name found by its key: which alias, where. */
export interface KeyHit<E> {
  entry: E;
  start: number;
  end: number;
}

interface Keyed<E> {
  entry: E;
  words: number;
}

/** Entries that take part, as the matchers compile them. */
export interface KeyableEntry {
  actorId: string;
  alias: string;
}

/**
 * How a name may be matched by rule beyond its exact spelling: 'name', by
 * the transliteration key (see `keyable`); 'joined', written with its words
 * joined or split ("Metro Jet" for Metrojet: the same letters, any name of
 * six letters or more that has no context rules); 'designation', an
 * aircraft's model ("SU24" for Su-24; weapons only).
 */
export type KeyKind = 'name' | 'joined' | 'designation';

export function keyKind(actor: Pick<Actor, 'type' | 'transliterated'>, alias: string, hasRules: boolean, caseSensitive: boolean): KeyKind | undefined {
  if (hasRules) return undefined;
  if (actor.type === 'weapon' && designationKey(alias) !== undefined) return 'designation';
  if (keyable(actor, alias, hasRules, caseSensitive)) return 'name';
  if (caseSensitive) return undefined;
  const first = alias.charAt(0);
  if (first === first.toLowerCase()) return undefined;
  const words = foldedWords(alias);
  const letters = words.join('').length;
  return letters >= 6 && words.length <= 3 && !NAME_TITLE_WORDS.has(words[0]!) ? 'joined' : undefined;
}

/** Is this alias a name the key may match by rule (not an acronym, a common word or a ruled alias)? */
export function keyable(actor: Pick<Actor, 'type' | 'transliterated'>, alias: string, hasRules: boolean, caseSensitive: boolean): boolean {
  if (actor.transliterated !== true || hasRules || caseSensitive || !KEY_ACTOR_TYPES.has(actor.type)) return false;
  const first = alias.charAt(0);
  if (first === first.toLowerCase()) return false;
  let letters = 0;
  for (let i = 0; i < alias.length; i++) if (clsOf(alias.charCodeAt(i)) === CLS_WORD) letters++;
  if (letters < 5) return false;
  // a bare name of one to three words, articles aside: not a title ("President Bashar al-Assad"),
  // which the trie reads as written, and whose key would be read at every "President"
  const words = foldedWords(alias);
  return words.length <= 3 && !NAME_TITLE_WORDS.has(words[0]!) && words.every((w, k) => k === 0 || NAME_ARTICLES.has(w) || w.length > 2);
}

/** First two folded letters of a string (the bucket a candidate must share). */
function headOf(s: string, at = 0): string {
  let h = '';
  const f = foldedWords(s.slice(at, at + 3)).join('');
  for (let i = khBeforeConsonant(f, 0) && s.length > at + 2 ? at + 1 : at; i < s.length && h.length < 2; i++) {
    const c = s.charCodeAt(i);
    if (clsOf(c) !== CLS_WORD) break;
    h += String.fromCharCode(foldOf(c));
  }
  return h;
}

/** The class of a code unit, from the table when it is there. */
const clsAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  const k = CLS[c]!;
  return k !== 0 ? k : clsOf(c);
};

/**
 * The name-key pass of a matcher: compiled once from the keyable entries;
 * `find` reads the text's capitalised words outside the exact mentions.
 * Most words cost one table read per character: only a capitalised word of
 * four letters or more whose first two letters start some name, and whose
 * key starts as some name's key does, is keyed in full.
 */
export function compileNameKeys<E extends KeyableEntry>(entries: readonly E[], allAliases: readonly string[] = [], kinds: readonly KeyKind[] = []) {
  return nameKeysFrom(buildNameKeyTables(entries, allAliases, kinds));
}

/** The name keys' tables, built once per dataset: data only (the build ships the matcher's, ADR 0100). */
export function buildNameKeyTables<E extends KeyableEntry>(entries: readonly E[], allAliases: readonly string[] = [], kinds: readonly KeyKind[] = []) {
  return drain(buildNameKeyTablesSteps(entries, allAliases, kinds));
}

/** `buildNameKeyTables` in steps (src/compile/steps.ts). */
export function* buildNameKeyTablesSteps<E extends KeyableEntry>(entries: readonly E[], allAliases: readonly string[] = [], kinds: readonly KeyKind[] = []) {
  let step = 0;
  fillFoldTables(); // FOLD is read directly below
  const byKey = new Map<string, Keyed<E>>();
  /** first two folded letters of the names, as one number each */
  const heads = new Set<number>();
  /** the first three letters of the names' keys */
  const keyHeads = new Set<number>();
  /** every alias's exact folded spelling: those are the trie's to match or refuse */
  const exact = new Set<string>();
  /** names matched with their words joined or split: the folded letters alone */
  const byJoined = new Map<string, Keyed<E>>();
  /** aircraft designations by their key ("su-24") */
  const byDesignation = new Map<string, E>();
  /** the beginnings of the joined names, for the first written word */
  const joinPrefixes = new Set<string>();
  let maxWords = 1;
  for (const a of allAliases) {
    if (++step % 256 === 0) yield;
    exact.add(foldedWords(a).join(' '));
  }
  for (const [n, entry] of entries.entries()) {
    if (++step % 256 === 0) yield;
    exact.add(foldedWords(entry.alias).join(' '));
    const kind = kinds[n] ?? 'name';
    const nk = nameKey(entry.alias);
    const head = headOf(entry.alias);
    if (kind === 'designation') {
      const dk = designationKey(entry.alias)!;
      if (!byDesignation.has(dk)) byDesignation.set(dk, entry);
      heads.add(head.charCodeAt(0) * 65536 + head.charCodeAt(1));
      continue;
    }
    if (nk.length < 4 || head.length < 2) continue;
    // a name may be written with one word more (an article) or fewer (joined) than the alias
    const words = foldedWords(entry.alias).length + 1;
    if (kind === 'joined') {
      // its own gate: a first word that begins the joined name ("Metro" of "Metrojet")
      const jk = foldedWords(entry.alias).join('');
      if (byJoined.has(jk)) continue;
      byJoined.set(jk, { entry, words });
      for (let k = 2; k < jk.length - 1; k++) joinPrefixes.add(jk.slice(0, k));
      heads.add(head.charCodeAt(0) * 65536 + head.charCodeAt(1));
      continue;
    }
    const key = `${head}\u0000${nk}`;
    if (byKey.has(key)) continue;
    byKey.set(key, { entry, words });
    heads.add(head.charCodeAt(0) * 65536 + head.charCodeAt(1));
    keyHeads.add(packHead(nk));
    maxWords = Math.max(maxWords, words);
    // a name led by its article ("Al-Qaeda") is written with the article in lower case or none
    // ("al-Qaida", "Qaida-linked"): the name is read from the word after the article too
    const aliasWords = foldedWords(entry.alias);
    if (aliasWords.length >= 2 && NAME_ARTICLES.has(aliasWords[0]!) && aliasWords[1]!.length >= 4) {
      const head2 = aliasWords[1]!.slice(0, 2);
      const key2 = `${head2}\u0000${nk}`;
      if (!byKey.has(key2)) {
        byKey.set(key2, { entry, words: words - 1 });
        heads.add(head2.charCodeAt(0) * 65536 + head2.charCodeAt(1));
      }
    }
  }

  // the scan jumps from candidate to candidate with one native regex: a capital (any accent)
  // followed by a second letter some name has, at a word start
  const variants = new Map<number, string[]>();
  for (let c = 0x41; c < 0x250; c++) {
    if (clsOf(c) !== CLS_WORD) continue;
    const f = foldOf(c);
    const list = variants.get(f);
    if (list) list.push(String.fromCharCode(c));
    else variants.set(f, [String.fromCharCode(c)]);
  }
  // one character class of the names' first capitals (every accented form): V8 scans for a
  // leading class fast, where an alternation of letter pairs costs a step at every position
  const firsts = new Set<string>();
  for (const h of heads) for (const ch of variants.get(Math.floor(h / 65536)) ?? []) if (ch !== ch.toLowerCase()) firsts.add(ch);
  // "Khmeimim" starts a name that begins "Hm"
  if ([...heads].some((h) => Math.floor(h / 65536) === 104)) for (const ch of variants.get(107) ?? []) if (ch !== ch.toLowerCase()) firsts.add(ch);
  const START = firsts.size > 0 ? new RegExp(`[${[...firsts].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g') : undefined;
  return { byKey, byJoined, joinPrefixes, byDesignation, heads, keyHeads, exact, maxWords, START };
}

export type NameKeyTables<E extends KeyableEntry> = ReturnType<typeof buildNameKeyTables<E>>;

/** The name-key pass over built tables. */
export function nameKeysFrom<E extends KeyableEntry>(tables: NameKeyTables<E>) {
  fillFoldTables(); // the scan reads FOLD directly
  const { byKey, byJoined, joinPrefixes, byDesignation, heads, keyHeads, exact, maxWords, START } = tables;
  // the gate before a written word is folded into a string for joinPrefixes: every prefix there
  // starts with one of the two-letter ones, and none is longer than the longest
  const joinHeads = new Set<number>();
  let joinLongest = 0;
  for (const p of joinPrefixes) {
    if (p.length === 2) joinHeads.add(p.charCodeAt(0) * 65536 + p.charCodeAt(1));
    joinLongest = Math.max(joinLongest, p.length);
  }

  /** The pair of folded letters a name starting at `i` is bucketed by (the k of "Khm…" skipped). */
  function headAt(text: string, i: number): number {
    const j = khAt(text, i, text.length) ? i + 1 : i;
    return FOLD[text.charCodeAt(j)]! * 65536 + FOLD[text.charCodeAt(j + 1)]!;
  }

  /** The end of the word starting at `i` (over a mark inside a name: "Da'esh", not "Raqqa's"). */
  function wordEnd(text: string, i: number, n: number): number {
    let j = i;
    for (;;) {
      while (j < n && clsAt(text, j) === CLS_WORD) j++;
      const inner = j > i ? innerMarkEnd(text, j, n) : j;
      if (inner === j) return j;
      j = inner;
    }
  }

  /** Is `text[i]` a capital whose pair of letters starts some name? (The matcher's scan asks at its candidates.) */
  function startsName(text: string, i: number): boolean {
    return heads.has(headAt(text, i));
  }

  /** A name written split ("Metro Jet" for Metrojet) from the word `text[start, end1)`, or undefined. */
  function joinedAt(text: string, start: number, end1: number, limit: number): KeyHit<E> | undefined {
    if (end1 - start > joinLongest || !joinHeads.has(FOLD[text.charCodeAt(start)]! * 65536 + FOLD[text.charCodeAt(start + 1)]!)) return undefined;
    let acc = '';
    for (let i = start; i < end1; i++) acc += String.fromCharCode(FOLD[text.charCodeAt(i)]!);
    if (!joinPrefixes.has(acc)) return undefined;
    let j = end1;
    for (let w = 2; w <= 3; w++) {
      let k = j;
      while (k < limit && (clsAt(text, k) === CLS_SPACE || clsAt(text, k) === CLS_DASH)) k++;
      if (k === j || k >= limit || clsAt(text, k) !== CLS_WORD) return undefined;
      j = wordEnd(text, k, limit);
      for (let i = k; i < j; i++) acc += String.fromCharCode(FOLD[text.charCodeAt(i)]!);
      const hit = byJoined.get(acc);
      if (hit !== undefined) return exact.has(foldedWords(text.slice(start, j)).join(' ')) ? undefined : { entry: hit.entry, start, end: j };
      if (!joinPrefixes.has(acc)) return undefined;
    }
    return undefined;
  }

  /**
   * The name read by its key from the word start `start` (before `limit`,
   * where the next exact mention starts), or undefined.
   */
  function tryAt(text: string, start: number, limit: number, isUpperAt: (t: string, i: number) => boolean): KeyHit<E> | undefined {
    const end1 = wordEnd(text, start, limit);
    if (!isUpperAt(text, start)) return undefined;
    // a designation's prefix is a short word of its own ("Su-34s": "Su"), so it is read before the length test
    if (byDesignation.size > 0 && designationInitial(text.charCodeAt(start))) {
      const d = designationAt(text, start);
      const entry = d !== undefined && d.end <= limit ? byDesignation.get(d.key) : undefined;
      if (entry !== undefined) return { entry, start, end: d!.end };
    }
    if (end1 - start < 4) return undefined;
    if (byJoined.size > 0) {
      const joined = joinedAt(text, start, end1, limit);
      if (joined !== undefined) return joined;
    }
    if (!keyHeads.has(keyHead(text, start, end1))) return undefined;
    const h = headAt(text, start);
    const head = String.fromCharCode(Math.floor(h / 65536), h % 65536);
    // the longest run of up to maxWords words whose key is a name's
    let j = end1;
    let best: KeyHit<E> | undefined;
    for (let w = 1; w <= maxWords && j <= limit; w++) {
      const written = text.slice(start, j);
      const hit = byKey.get(`${head}\u0000${nameKey(written)}`);
      // (an exact spelling is the trie's, unless written with a mark inside, which the trie does not read)
      if (hit !== undefined && hit.words >= w && (!exact.has(foldedWords(written).join(' ')) || hasInnerMark(written))) best = { entry: hit.entry, start, end: j };
      // the next word, across one separator run (spaces, dashes)
      let k = j;
      while (k < limit && (clsAt(text, k) === CLS_SPACE || clsAt(text, k) === CLS_DASH)) k++;
      if (k === j || k >= limit || clsAt(text, k) !== CLS_WORD) break;
      j = wordEnd(text, k, limit);
    }
    return best;
  }

  /**
   * Names found by their key from the given word starts (ascending; each a
   * capital where `startsName` holds and no exact mention starts), outside
   * `taken` (sorted, non-overlapping exact mentions).
   */
  function findAt(text: string, starts: ArrayLike<number>, count: number, to: number, taken: readonly { start: number; end: number }[], isUpperAt: (t: string, i: number) => boolean): KeyHit<E>[] {
    const out: KeyHit<E>[] = [];
    let t = 0;
    let after = -1;
    for (let q = 0; q < count; q++) {
      const i = starts[q]!;
      if (i < after) continue;
      while (t < taken.length && taken[t]!.end <= i) t++;
      if (t < taken.length && taken[t]!.start <= i) continue;
      const hit = tryAt(text, i, t < taken.length ? taken[t]!.start : to, isUpperAt);
      if (hit !== undefined) {
        out.push(hit);
        after = hit.end;
      }
    }
    return out;
  }

  /**
   * Names found by their key in `text[from, to)`, outside `taken`, by their
   * own scan (one native regex from capital to capital): what `findAt` gives
   * when a matcher does not collect the starts itself.
   */
  function find(text: string, from: number, to: number, taken: readonly { start: number; end: number }[], isUpperAt: (t: string, i: number) => boolean): KeyHit<E>[] {
    const starts: number[] = [];
    if (START === undefined) return [];
    const re = START;
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
      const i = m.index;
      if ((i > 0 && clsAt(text, i - 1) === CLS_WORD) || !startsName(text, i)) continue;
      starts.push(i);
    }
    return findAt(text, starts, starts.length, to, taken, isUpperAt);
  }

  return { find, findAt, startsName, size: byKey.size + byJoined.size + byDesignation.size };
}
