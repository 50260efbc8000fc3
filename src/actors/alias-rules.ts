/**
 * Context rules for ambiguous aliases, shared by both alias matchers. An
 * alias object in the dataset may say where its name is this actor and
 * where it is something else:
 *
 * - `context`: one of these words must start a word in the same sentence
 *   (or, with `contextScope: "text"`, anywhere in the text analysed): the
 *   cruiser "Moscow" needs "cruiser"; a bare "Kerry" needs a diplomatic or
 *   Syrian topic somewhere in the article.
 * - `notContext`: a word of another sense in the sentence vetoes the alias
 *   ("Idaho" for Moscow; "Tonight Show" for Fallon), and when vetoes win in a
 *   text, every mention of that alias there is dropped (one sense per text).
 *   A phrase that contains the alias itself vetoes only where it is written
 *   around this mention: "Washington Post", "Jimmy Fallon", "Ryder Cup".
 * - `country`: the alias is a generic body of that state ("Defence
 *   Ministry", "air force", "cruise missiles"): right after another
 *   country's name, demonym or possessive it is that country's ("Turkey's
 *   air force", "US cruise missiles") and never matches; right after its own
 *   ("Russia's air force") it does; otherwise its country must be named in
 *   the sentence (or the text, with `contextScope: "text"`), or a `context`
 *   word be there.
 */
import type { Actor, Alias } from '../dataset/schema';
import { CLS_WORD, clsOf, foldText } from '../text/fold';
import { COUNTRY_WORDS, DEFAULT_NOT_CONTEXT } from './rule-tables';

export interface AliasRules {
  /** context words (one regex); undefined = none asked for */
  context: RegExp | undefined;
  /** context and country looked for in the whole text, not the sentence */
  inText: boolean;
  /** words of another sense anywhere in the sentence */
  notContext: RegExp | undefined;
  /** phrases written around the mention that make it another name */
  around: { before: RegExp | undefined; after: RegExp | undefined }[];
  /** the state whose generic body this alias is */
  country: string | undefined;
  /** that state's words, for "named in the sentence/text" */
  countryNamed: RegExp[] | undefined;
}

/** Outcome of the rules for one mention: accept, refuse, or refuse as another sense (counted for one sense per text). */
export const RULE_OK = 0;
export const RULE_NO = 1;
export const RULE_OTHER_SENSE = 2;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** One case-insensitive regex for "one of these words starts a word here" (prefix match: "cruiser" finds "cruisers"). */
export function wordsRegex(words: readonly string[]): RegExp {
  const alts = words.map((w) => escape(w.trim()));
  // Latin letters spelled out rather than \p{L} with the u flag: several times faster, and enough here
  return new RegExp(`(?:^|[^A-Za-z0-9\\u00C0-\\u024F])(?:${alts.join('|')})`, 'i');
}

/**
 * Regexes for "one of these country words is written here", as whole words:
 * short ones (US, UK, IDF) only in capitals, so that "us" the pronoun is no
 * country.
 */
function countryRegexes(words: readonly string[], suffix: string, prefix = '(?:^|[^A-Za-z0-9\\u00C0-\\u024F])'): RegExp[] {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const short = sorted.filter((w) => w.replace(/\./g, '').length <= 3);
  const long = sorted.filter((w) => w.replace(/\./g, '').length > 3);
  const out: RegExp[] = [];
  if (long.length > 0) out.push(new RegExp(`${prefix}(${long.map(escape).join('|')})${suffix}`, 'i'));
  if (short.length > 0) out.push(new RegExp(`${prefix}(${short.map((w) => escape(w.toUpperCase())).join('|')})${suffix}`));
  return out;
}

