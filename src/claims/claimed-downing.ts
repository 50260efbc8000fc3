/**
 * A group's claim that it brought down an airliner, read as a proposition: who claims (the group, or
 * its affiliate), the act (brought down, downed, was behind, carried out the attack), its object (the
 * airliner), and that the group itself says so. News restates IS's claim on the Metrojet airliner in
 * shapes that share few of the report's words ("an IS affiliate said it brought down the plane", "the
 * jihadists claimed responsibility for the crash of the A321", "was the work of IS, the group said"),
 * so the lexical floor misses them; what they share is who claims what of which plane.
 * Not read so: another party's reading ("officials said IS may have downed the plane" has no claim by
 * the group), a negation or an open question ("IS has not claimed", "whether IS was behind"), another
 * aircraft (a warplane, the Su-24 Turkey shot down) or another attack claimed (Paris, Beirut).
 */
import type { Claim } from '../dataset/schema';
import { AIRLINER_OPERATOR, AIRLINER_WORD } from './airliner-words';

/** A claim by an armed group that it downed an aircraft. */
export interface DowningClaim {
  claimId: string;
  /** the group that claims the act as its own */
  group: string;
}

/** the claim's act: an aircraft brought down */
const DOWNED = /\b(?:brought down|downed|shot down|blew up|bombed)\b/i;
const AIRCRAFT_OF_CLAIM = /\b(?:airliner|plane|aircraft|jet|flight)\b/i;

/**
 * The claims where an armed group says it downed an aircraft itself: the claimant is the doer, a group,
 * and the statement is no denial.
 */
export function downingClaims(claims: readonly Claim[], isGroup: (actorId: string) => boolean): DowningClaim[] {
  const out: DowningClaim[] = [];
  for (const c of claims) {
    const { actor, action } = c.slots;
    if (c.polarity === 'deny' || actor === undefined || actor !== c.claimant || !isGroup(actor)) continue;
    if (!DOWNED.test(`${action ?? ''} ${c.statement}`) || !AIRCRAFT_OF_CLAIM.test(`${action ?? ''} ${c.statement}`)) continue;
    out.push({ claimId: c.id, group: actor });
  }
  return out;
}

/** the airliner, as news names it ("the Russian passenger plane", "the Airbus A321", "the Metrojet flight") */
const AIRLINER = new RegExp(`${AIRLINER_WORD.source}|${AIRLINER_OPERATOR.source}`);
/** another aircraft: a warplane, a helicopter, the Su-24 Turkey shot down */
const OTHER_AIRCRAFT = /\b(?:su-?\d+|sukhoi|warplanes?|war planes?|bombers?|fighter[- ](?:jets?|planes?|bombers?)|helicopters?|drones?|f-?16s?|mig-?\d+|turk(?:ey|ish|s)?)\b/;
/** another attack a group claimed */
const OTHER_ATTACK = /\b(?:paris|beirut|ankara|suruc|sousse|bardo|bataclan|brussels|mosque|suicide bomb(?:ing|er)s?|shooting)\b/;
/** the act claimed, told of the plane */
const ACT = /\b(?:br(?:ought|ing|ings|inging)\s+(?:\S+\s+){0,4}?down|down(?:ed|ing)?|sh(?:ot|oot|ooting)\s+(?:\S+\s+){0,4}?down|blew up|blown up|destroyed|bomb(?:ed|ing)?|(?:was|were|is|are)\s+behind|carried out|responsib\w*|the work of)\b/;
/** the attack or the crash as an anaphor of the plane the sentence before names ("carried out the attack") */
const EVENT_ANAPHOR = /\b(?:the|this)\s+(?:attack|crash|downing|bombing|disaster|incident)\b|\bresponsibility\b/;
/** the plane's downing named as a thing claimed ("the downing of the Russian passenger plane") */
const PLANE_DOWNING = /\b(?:downing|bombing|destruction|crash) of (?:the |a )?(?:\S+ ){0,3}(?:plane|airliner|jet|jetliner|aircraft|a-?321|flight)\b/;
/** the group claims: a verb or noun of claiming or saying, after its name */
const CLAIM_AFTER = /^[^.;:?!]{0,60}?\b(?:claim(?:s|ed|ing)?|said|says|saying|announced|boasted|boast|declared|insisted|statement)\b/;
/** a claim that names its claimant after it ("claimed by a group linked to IS", "the boast by IS that") */
const CLAIMED_BY = /\b(?:claim(?:ed)?|boast)\s+by\s+(?:\S+\s+){0,5}$/;
/** the group saying it, after the act ("…was the work of IS, the group said") */
const GROUP_SAID_AFTER = /^[^.;?!]{0,40},\s*(?:the (?:group|militants|jihadists)|it)\s+(?:said|says|claimed|claims)\b/;
/** the group's own voice in a quote ("soldiers of the caliphate", "the fighters of the Islamic State") */
const OWN_VOICE = /["“”]\s*[^"“”]{0,60}\b(?:soldiers|fighters|knights) of the (?:caliphate|islamic state)\b/;
/** its affiliates by their own names (not in the dataset: "Sinai Province" claimed the attack) */
const AFFILIATE = /\b(?:sinai province|province of sinai|wilayat sinai|ansar (?:beit|bayt) al[- ]maqdis)\b/g;
/** another speaker between the group and the verb ("IS, the minister said, …"): the verb is not the group's */
const ANOTHER_SPEAKER = /,(?!\s*(?:known as|called|calling itself|which calls itself))|\b(?:officials?|ministers?|ministry|president|spokes\w*|government|experts?|analysts?|sources?|investigators?|police|kremlin|moscow|cairo|washington|intelligence|reports?)\b/;
/** the group as the act's subject: "that it", "its fighters had", "they" (or the act as the claim's object: "claimed responsibility") */
const SUBJECT_END = /\b(?:it|they|we|the group|its\s+\S+(?:\s+\S+)?|their\s+\S+|(?:fighters|militants|members|soldiers|jihadists))\s+(?:had\s+|has\s+|have\s+|had been able to\s+|were able to\s+|was able to\s+)?$/;
const OBJECT_GAP = /^\s*(?:(?:for|to)\s+)?(?:the\s+)?$/;
/** not a claim made: a negation, an open question, a denial */
const NOT_MADE = /\b(?:not|no|never|den(?:y|ied|ies|ying)|whether|if|unless)\b|n't\b/;

