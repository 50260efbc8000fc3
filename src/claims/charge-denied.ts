/**
 * A doer's own denial of the charge that its strikes hit a group, read as a proposition (issue 13,
 * quantifiers and denials): "Moscow rejects the charge that its strikes have mostly fallen on
 * targets other than IS", "the false rumours that the Russian Air Force is bombing the moderate
 * opposition", "No strikes are carried out against any other targets linked to the moderate
 * opposition", "the strikes were not aimed at non-Daesh positions". Real reporting seldom repeats
 * the dataset's words ("denies hitting all opposition groups indiscriminately"), so the lexical
 * floor misses them; what they share is the proposition: a denial (a denial verb, a charge called
 * false, or a negated strike) whose scope holds the group charged, or a target "other than" the
 * group the doer says it strikes. Another party's rejection of the doer's word about its aim is read
 * the same way ("he did not accept Moscow's word that the campaign targets IS": ADR 0406).
 */
import type { Claim } from '../dataset/schema';

/** A known denial, by the doer's side, that its strikes hit a group. */
export interface ChargeDenialClaim {
  claimId: string;
  claimant: string;
  doer: string;
  /** the group the charge says was hit ("the opposition") */
  group: string;
}

/**
 * The dataset's denials (polarity deny) by the doer or its side (`ownSide`) whose charge names one armed
 * group besides those the doer says it strikes: the target slot's group, else the one group among its actors.
 */
export function chargeDenialClaims(claims: readonly Claim[], isGroup: (id: string) => boolean, ownSide: (claimant: string, doer: string) => boolean): ChargeDenialClaim[] {
  const out: ChargeDenialClaim[] = [];
  for (const c of claims) {
    const doer = c.slots.actor;
    if (c.polarity !== 'deny' || doer === undefined || c.claimant === 'reporter' || !ownSide(c.claimant, doer)) continue;
    // (a denial of strikes on civilians names no group: another reading, denial-scope.ts)
    const groups = (c.slots.targetActors?.length ? c.slots.targetActors : c.actors).filter(isGroup);
    if (groups.length !== 1) continue;
    out.push({ claimId: c.id, claimant: c.claimant, doer, group: groups[0]! });
  }
  return out;
}

/**
 * The dataset's denials by another party of the doer's word about its aim ("Russia's air campaign is not aimed
 * at ISIS, whatever Moscow insists"): the doer's claim that it strikes the one group named is what they reject.
 */
export function rejectedAimClaims(claims: readonly Claim[], isGroup: (id: string) => boolean, ownSide: (claimant: string, doer: string) => boolean): ChargeDenialClaim[] {
  const out: ChargeDenialClaim[] = [];
  for (const c of claims) {
    const doer = c.slots.actor;
    if (c.polarity !== 'deny' || doer === undefined || c.claimant === 'reporter' || ownSide(c.claimant, doer)) continue;
    const groups = (c.slots.targetActors ?? []).filter(isGroup);
    if (groups.length !== 1) continue;
    out.push({ claimId: c.id, claimant: c.claimant, doer, group: groups[0]! });
  }
  return out;
}