const WORD_END = '(?![A-Za-z0-9\\u00C0-\\u024F])';
const COUNTRY_OF_WORD = new Map<string, string>();
for (const [id, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) COUNTRY_OF_WORD.set(w.toLowerCase(), id);
const NAMED_CACHE = new Map<string, RegExp[]>();

/** A country word as written: short ones (US, UK) count only in capitals, so "us" is no country. */
function countryOfWritten(written: string): string | undefined {
  const id = COUNTRY_OF_WORD.get(written.toLowerCase());
  if (id === undefined) return undefined;
  return written.replace(/\./g, '').length <= 3 && written !== written.toUpperCase() ? undefined : id;
}

const isNameUnit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || (c >= 0xc0 && c <= 0x24f);

/**
 * Which state's word stands right before the mention (`before` = the text
 * up to it), if any: "Turkey's ", "the Israeli ", "US ", "Saudi Arabian ".
 * Reads the last two words by hand (this runs for every mention of a
 * generic body).
 */
export function countryRightBefore(before: string): string | undefined {
  let i = before.length;
  // the white space before the mention (there must be some), then a possessive
  const end0 = i;
  while (i > 0 && (before.charCodeAt(i - 1) === 32 || before.charCodeAt(i - 1) === 160 || before.charCodeAt(i - 1) === 10)) i--;
  if (i === end0) return undefined;
  const c1 = before.charCodeAt(i - 1);
  if (c1 === 39 || c1 === 0x2019) i--;
  else if ((c1 === 115 || c1 === 83) && (before.charCodeAt(i - 2) === 39 || before.charCodeAt(i - 2) === 0x2019)) i -= 2;
  const wordEnd = i;
  while (i > 0 && isNameUnit(before.charCodeAt(i - 1))) i--;
  if (i === wordEnd) return undefined;
  const last = before.slice(i, wordEnd).replace(/\.$/, (m) => (/^(?:[A-Za-z]\.)+$/.test(before.slice(i, wordEnd)) ? m : ''));
  // two words first ("Saudi Arabian", "United States")
  let j = i;
  if (j > 0 && before.charCodeAt(j - 1) === 32) {
    j--;
    const prevEnd = j;
    while (j > 0 && isNameUnit(before.charCodeAt(j - 1))) j--;
    if (j < prevEnd) {
      const two = countryOfWritten(`${before.slice(j, prevEnd)} ${last}`);
      if (two !== undefined) return two;
    }
  }
  return countryOfWritten(last);
}

/** The rules of one alias, compiled; undefined when it has none (the common case: no cost in the scan). */
export function compileAliasRules(alias: Alias): AliasRules | undefined {
  const text = typeof alias === 'string' ? alias : alias.text;
  const obj = typeof alias === 'string' ? undefined : alias;
  const context = obj?.context?.map((w) => w.trim()).filter((w) => w !== '') ?? [];
  const foldedAlias = foldText(text).toLowerCase();
  const words: string[] = [...(DEFAULT_NOT_CONTEXT[foldText(text)] ?? [])];
  const around: AliasRules['around'] = [];
  for (const raw of obj?.notContext ?? []) {
    const w = raw.trim();
    if (w === '') continue;
    const at = foldText(w).toLowerCase().indexOf(foldedAlias);
    if (at === -1) {
      words.push(w);
      continue;
    }
    // a phrase around the alias: what is written before and after it
    const before = w.slice(0, at).trim();
    const after = w.slice(at + text.length).trim();
    around.push({
      before: before ? new RegExp(`(?:^|[^A-Za-z0-9\\u00C0-\\u024F])${escape(before)}[\\s\\u2010-\\u2015-]+$`, 'i') : undefined,
      after: after ? new RegExp(`^(?:['’]s)?[\\s\\u2010-\\u2015-]*${escape(after)}${/\w$/.test(after) ? WORD_END : ''}`, 'i') : undefined,
    });
  }
  // phrases with one side only, merged into one regex per side: one test per mention
  const merged = (side: 'before' | 'after') => {
    const one = around.filter((a) => a[side] !== undefined && a[side === 'before' ? 'after' : 'before'] === undefined);
    if (one.length < 2) return;
    const src = one.map((a) => a[side]!.source);
    const re = side === 'before' ? new RegExp(`(?:${src.join('|')})`, 'i') : new RegExp(`(?:${src.join('|')})`, 'i');
    for (const a of one) around.splice(around.indexOf(a), 1);
    around.push(side === 'before' ? { before: re, after: undefined } : { before: undefined, after: re });
  };
  merged('before');
  merged('after');
  const country = obj?.country;
  if (context.length === 0 && words.length === 0 && around.length === 0 && country === undefined) return undefined;
  let countryNamed: RegExp[] | undefined;
  if (country !== undefined) {
    countryNamed = NAMED_CACHE.get(country);
    if (countryNamed === undefined) {
      countryNamed = countryRegexes(COUNTRY_WORDS[country] ?? [country.replace(/-/g, ' ')], WORD_END);
      NAMED_CACHE.set(country, countryNamed);
    }
  }
  return {
    context: context.length > 0 ? wordsRegex(context) : undefined,
    inText: obj?.contextScope === 'text',
    notContext: words.length > 0 ? wordsRegex(words) : undefined,
    around,
    country,
    countryNamed,
  };
}

/** Per text: what a text-scope rule found, so each rule reads the whole text at most once per `find`. */
export class TextScope {
  private text = '';
  private assumed = false;
  private readonly found = new Map<RegExp, boolean>();
  /** `assumed`: the text is the dataset's own wording, whose report is on the topic; text-wide rules count as met. */
  reset(text: string, assumed = false): void {
    this.text = text;
    this.assumed = assumed;
    this.found.clear();
  }
  has(re: RegExp): boolean {
    if (this.assumed) return true;
    let v = this.found.get(re);
    if (v === undefined) this.found.set(re, (v = re.test(this.text)));
    return v;
  }
}

/**
 * Apply an alias's rules to one mention. `before` and `after` are the
 * sentence on either side of the mention (without it); the phrase and
 * country tests read their ends next to the mention.
 */
export function applyAliasRules(rules: AliasRules, before: string, after: string, scope: TextScope): number {
  for (const a of rules.around) {
    if ((a.before === undefined || a.before.test(before)) && (a.after === undefined || a.after.test(after))) return RULE_NO;
  }
  if (rules.country !== undefined) {
    const owner = countryRightBefore(before);
    if (owner !== undefined && owner !== rules.country) return RULE_NO;
    if (owner === undefined && !countryOrContext(rules, before, after, scope)) return RULE_NO;
  } else if (rules.context !== undefined && !found(rules.context, rules.inText, before, after, scope)) return RULE_NO;
  if (rules.notContext !== undefined && (rules.notContext.test(before) || rules.notContext.test(after))) return RULE_OTHER_SENSE;
  return RULE_OK;
}

/** Is `re` in the sentence (its two sides) or, for a text-wide rule, the text? */
function found(re: RegExp, inText: boolean, before: string, after: string, scope: TextScope): boolean {
  return inText ? scope.has(re) : re.test(before) || re.test(after);
}

/** Is a generic body's state named, or one of its context words there? */
function countryOrContext(rules: AliasRules, before: string, after: string, scope: TextScope): boolean {
  for (const re of rules.countryNamed!) if (found(re, rules.inText, before, after, scope)) return true;
  return rules.context !== undefined && found(rules.context, rules.inText, before, after, scope);
}

/** Does the entry need its context (the more specific reading of a name shared by two actors)? */
export const restricted = (e: { rules?: AliasRules | undefined }) => e.rules !== undefined && (e.rules.context !== undefined || e.rules.country !== undefined);

/**
 * An actor's name and aliases, the name left out when an alias object gives
 * the same text rules (the rules must not be bypassed by the bare name).
 */
export function namesOf(actor: Actor): Alias[] {
  const ruled = actor.aliases.some((a) => typeof a !== 'string' && a.text.trim() === actor.name.trim());
  const names = ruled ? [...actor.aliases] : [actor.name, ...actor.aliases];
  const twins: Alias[] = [];
  for (const a of names) {
    const twin = caseTwin(a);
    if (twin !== undefined) twins.push(twin);
    const dotted = dottedTwin(a);
    if (dotted !== undefined) twins.push(dotted);
  }
  return twins.length > 0 ? [...names, ...twins] : names;
}

/**
 * An initialism is written with or without its dots: "U.N. Security
 * Council" for "UN Security Council", "U.K." for "UK" (same rules). "IS" is
 * left alone ("I.S." is no one's spelling of it).
 */
function dottedTwin(alias: Alias): Alias | undefined {
  const text = (typeof alias === 'string' ? alias : alias.text).trim();
  const dotted = text.replace(/(?<![\w.])([A-Z]{2,3})(?![\w.])/g, (m) => (m === 'IS' ? m : `${m.split('').join('.')}.`));
  if (dotted === text) return undefined;
  return typeof alias === 'string' ? dotted : { ...alias, text: dotted };
}

/**
 * A multi-word common-noun name is written in either case: a lower-case alias
 * opens a sentence or a headline in capitals ("Foreign ministry", "Foreign
 * Ministry" for "foreign ministry"), and a generic body's capitalised alias
 * (one with a `country` rule: "Defence Ministry") is written in lower case
 * ("the defence ministry said"). The matcher only folds the case of an
 * alias's later letters, so the other first letter is its own alias, with the
 * same rules. Proper names keep their capital: "islamic state" is no twin.
 */
function caseTwin(alias: Alias): Alias | undefined {
  const obj = typeof alias === 'string' ? undefined : alias;
  if (obj?.caseSensitive) return undefined;
  const text = (obj ? obj.text : (alias as string)).trim();
  if (!/[\s\u2010-\u2015-]/.test(text)) return undefined;
  const first = text.charAt(0);
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower === upper) return undefined;
  let other: string;
  if (first === lower) other = upper + text.slice(1);
  else if (obj?.country !== undefined) other = lower + text.slice(1);
  else return undefined;
  return obj ? { ...obj, text: other } : other;
}

/**
 * Is the nearest word before (dir -1) or after (dir 1) `at`, in the same
 * clause (no line break or sentence punctuation between), written in
 * capitals (one letter is enough: "A", "I")?
 */
export function capsNeighbour(text: string, at: number, dir: -1 | 1): boolean {
  let i = dir === -1 ? at - 1 : at;
  const stop = dir === -1 ? Math.max(0, at - 30) : Math.min(text.length, at + 30);
  while (dir === -1 ? i >= stop : i < stop) {
    const c = text.charCodeAt(i);
    // a line break, a full stop, a colon… ends the clause: a word beyond it is no neighbour
    if (c === 10 || c === 46 || c === 58 || c === 59 || c === 33 || c === 63 || c === 40 || c === 41) return false;
    if (clsOf(c) === CLS_WORD) break;
    i += dir;
  }
  if (dir === -1 ? i < stop : i >= stop) return false;
  let letters = 0;
  while (i >= 0 && i < text.length) {
    const c = text.charCodeAt(i);
    if (clsOf(c) !== CLS_WORD) break;
    const ch = text.charAt(i);
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
    i += dir;
  }
  return letters >= 1;
}