/** May the sentence (folded, lower-case) tell a downing claimed? (a cheap test, before the sentence is read) */
export function mayTellDowning(folded: string): boolean {
  return AIRLINER.test(folded) || EVENT_ANAPHOR.test(folded);
}

/** Does a sentence (folded, lower-case) name an airliner? (the one before: what "the attack" is) */
export function namesAirliner(folded: string): boolean {
  return AIRLINER.test(folded) && !OTHER_AIRCRAFT.test(folded);
}

/**
 * Does the sentence (folded, lower-case) report the group's claim that it downed the airliner? `groups`
 * are the group's mentions (offsets in `folded`); `contextAirliner`: the sentence before names the plane
 * (the object of "carried out the attack").
 */
export function claimsDowning(folded: string, groups: readonly { start: number; end: number }[], contextAirliner: boolean): boolean {
  if (/\?\s*$/.test(folded) || OTHER_AIRCRAFT.test(folded)) return false;
  const ownAirliner = AIRLINER.test(folded);
  // the plane here, or the attack the sentence before told
  if (!ownAirliner && !(contextAirliner && EVENT_ANAPHOR.test(folded))) return false;
  const named = [...groups];
  for (const m of folded.matchAll(AFFILIATE)) named.push({ start: m.index, end: m.index + m[0].length });
  for (const g of named) {
    const after = folded.slice(g.end);
    // the group, then its claim, then the act on the plane: "IS said it brought down the plane"
    const claim = CLAIM_AFTER.exec(after);
    if (claim !== null && !NOT_MADE.test(claim[0]) && !ANOTHER_SPEAKER.test(claim[0])) {
      const rest = after.slice(claim[0].length, claim[0].length + 130);
      const act = ACT.exec(rest);
      if (act !== null && actByTheGroup(rest.slice(0, act.index), act[0]) && actOnThePlane(rest, act.index, ownAirliner)) return true;
    }
    // "claimed by a group linked to IS", "the boast by IS that its fighters downed …"
    const before = folded.slice(Math.max(0, g.start - 40), g.start);
    if (CLAIMED_BY.test(before) && !NOT_MADE.test(before)) {
      const around = folded.slice(Math.max(0, g.start - 120), g.start) + ' ' + after.slice(0, 100);
      // (another attack claimed with it is no matter when the plane's downing is named as claimed too)
      if (ACT.test(around) && (!OTHER_ATTACK.test(around) || PLANE_DOWNING.test(around))) return true;
    }
    // "…was the work of IS, the group said"
    if (GROUP_SAID_AFTER.test(after) && ACT.test(folded.slice(0, g.start)) && !NOT_MADE.test(folded.slice(0, g.start)) && !OTHER_ATTACK.test(folded)) return true;
  }
  // the group's own words quoted: "soldiers of the caliphate brought down a Russian plane"
  const voice = OWN_VOICE.exec(folded);
  if (voice !== null && ownAirliner) {
    const rest = folded.slice(voice.index + voice[0].length, voice.index + voice[0].length + 80);
    const act = ACT.exec(rest);
    if (act !== null && !NOT_MADE.test(rest.slice(0, act.index))) return true;
  }
  return false;
}

/** the act is the group's own: its subject is the group (a short gap ending in "it", "its fighters"), or the act is what it claimed */
function actByTheGroup(gap: string, act: string): boolean {
  if (gap.length > 110) return false;
  return SUBJECT_END.test(gap) || (OBJECT_GAP.test(gap) && /^(?:responsib|down|bomb|destroy)/.test(act));
}

/** the act is about the plane: no negation before it, and no other attack between it and the plane */
function actOnThePlane(rest: string, actAt: number, ownAirliner: boolean): boolean {
  if (NOT_MADE.test(rest.slice(0, actAt))) return false;
  if (!ownAirliner) return !OTHER_ATTACK.test(rest);
  const plane = AIRLINER.exec(rest);
  // (the plane may stand before the claim: "the plane … was downed by its fighters, IS said" is read elsewhere)
  const upTo = plane === null ? rest : rest.slice(0, Math.max(plane.index, actAt));
  return !OTHER_ATTACK.test(upTo);
}
