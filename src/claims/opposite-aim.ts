/**
 * Another party's account that strikes did not aim at a group, against the claimant's report that
 * they did: "US officials said the areas hit held no IS fighters" or "the strikes around Homs are
 * not aimed at ISIS" against Moscow's word that its first strikes targeted ISIS positions.
 * Real reporting of a disputed strike writes it this way far more often than as a denial, and
 * shares few of the report's words ("first", "Wednesday", "positions"), so neither the lexical
 * floor nor a denial verb finds it. What it shares is the proposition: the same doer, a strike,
 * the same group, the aim negated. So the claims that report strikes aimed at one armed group are
 * read up front, and a sentence that negates the aim at that group (polarity.ts; absent-target.ts
 * for "held no IS fighters") is judged against them on the proposition, the doer named, the
 * speaker not the claimant nor on its side, and the time: the same days, on a page of the week after.
 */
import type { Claim } from '../dataset/schema';
import type { Polarity } from './polarity';

/** A claim that reports strikes aimed at one armed group. */
export interface AimClaim {
  claimId: string;
  claimant: string;
  /** who struck */
  doer: string;
  /** the group aimed at */
  group: string;
  /** the places of the strikes narrower than a state ("Raqqa"): a sentence must name one to be about those strikes */
  places: string[];
}

/** what a strike report's action reads as */
export const STRIKE_ACTION = /\b(?:air ?strikes?|strikes?|bombing|bombed|raids?|attacks?)\b/i;
/** a target that is not the group alone ("ISIS and other groups", "every group except IS", "not IS") */
const NOT_ALONE = /\b(?:and|other|others|except|but|not|rather|instead)\b/i;

/**
 * The doer's own dated reports of strikes aimed at one armed group, affirmed (not a denial, not "and
 * others"): what another party's account can contradict. Another party's estimate ("only five per cent
 * hit IS") or a monitor's toll is a measure of its own, not the report disputed.
 */
export function aimClaims(
  claims: readonly Claim[],
  isGroup: (actorId: string) => boolean,
  ownSide: (claimant: string, doer: string) => boolean,
  isState: (actorId: string) => boolean,
): AimClaim[] {
  const out: AimClaim[] = [];
  for (const c of claims) {
    const { actor, action, target, targetActors, time } = c.slots;
    if (c.polarity === 'deny' || actor === undefined || action === undefined || time === undefined || !STRIKE_ACTION.test(action)) continue;
    if (!ownSide(c.claimant, actor)) continue;
    if (targetActors?.length !== 1 || !isGroup(targetActors[0]!) || (target !== undefined && NOT_ALONE.test(target))) continue;
    out.push({ claimId: c.id, claimant: c.claimant, doer: actor, group: targetActors[0]!, places: (c.slots.place ?? []).filter((p) => !isState(p)) });
  }
  return out;
}

/**
 * The groups ("@isis") whose aim the sentence negates: the aim or the strike first in a negation's scope
 * and the group in the rest of it ("not aimed at ISIS", "did not hit any IS positions", "no IS fighters"
 * read as "not target IS"), whatever the sentence affirms elsewhere ("the strikes did not hit…").
 */
export function negatedAims(p: Polarity, verbs: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const v of verbs) for (const g of p.scopeRest.get(v) ?? []) out.add(g);
  return out;
}

const DAY_MS = 86_400_000;
/** how long after a strike a page still reports it as the news (the first week's reporting of the first raids) */
const NEWS_DAYS = 7;

/** Is a page of `pageDay` (ISO) within the week after `since` (ISO)? An undated page is not shown to be. */
export function pageOfThatWeek(pageDay: string | undefined, since: string | undefined): boolean {
  if (pageDay === undefined || since === undefined) return false;
  const gap = (Date.parse(pageDay) - Date.parse(since)) / DAY_MS;
  return gap >= 0 && gap <= NEWS_DAYS;
}
