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
/** the state named right before a mention: "Turkey's ", "the Israeli ", "US " */
const COUNTRY_BEFORE = countryRegexes(Object.values(COUNTRY_WORDS).flat(), `(?:['’]s?)?\\s+$`);
const COUNTRY_OF_WORD = new Map<string, string>();
for (const [id, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) COUNTRY_OF_WORD.set(w.toLowerCase(), id);
const NAMED_CACHE = new Map<string, RegExp[]>();

/** Which state's word stands right before the mention (`before` = the text up to it), if any. */
export function countryRightBefore(before: string): string | undefined {
  const tail = before.length > 48 ? before.slice(before.length - 48) : before;
  for (const re of COUNTRY_BEFORE) {
    const m = re.exec(tail);
    if (m) return COUNTRY_OF_WORD.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
  }
  return undefined;
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
  const inSentence = (re: RegExp) => re.test(before) || re.test(after);
  const present = (re: RegExp) => (rules.inText ? scope.has(re) : inSentence(re));
  if (rules.country !== undefined) {
    const owner = countryRightBefore(before);
    if (owner !== undefined && owner !== rules.country) return RULE_NO;
    if (owner === undefined) {
      const named = rules.countryNamed!.some(present) || (rules.context !== undefined && present(rules.context));
      if (!named) return RULE_NO;
    }
  } else if (rules.context !== undefined && !present(rules.context)) return RULE_NO;
  if (rules.notContext !== undefined && inSentence(rules.notContext)) return RULE_OTHER_SENSE;
  return RULE_OK;
}

/** Does the entry need its context (the more specific reading of a name shared by two actors)? */
export const restricted = (e: { rules?: AliasRules | undefined }) => e.rules !== undefined && (e.rules.context !== undefined || e.rules.country !== undefined);

/**
 * An actor's name and aliases, the name left out when an alias object gives
 * the same text rules (the rules must not be bypassed by the bare name).
 */
export function namesOf(actor: Actor): Alias[] {
  const ruled = actor.aliases.some((a) => typeof a !== 'string' && a.text.trim() === actor.name.trim());
  return ruled ? [...actor.aliases] : [actor.name, ...actor.aliases];
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

