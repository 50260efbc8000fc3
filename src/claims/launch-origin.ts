/**
 * Where a strike was launched from is not where it struck (issue 13, topical overlap read too
 * strictly): "Russian warships in the Caspian Sea launched 18 cruise missiles at targets in Syria"
 * names the Caspian as the ships' place, and the claim of the same 18 missiles placed in Raqqa,
 * Idlib and Aleppo was held back as another place. A place named right after the ships, aircraft
 * or base that carried the strike ("warships in", "bombers from", "jets based at"), or after
 * "launched from" / "fired from", is the launch's origin. Only corroboration reads it so, and only
 * when the claim's figure agrees (the 18 missiles): a contradiction keeps every place the sentence
 * names, and a sentence with no agreeing figure still needs a place of its own (the precision-safe
 * half; without the figure, "has flown sorties before, from the air base in Latakia" corroborated a
 * count of sorties on the seen set).
 */
import type { Mention } from '../actors/matcher';

/** the carrier of a strike, then "in / from / at / on" (maybe "based", "stationed", "sailing"), right before the place */
const CARRIER_BEFORE =
  /\b(?:warships?|ships?|vessels?|fleet|flotilla|submarines?|bombers?|jets?|warplanes?|aircraft|planes?|air ?base|base|launchers?)\s+(?:(?:based|stationed|sailing|deployed|positioned)\s+)?(?:in|from|at|on)\s+(?:the\s+)?$/i;
/** "launched from the", "fired from", "took off from" */
const LAUNCHED_FROM = /\b(?:launched|fired|took off|taking off|flying|flown)\s+from\s+(?:the\s+)?$/i;

/** Is this place mention the origin of a launch (the carrier's place), not the place struck? */
export function launchOrigin(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return CARRIER_BEFORE.test(before) || LAUNCHED_FROM.test(before);
}
