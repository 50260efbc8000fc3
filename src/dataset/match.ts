/**
 * Small, dependency-free text helpers for the dataset tooling: sentence
 * splitting and alias matching with the rules documented on `AliasSchema`.
 * Used by the dataset checks and tests (and handy as a reference for how the
 * alias fields are meant to be read); the engine has its own matcher.
 */
import type { Actor, Alias } from './schema';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'maj', 'gen', 'col', 'lt', 'capt', 'sgt', 'st', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'vs', 'no',
]);

/**
 * Splits a report into sentences: first into lines, then at `.`, `!` or `?`
 * (optionally followed by closing quotes) when whitespace and a capital,
 * digit or opening quote follow, unless the word before is an abbreviation.
 * Offsets are JS string indices into `text`; whitespace is trimmed.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const boundary = /[.!?]+["”’']*(?=\s+["“‘']?[A-Z0-9(])/g;
    let segStart = lineStart;
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(line)) !== null) {
      const before = line.slice(0, m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      if (m[0].startsWith('.') && ABBREVIATIONS.has(word)) continue;
      const end = lineStart + m.index + m[0].length;
      push(segStart, end);
      segStart = end;
    }
    push(segStart, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}

export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRegex = (word: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, flags);

/** Regexes that find one alias, honouring `caseSensitive` (exact or all capitals). */
export function aliasRegexes(alias: Alias): RegExp[] {
  const text = aliasText(alias);
  if (typeof alias !== 'string' && alias.caseSensitive) {
    const forms = new Set([text, text.toUpperCase()]);
    return [...forms].map((f) => wordRegex(f, 'gu'));
  }
  return [wordRegex(text, 'giu')];
}

export interface AliasMatch extends Span {
  actorId: string;
  alias: string;
}

/**
 * Every occurrence of every alias of `actors` in `text` (overlaps kept: a
 * caller that wants one reading per span prefers the longest). An alias with
 * `context` matches only in a sentence (or, with `contextScope: "text"`, a
 * text) that contains one of its context words.
 */
export function findAliasMatches(text: string, actors: readonly Actor[], sentences = splitSentences(text)): AliasMatch[] {
  const sentenceAt = (i: number) => sentences.find((s) => s.start <= i && i < s.end);
  const out: AliasMatch[] = [];
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      // context as the tooling reads it: sentence words, or words anywhere in the text; a generic
      // body's country rule is the engine's (src/actors/alias-rules.ts): here its spelling counts
      const obj = typeof alias === 'string' ? undefined : alias;
      const context = obj?.country === undefined ? obj?.context : undefined;
      const inText = obj?.contextScope === 'text';
      if (context && inText && !context.some((w) => wordRegex(w, 'iu').test(text))) continue;
      for (const re of aliasRegexes(alias)) {
        for (const m of text.matchAll(re)) {
          const start = m.index;
          const end = start + m[0].length;
          if (context && context.length > 0 && !inText) {
            const sentence = sentenceAt(start)?.text ?? '';
            if (!context.some((w) => wordRegex(w, 'iu').test(sentence))) continue;
          }
          out.push({ actorId: actor.id, alias: aliasText(alias), start, end, text: m[0] });
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** For each actor, the ids of the reports in which one of its aliases occurs (sorted). */
export function actorSourcesFromReports(actors: readonly Actor[], reports: Record<string, string>): Map<string, string[]> {
  const result = new Map<string, string[]>(actors.map((a) => [a.id, []]));
  for (const [sourceId, text] of Object.entries(reports).sort(([a], [b]) => a.localeCompare(b))) {
    const seen = new Set(findAliasMatches(text, actors).map((m) => m.actorId));
    for (const id of seen) result.get(id)?.push(sourceId);
  }
  return result;
}

/** All start indices of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}
