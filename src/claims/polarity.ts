/**
 * Polarity of a claim text: what it negates ("did not target IS", "not
 * enough", "Daesh rather than the opposition", "only one in 20 … hit IS") and
 * what it plainly affirms, so that a sentence and a claim that say opposite
 * things about the same doer and the same thing can be told apart.
 */
import type { Token } from '../text/tokens';
import { denialScopes } from './denial-scope';
import { AUXILIARY, MINORITY, PREDICATE_START } from './polarity-rules';

/** "no", but not of a bound on a figure or a time ("no more than one in 20", "no later than Friday") */
const NO = String.raw`no(?! (?:more|fewer|less|later|sooner|longer) than\b)`;
export const NEGATION = new RegExp(String.raw`\b(?:not|never|${NO}|n't|neither|nor|denied|denies|deny|rejected|rejects|dismissed|refuted|without)\b`);
export const DENY_VERB = /\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|rebuffed)\b/;
export const ADMIT_VERB = /\b(?:admitted|admits|acknowledged|acknowledges|accepted|accepts|conceded|concedes)\b/;

/**
 * Words in the scope of a negation: a few tokens after "not", "no", "never",
 * "without", "rather than", "instead of", "other than", "avoided", "failed to"… up to the
 * clause's end. "is not enough" puts "enough" in scope; "hit Daesh rather
 * than the opposition" puts the opposition there.
 */
const NEGATOR = new RegExp(String.raw`\b(?:not|${NO}|never|without|neither|nor|rather than|instead of|other than|avoid(?:s|ed|ing)?|fail(?:s|ed|ing)? to|refus(?:es|ed|ing)? to)\b|n't\b`, 'g');
const SCOPE_CHARS = 40;

export interface Polarity {
  /** tokens only ever seen first in a negation's scope */
  negatedOnly: Set<string>;
  /** for each negated token, the rest of its scope ("target" → {"@isis"}) */
  scopeRest: Map<string, Set<string>>;
  /** tokens only ever seen outside one */
  affirmedOnly: Set<string>;
  all: Set<string>;
}

export function polarityOf(tokens: readonly Token[], folded: string, offset: number, extraScopes: readonly [number, number][] = [], minority = true): Polarity {
  const scopes: [number, number][] = [...extraScopes];
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(folded); m !== null; m = NEGATOR.exec(folded)) {
    const from = m.index + m[0].length;
    const rest = folded.slice(from, from + SCOPE_CHARS);
    const stop = rest.search(/[,;:.!?]/);
    scopes.push([offset + from, offset + from + (stop === -1 ? rest.length : stop)]);
  }
  // "rejected allegations that civilians had been killed": what a denial denies is in scope
  scopes.push(...denialScopes(folded, offset));
  // "only one in 20 strikes hit IS": the predicate after a small share is in scope
  MINORITY.lastIndex = 0;
  // (most texts hold no "only"/"just": skip the quantifier scan)
  const quantified = minority && (folded.includes('only ') || folded.includes('just ') || folded.includes('mere') || folded.includes('barely ') || folded.includes('no more than') || folded.includes('at most'));
  for (let m = quantified ? MINORITY.exec(folded) : null; m !== null; m = MINORITY.exec(folded)) {
    const after = m.index + m[0].length;
    const clause = folded.slice(after, after + 90);
    const clauseEnd = clause.search(/[,;:.!?]/);
    const within = clauseEnd === -1 ? clause : clause.slice(0, clauseEnd);
    const v = PREDICATE_START.exec(within);
    if (!v) continue;
    let from = after + v.index;
    // the main verb, past auxiliaries: "has been aimed at"
    if (/^(?:has|have|had|is|are|was|were)$/.test(v[0])) {
      from += v[0].length;
      const aux = AUXILIARY.exec(folded.slice(from));
      if (aux) from += aux[0].length;
    }
    const rest = folded.slice(from, from + SCOPE_CHARS);
    const stop = rest.search(/[,;:.!?]/);
    scopes.push([offset + from, offset + from + (stop === -1 ? rest.length : stop)]);
  }
  // the first word in a scope is what is negated ("not enough", "instead of Daesh"); the rest of
  // the scope is neither negated nor plainly affirmed ("avoid being caught in mosques")
  const neg = new Set<string>();
  const inScope = new Set<string>();
  const aff = new Set<string>();
  const firstOf = new Map<number, string>();
  const scopeRest = new Map<string, Set<string>>();
  for (const t of tokens) {
    const k = scopes.findIndex(([a, b]) => t.start >= a && t.start < b);
    if (k === -1) aff.add(t.t);
    else if (!firstOf.has(k)) {
      firstOf.set(k, t.t);
      neg.add(t.t);
      if (!scopeRest.has(t.t)) scopeRest.set(t.t, new Set());
    } else {
      inScope.add(t.t);
      scopeRest.get(firstOf.get(k)!)!.add(t.t);
    }
  }
  const negatedOnly = new Set([...neg].filter((t) => !aff.has(t)));
  const affirmedOnly = new Set([...aff].filter((t) => !neg.has(t) && !inScope.has(t)));
  return { negatedOnly, scopeRest, affirmedOnly, all: new Set(tokens.map((t) => t.t)) };
}

/**
 * Is a word negated on one side and plainly affirmed on the other, about the
 * same thing (what follows the negated word in its scope is there too: "did
 * not target IS" against "targeted IS", not against "target Assad's foes")?
 */
export function negationClash(a: Polarity, b: Polarity): boolean {
  const clash = (x: Polarity, y: Polarity): boolean => {
    for (const t of x.negatedOnly) {
      if (!y.affirmedOnly.has(t)) continue;
      const rest = x.scopeRest.get(t);
      if (!rest || rest.size === 0 || [...rest].some((r) => y.all.has(r))) return true;
    }
    return false;
  };
  return clash(a, b) || clash(b, a);
}
