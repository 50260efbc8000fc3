/**
 * A count given by another side is that side's count (ADR 0200): "a military source cited by
 * Syrian state television said the ships hit 11 positions" is Syria's account, not a second
 * reading of the Russian ministry's seven targets. It contradicts the claim's figure only when
 * the same event is shown positively: the sentence names a day, a weekday or a date the claim's
 * time slot has. The claim's own side (or a sentence with no speaker) keeps ADR 0160's rule: a
 * slot merely unknown still contradicts.
 */

export interface CountSpeaker {
  /** the sentence names a speaker */
  present: boolean;
  /** the speaker is the claim's claimant or of its family */
  agrees: boolean;
  /** a known speaker that is not the claim's claimant */
  clashes: boolean;
  /** the speaker and the actors its phrase names, demonyms read as their states ("Syrian state television": syria) */
  actors: readonly string[];
}

/**
 * Does the sentence give the count for another side than the claim's claimant? Not when an actor of
 * the speaker phrase is on the claimant's side (`ownSide`: the claimant, its family, or an actor of
 * the same state: "a Russian military source" for the Russian ministry's count).
 */
export function countOfOtherSide(speaker: CountSpeaker, ownSide: (id: string) => boolean, isState: (id: string) => boolean): boolean {
  if (!speaker.present || speaker.agrees || speaker.actors.some(ownSide)) return false;
  if (speaker.clashes) return true;
  // an unknown speaker ("a military source") is the other side when its phrase names another state
  return speaker.actors.some(isState);
}

/** Is the claim's event shown positively: a day, weekday or written date both name? */
export function sameEventShown(claimDays: ReadonlySet<string>, sentenceDays: ReadonlySet<string>, claimWeekdays: ReadonlySet<number>, sentenceWeekdays: ReadonlySet<number>, dateAgrees: boolean): boolean {
  if (dateAgrees) return true;
  for (const d of sentenceDays) if (claimDays.has(d)) return true;
  for (const w of sentenceWeekdays) if (claimWeekdays.has(w)) return true;
  return false;
}
