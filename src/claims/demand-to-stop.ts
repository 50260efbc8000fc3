/**
 * A demand that a party stop something, read as a proposition: Turkey's demand of 20 November 2015
 * that Russia stop bombing the Turkmen villages. Reporting tells it in the demand's own words
 * ("Ankara asked Moscow to halt the operation at once", "told that Turkey wants the operation
 * stopped without delay", "Turkey's request that the operation be brought to an end"), which share
 * little with "Russia must immediately stop bombing civilian Turkmen villages". What they share is
 * the demander, the demand to stop, what is to stop (demand-object.ts) and the day.
 */
import type { Claim } from '../dataset/schema';
import { undoneAt } from './undone-before';

/** A known demand of one day that a party stop something. */
export interface StopDemand {
  claimId: string;
  demander: string;
  /** who is to stop */
  actor: string;
}

const STOP_ACTION = /^(?:stop|cease|halt|end)\b/i;

/** a demand, then within a few words a stop: "wants … stopped", "asked Moscow to halt", "request that … be brought to an end" */
const DEMAND_TO_STOP =
  /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|want(?:s|ed)?|request(?:s|ed)?|insist(?:s|ed)?)\b[^.;:]{0,60}?\b(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|end(?:ed|ing)?|wind\b[^.;:]{0,25}\bup|brought\s+to\s+an\s+end|put\s+an\s+end)\b/i;

/** The dataset's demands of one day that a party stop something. */
export function stopDemands(claims: readonly Claim[]): StopDemand[] {
  const out: StopDemand[] = [];
  for (const c of claims) {
    const { actor, action, time } = c.slots;
    if (c.kind !== 'demand' || actor === undefined || action === undefined || time === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(time)) continue;
    if (STOP_ACTION.test(action)) out.push({ claimId: c.id, demander: c.claimant, actor });
  }
  return out;
}

/** Where the sentence tells a demand to stop, as done (the offset of the demand's verb), or -1. */
export function stopDemandAt(sentence: string): number {
  const m = DEMAND_TO_STOP.exec(sentence);
  return m === null || undoneAt(sentence, m.index) ? -1 : m.index;
}