/** A denial verb (not itself negated: "did not deny" admits). */
const DENIER = /\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|dismiss(?:ed|es|ing)|disput(?:ed|es|ing)|rebuff(?:ed|s|ing)?|brush(?:ed|es|ing) aside|wav(?:ed|es|ing) away)\b/g;
/** not taking another's word: "did not accept Moscow's word that", "does not believe the claims that" */
const NOT_ACCEPTED = /\b(?:(?:did|does|do|would|could|will)\s*(?:not|n't)|never|refus(?:ed|es|ing) to)\s+(?:accept|believe|buy)\b/g;
/** a charge called false: "the false rumours that", "groundless reports of" */
const FALSE_CHARGE = /\b(?:false|groundless|baseless|unfounded|fabricated)\s+["“']?(?:rumou?rs?|claims?|reports?|allegations?|accusations?|charges?|stories)\b/g;
/** a negated strike: "no strikes are carried out", "were not aimed at", "never bombed" */
const NEGATED_STRIKE = /\b(?:no|not|never)\s+(?:\S+\s+){0,2}?(?:strikes?|air\s?strikes?|raids?|sorties|aimed|targeted|targeting|hit|hitting|struck|bombed|bombing|attacked|attacking)\b/g;
const NEGATED_BEFORE = /\b(?:not|never|n't)\s+(?:\S+\s+)?$/;
/** where a denial's scope ends: a sentence break, or a contrast ("but", "while") */
const SCOPE_END = /[;:.!?]|\s(?:but|while|whereas|however)\s/;
/** where a denial verb's scope ends too: a comma (what follows is the denier's next clause: "rejected the claims, saying…") */
const VERB_SCOPE_END = /[,;:.!?]|\s(?:but|while|whereas|however)\s|\s(?:and|but)\s+(?:then\s+)?(?:said|says|added|insisted|stressed|told|called|warned)\b/;
const SCOPE_CHARS = 110;
/** just before a group: a target other than it ("other than IS", "non-Daesh", "not IS positions") */
const OTHER_THAN = /(?:\bnon-?|\bother than\s+|\brather than\s+|\binstead of\s+|\bnot\s+)(?:the\s+)?["“']?$/;

/** The spans (offsets in `folded`) a sentence denies: after a denial verb or a false charge, and after a negated strike. */
export function deniedSpans(folded: string): [number, number][] {
  const out: [number, number][] = [];
  const scope = (from: number, end: RegExp): void => {
    const rest = folded.slice(from, from + SCOPE_CHARS);
    const stop = rest.search(end);
    out.push([from, from + (stop === -1 ? rest.length : stop)]);
  };
  for (const m of folded.matchAll(DENIER)) if (!NEGATED_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index))) scope(m.index + m[0].length, VERB_SCOPE_END);
  for (const m of folded.matchAll(NOT_ACCEPTED)) scope(m.index + m[0].length, VERB_SCOPE_END);
  for (const m of folded.matchAll(FALSE_CHARGE)) scope(m.index + m[0].length, SCOPE_END);
  // (through commas: "no strikes are carried out against any other targets linked, for example, to the … opposition")
  for (const m of folded.matchAll(NEGATED_STRIKE)) scope(m.index + m[0].length, SCOPE_END);
  return out;
}

/**
 * Does the sentence deny the charge: the charged group named in a denied span, or a target other than
 * another group (`spared`: "targets other than IS") there? Offsets in `folded`.
 */
export function deniesCharge(folded: string, charged: readonly { start: number }[], spared: readonly { start: number }[]): boolean {
  const spans = deniedSpans(folded);
  if (spans.length === 0) return false;
  const inSpan = (at: number): boolean => spans.some(([a, b]) => at >= a && at < b);
  return charged.some((g) => inSpan(g.start)) || spared.some((g) => inSpan(g.start) && OTHER_THAN.test(folded.slice(Math.max(0, g.start - 16), g.start)));
}

/** a strike or its aim told ("targets", "is aimed at", "the campaign hits") */
const AIM_TOLD = /\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?|strik(?:e|es|ing)|struck|hit(?:s|ting)?|bomb(?:s|ed|ing)?|go(?:es|ing)? after|fight(?:s|ing)?)\b/;

/**
 * Does the sentence reject the doer's word that its strikes aim at the group: the group named plainly (not as
 * the one spared: "other than IS") in a denied span that tells a strike or an aim before it? Offsets in `folded`.
 */
export function rejectsAimAt(folded: string, group: readonly { start: number }[]): boolean {
  const spans = deniedSpans(folded);
  return group.some((g) => {
    if (OTHER_THAN.test(folded.slice(Math.max(0, g.start - 16), g.start))) return false;
    return spans.some(([a, b]) => g.start >= a && g.start < b && AIM_TOLD.test(folded.slice(a, g.start)));
  });
}

/** Where the sentence's first denial verb or false charge stands (its doer is named before it), or -1. */
export function denierAt(folded: string): number {
  for (const m of folded.matchAll(DENIER)) if (!NEGATED_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index))) return m.index;
  FALSE_CHARGE.lastIndex = 0;
  const f = FALSE_CHARGE.exec(folded);
  return f === null ? -1 : f.index;
}

/** A cheap look: a denial verb, a false charge or a negation, and a strike told. */
export function mayDenyCharge(folded: string): boolean {
  return (
    /\b(?:deni|deny|reject|refut|dismiss|disput|rebuff|brush(?:ed|es|ing)? aside|wav(?:ed|es|ing)? away|false|groundless|baseless|unfounded|fabricated)|\b(?:no|not|never)\b|n't\b/.test(folded) &&
    /\b(?:strik|air ?strik|raid|sortie|aim|target|hit|struck|bomb|attack)/.test(folded)
  );
}
