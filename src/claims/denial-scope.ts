/**
 * What a denial verb denies is in a negation's scope (issue 13, negation scope): "Putin rejected
 * allegations that civilians had been killed in Russian raids" negates the killing as "Russian raids
 * have not killed civilians" does. Without it the quote affirmed what its claim denies, and a
 * sentence affirming it ("the strikes are killing civilians, not IS") could restate the denial.
 * The scope runs from the denied clause ("that …", or the object after the verb) to the clause's end,
 * and ends where the denier goes on to say something else ("rejected the criticism and said the two
 * sides saw eye to eye": what they then said is affirmed) or a contrast begins ("but", "while").
 */

/** A denial verb, then what it denies: "rejected (the) allegations/claims/reports that", "denied that", "denied". */
const DENIAL = /\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|refuted|refutes|dismissed|dismisses|disputed|disputes)\s+(?:(?:the\s+|western\s+|us\s+|such\s+)?(?:allegations?|accusations?|claims?|reports?|suggestions?|charges?)\s+)?(?:that\s+)?/g;
const SCOPE_CHARS = 60;
/**
 * Where a denial's scope ends before the clause does: the denier's next statement ("… and said"),
 * or a contrast ("but", "while"). Shared with the sentence's stance (sentence-stance.ts).
 */
export const DENIAL_ENDS = String.raw`\s(?:and|but)\s+(?:then\s+)?(?:said|says|added|adds|insisted|insists|stressed|stresses|noted|notes|told|tells|called|calls|warned|warns|argued|argues)\b|\s(?:but|while|whereas)\s`;
const SCOPE_END = new RegExp(String.raw`[,;:.!?]|${DENIAL_ENDS}`);

/** The spans (offset added) of what the denial verbs in a folded, lower-cased text deny. */
export function denialScopes(folded: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  if (!/\b(?:deni|deny|reject|refut|dismiss|disput)/.test(folded)) return out;
  DENIAL.lastIndex = 0;
  for (let m = DENIAL.exec(folded); m !== null; m = DENIAL.exec(folded)) {
    const from = m.index + m[0].length;
    const rest = folded.slice(from, from + SCOPE_CHARS);
    const stop = rest.search(SCOPE_END);
    const end = stop === -1 ? rest.length : stop;
    if (end > 0) out.push([offset + from, offset + from + end]);
  }
  return out;
}
