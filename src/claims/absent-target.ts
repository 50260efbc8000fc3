/**
 * Strikes told by where they fell rather than by what they aimed at: "the areas hit held no IS
 * fighters", "not one of the areas bombed holds Isis fighters", "the areas struck were not under
 * the control of Daesh", "the jets hit places where IS is nowhere to be found". Each says the
 * strikes did not target that group, the way real reporting of the first Russian raids put it; the
 * words "target" and "not" are seldom there, so the claim index reads the sentence as negating
 * "target" before the group (match.ts, polarity.ts).
 * Only a sentence that tells strikes (a strike word) and a group named where it is absent reads so:
 * "there are no IS fighters in Homs" without a strike is a place described, not a strike's target.
 */

/** a strike told: what fell or hit ("bombs fell", "hit", "struck", "raids", "air strikes") */
const STRIKE = /\b(?:hit|hits|struck|strikes?|airstrikes?|bomb(?:s|ed|ing)?|raids?|pounded|shelled|attacked)\b/;
/** a negator that may say a place held none of the group */
const NONE_BEFORE = /\b(?:no|none|not one|not a single|not|neither)\b/g;
/** the group as people or a hold, right after it ("no IS fighters", "no Daesh presence") */
const HELD_NOUN = /^(?:\s*-?\s*(?:held|controlled))?\s*(?:fighters?|militants?|members?|presence|forces|units?|positions?|targets?)\b/;
/** between the negator and the group: a hold ("held", "under the control of", "controlled by") */
const HOLD_BETWEEN = /\b(?:held|holds?|holding|controlled|controls?|control of|presence of|occupied)\b/;
/** the places struck, between the negator and the group ("none of the areas", "not one of the sites") */
const PLACES = /\b(?:areas?|ground|places?|parts?|territor(?:y|ies)|regions?|positions?|sites?|towns?|villages?|districts?|zones?|locations?|targets?|of them)\b/;
/** after the group: absent from the places ("IS is nowhere to be found", "IS held not one of the areas") */
const ABSENT_AFTER = /^(?:\s+(?:is|was|were|has been|had been))?\s+nowhere\b|^\s+(?:held|holds|controlled|controls|had|has)\s+(?:none|not one|no)\b/;
/** a toll or a count of the group's people ("no IS fighters were killed"): not their absence */
const TOLL_AFTER = /^\s*\S+\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|captured|reported|among)\b/;
/** a clause's end: the negator and the group must be in one clause */
const CLAUSE_BREAK = /[;:.!?]|,\s|\s[–—-]\s|\bbut\b/;

/**
 * Offsets (in `folded`) of the groups a strike sentence says were absent where the strikes fell:
 * the negator's offset for each, so what follows it reads as negated. `groups` are the group's
 * mentions, as offsets into `folded` (lower-case folded sentence text).
 */
export function absentTargets(folded: string, groups: readonly { start: number; end: number }[]): number[] {
  if (groups.length === 0 || !STRIKE.test(folded)) return [];
  const out: number[] = [];
  for (const g of groups) {
    const after = folded.slice(g.end, g.end + 40);
    if (ABSENT_AFTER.test(after)) {
      out.push(g.start);
      continue;
    }
    // the nearest negator before the group, in its clause
    const from = Math.max(0, g.start - 60);
    const before = folded.slice(from, g.start);
    let neg: RegExpExecArray | null = null;
    NONE_BEFORE.lastIndex = 0;
    for (let m = NONE_BEFORE.exec(before); m !== null; m = NONE_BEFORE.exec(before)) neg = m;
    if (neg === null) continue;
    const between = before.slice(neg.index + neg[0].length);
    if (CLAUSE_BREAK.test(between)) continue;
    // (the places may stand before the negator: "struck areas not held by IS")
    const negAt = from + neg.index;
    const placesNear = PLACES.test(folded.slice(Math.max(0, negAt - 30), g.start));
    // "areas with no IS fighters": the group as people or a hold right after "no", where places are told (not
    // "not", which negates a verb: "not aimed at IS"; not "no IS fighters were killed", a toll)
    const adjacent =
      /^\s*$/.test(between) && neg[0] !== 'not' && HELD_NOUN.test(folded.slice(g.end, g.end + 24)) &&
      (placesNear || /\b(?:with|had|has|have|held|holds?)\s*$/.test(folded.slice(Math.max(0, negAt - 12), negAt))) &&
      !TOLL_AFTER.test(folded.slice(g.end, g.end + 50));
    // "none of the areas … held IS", "not under the control of Daesh", "not one of the areas bombed holds Isis fighters"
    const held = HOLD_BETWEEN.test(between) && (placesNear || /^\s*(?:under|in)\b/.test(between) || neg[0] !== 'not');
    if (adjacent || held) out.push(from + neg.index);
  }
  return out;
}
