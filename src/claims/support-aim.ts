/**
 * One side's reading of what another is really after, read as a proposition: who says it (the US and
 * the West), whose aim (Russia's), which act of support (shore up, prop up, bolster, keep in power),
 * for whom (Assad). Real reporting writes Washington's view of Moscow's aim in words the report does
 * not use ("Western powers say its real aim is to prop up President Assad", "the point of the campaign
 * is to keep Assad standing, Washington counters"), so the lexical floor misses them.
 * Not read so: the support said of another doer ("Iran is propping up Assad"), or of someone else
 * ("shoring up the rebels"), said by another party or by nobody (a reporter's "Moscow's bid to shore up
 * Assad" is no account of what the US believes), negated, or asked.
 */
import type { Claim } from '../dataset/schema';

/** A claim that a speaker believes a doer is supporting someone: shoring up, propping up. */
export interface SupportAimClaim {
  claimId: string;
  claimant: string;
  /** whose aim */
  doer: string;
  /** who is held up */
  targets: string[];
}

/** the act of support, as a claim's action writes it */
const SUPPORT_ACTION = /\b(?:shore up|prop up|bolster|keep in power)\b/i;

/** The claims that a party believes another is shoring up a third (not a denial). */
export function supportAimClaims(claims: readonly Claim[]): SupportAimClaim[] {
  const out: SupportAimClaim[] = [];
  for (const c of claims) {
    const { actor, action, targetActors } = c.slots;
    if (c.polarity === 'deny' || actor === undefined || actor === c.claimant || action === undefined || !SUPPORT_ACTION.test(action) || !targetActors?.length) continue;
    out.push({ claimId: c.id, claimant: c.claimant, doer: actor, targets: [...targetActors] });
  }
  return out;
}

/** the act of support in news words: shore up, prop up, bolster, keep … in power / standing / afloat */
const SUPPORT = /\b(?:shor(?:e|es|ed|ing)\s+up|prop(?:s|ped|ping)?\s+up|bolster(?:s|ed|ing)?|keep(?:s|ing)?\s+(?:\S+\s+){1,6}?(?:in power|standing|afloat|in place|in office))\b/g;
/** the West saying, believing or charging it, before the act */
const WEST_SAYS =
  /\b(?:west(?:ern)? (?:powers|leaders|governments|nations|officials|capitals|allies)|the west|washington|the (?:us|u\.s\.|united states)(?: government| administration)?|(?:us|u\.s\.|american) officials|the obama administration|obama|the white house|the pentagon|the state department)\s+(?:\S+\s+){0,3}?(?:says?|said|believes?|believed|charges?|charged|accuses?|accused|counters?|countered|argues?|argued|contends?|contended|suspects?|suspected|maintains?|thinks?|sees?)\b/g;
/** a verb of saying right after an actor: the actor speaks */
const SPEAKS_AFTER = /^\s*(?:\S+\s+){0,3}?(?:says?|said|believes?|believed|charges?|charged|accuses?|accused|counters?|countered|argues?|argued|contends?|contended|suspects?|suspected|maintains?|thinks?|sees?)\b/;
/** a negation or an open question between the saying and the act */
const NOT_SAID = /\b(?:not|no|never|cannot|unable|whether|if|den(?:y|ies|ied|ying))\b|n't\b/;

export interface SupportSentence {
  /** the sentence, folded and lower-cased */
  folded: string;
  /** offsets (in `folded`) of mentions of the one supported (Assad, his government) */
  targets: readonly { start: number; end: number }[];
  /** offsets of the doer's mentions (Russia, Moscow, the Kremlin, "Russian") */
  doers: readonly { start: number; end: number }[];
  /** offsets of other states' and armed groups' mentions (Iran, Hezbollah): another doer, when just before the act */
  others: readonly { start: number; end: number }[];
}

/** Does the sentence tell the West's view that the doer is shoring up the target? */
export function westSaysSupport(s: SupportSentence): boolean {
  const { folded, targets, doers, others } = s;
  if (/\?\s*$/.test(folded) || targets.length === 0 || doers.length === 0) return false;
  for (const act of folded.matchAll(SUPPORT)) {
    const at = act.index;
    const end = at + act[0].length;
    // for whom: the target in the act ("keep the Assad regime in power") or right after it
    if (!targets.some((t) => t.start >= at && t.start <= end + 40)) continue;
    // the West's saying before it, in the same sentence, nothing negated between
    let says: RegExpMatchArray | undefined;
    for (const w of folded.slice(0, at).matchAll(WEST_SAYS)) says = w;
    if (says === undefined) continue;
    const between = folded.slice(says.index! + says[0].length, at);
    if (between.length > 130 || NOT_SAID.test(between)) continue;
    // whose aim: the doer named, and no other doer just before the act ("Iran is propping up Assad")
    if (!doers.some((d) => d.start < at)) continue;
    if (others.some((o) => o.end <= at && o.start >= at - 40 && o.start > says.index! + says[0].length)) continue;
    return true;
  }
  return false;
}

/**
 * Does the sentence tell the act of support of the target by another doer than the claim's ("US officials
 * say Russia's ally Iran is propping up Assad"), or only ask about it? Then it is no account of the claim,
 * however close its words: a corroboration on shared words is held back.
 */
export function supportByAnother(s: SupportSentence): boolean {
  const { folded, targets, others } = s;
  for (const act of folded.matchAll(SUPPORT)) {
    const at = act.index;
    if (!targets.some((t) => t.start >= at && t.start <= at + act[0].length + 40)) continue;
    // (a speaker is no doer: "Washington says is meant to prop up")
    if (/\?\s*$/.test(folded) || others.some((o) => o.end <= at && o.start >= at - 40 && !SPEAKS_AFTER.test(folded.slice(o.end, at)))) return true;
  }
  return false;
}

/** May the sentence tell an act of support? (a cheap test before it is read) */
export function mayTellSupport(folded: string): boolean {
  return /\b(?:shor|prop|bolster|keep)/.test(folded) && SUPPORT_ONE.test(folded);
}
const SUPPORT_ONE = new RegExp(SUPPORT.source);
