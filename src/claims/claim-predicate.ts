/**
 * A claim's event needs its predicate (issue 13, topical overlap and paraphrase). "Moscow insists
 * the jet was over Syria and charges that Ankara shot it down to shield terrorists" shares with
 * "Russia says it is bombing ISIS and other groups" the speaker, "insists" and "terrorists", and
 * nothing of the bombing; "Nusra and other Islamist groups are present in the town" shares with
 * "The air strikes hit a district held by Nusra and other Islamist groups" its nouns, while the
 * strike is told only by the sentence before. A sentence that shares no verb of what a claim
 * tells (in any of the claim's wordings, by stem or synonym class) gives no account of it, unless a
 * figure or a date of the claim agrees. The verbs of saying are the frame, not what is told.
 *
 * Claims that tell nothing with a verb of their own ("Russia is one of Assad's allies") are not
 * touched, nor denials (their verb is read by the polarity rules).
 */
import type { Token } from '../text/tokens';
import { verbWords } from './verbless-content';

/** Verbs of saying: how a claim is framed, not what it tells. */
const SAYING =
  /^(?:say|says|said|saying|tell|tells|told|insist|insists|insisted|claim|claims|claimed|state|states|stated|assert|asserts|asserted|maintain|maintains|maintained|argue|argues|argued|allege|alleges|alleged|add|adds|added|note|notes|noted|report|reports|reported|announce|announces|announced|accuse|accuses|accused|believe|believes|believed|stress|stresses|stressed|express|expresses|expressed|quoted|according)$/i;

/**
 * The terms of the verbs a claim's texts tell it with (not the auxiliaries, not the verbs of
 * saying), as the index's tokenizer reads them: `toks` tokenizes a whole text, so that a phrasal
 * verb keeps its particle ("brought down").
 */
export function predicateTerms(texts: readonly string[], toks: (text: string) => readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const verbs = verbWords(text).filter((v) => !v.auxiliary && !SAYING.test(text.slice(v.start, v.end)));
    if (verbs.length === 0) continue;
    for (const t of toks(text)) if (!t.t.startsWith('@') && verbs.some((v) => t.start < v.end && t.end > v.start)) out.add(t.t);
  }
  return out;
}

/** Does the sentence miss every verb of the claim (and no figure or date of the claim agree)? */
export function predicateMissing(sentenceTerms: ReadonlySet<string>, claimPredicate: ReadonlySet<string>, figureOrDateAgrees: boolean): boolean {
  if (figureOrDateAgrees || claimPredicate.size === 0) return false;
  for (const t of claimPredicate) if (sentenceTerms.has(t)) return false;
  return true;
}

/**
 * Does the sentence tell another action than an action claim's? It has a past verb of its own (not
 * of saying: "shot … down", "pounded") and shares none of the claim's verbs. Asked of the fitted
 * second look only, whose guesses rest on overlap and speaker: "Moscow insists the jet was over
 * Syria and charges that Ankara shot it down to shield terrorists" is no word of Russia's account
 * of what it bombs. (A present or -ing form is too often a noun to count: "plane crash".)
 */
export function tellsAnotherAction(sentence: string, claimHasAction: boolean, claimVerbMissing: boolean): boolean {
  if (!claimHasAction || !claimVerbMissing) return false;
  return verbWords(sentence).some((v) => v.past && !v.auxiliary && !SAYING.test(sentence.slice(v.start, v.end)));
}
