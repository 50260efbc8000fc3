/**
 * The day a campaign began, read as a proposition (ADR 0355): a doer, an act of starting strikes,
 * and a time that resolves to the claim's day. Real reporting restates "Russia's air campaign began
 * on 30 September" in shapes that share few of its words ("Moscow, which began its intervention on
 * Wednesday", "Russia's first airstrikes on Wednesday hit rebel positions", "since Russia began its
 * strikes on Sept. 30, its jets have hit 112 targets"), so the lexical floor holds them back. What
 * they share is who started what, and when. The claims read this way are a doer's dated beginning of
 * strikes (not a war's start in a year, nor a first strike on one group); the sentence must tell
 * the act (a verb of starting with strikes, a campaign or an intervention, or the doer's first
 * strikes), name the doer's side as the nearest doer before it (or just after: "the first air
 * attacks Russia made"), and its time must be the claim's day: a written date, a weekday or
 * "yesterday" the page's date places, or the claim's month ("last month" on the next month's page).
 * A first strike told with no time counts only on a page of the week after the claim's day, and
 * not as the first on a named place. Ground, naval and missile starts, a new round, a start still to
 * come or denied, and any other day, month or year are other events.
 */
import type { Claim } from '../dataset/schema';
import { monthsIn, yearsIn } from './time-words';
import { type When, monthDaysIn, sentenceDays, sentenceWeekdays } from './when';

const WEEK_MS = 7 * 86_400_000;

export interface StartClaim {
  claimId: string;
  /** who began */
  doer: string;
  /** the day it began, ISO */
  day: string;
}

/** what a campaign is begun with */
const STRIKES = String.raw`(?:air\s?strikes?|airstrikes?|strikes?|air\s+raids?|raids?|bombing(?:\s+raids)?|bombardment|sorties|air\s+attacks?|attacks?)`;
const CAMPAIGN = String.raw`(?:(?:air|aerial|bombing|military|anti-terror(?:ist)?)\s+)?(?:campaign|operations?|intervention|air\s+war)`;
/** a claim that tells a beginning by its verb, of strikes or a campaign */
const CLAIM_BEGINS = /\b(?:began|begins|started|starts|launched|launches)\b/;
const CLAIM_WHAT = new RegExp(String.raw`\b(?:${STRIKES}|${CAMPAIGN})\b`);
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;

/** A doer's dated beginning of strikes or a campaign, affirmed and aimed at no one: what this reading restates. */
export function startClaims(claims: readonly Claim[]): StartClaim[] {
  const out: StartClaim[] = [];
  for (const c of claims) {
    const { actor, action, time, target, targetActors } = c.slots;
    if (c.polarity === 'deny' || actor === undefined || time === undefined || !ISO_DAY.test(time) || target !== undefined || (targetActors?.length ?? 0) > 0) continue;
    const told = `${c.statement} ${action ?? ''}`.toLowerCase();
    // a new wave is not the beginning
    if (NEW_ROUND.test(told)) continue;
    if (!CLAIM_BEGINS.test(told) && !/\bbegins?\b/.test(action ?? '')) continue;
    if (!CLAIM_WHAT.test(told)) continue;
    out.push({ claimId: c.id, doer: actor, day: time });
  }
  return out;
}

const GAP = String.raw`(?:[a-z'’-]+\s+){0,4}?`;
/** a verb of starting, then what was begun: "began its air campaign", "started bombing", "launched its first air strike" */
const VERB_THEN_WHAT = new RegExp(
  String.raw`\b(?:began|begun|begins|started|starts|launched|launches|opened|opens|kicked\s+off|embarked\s+on|commenced)\s+${GAP}(?:${STRIKES}|${CAMPAIGN}|bombing|striking|flying\s+(?:air\s?)?strikes)\b`,
);
/** what was begun, then its verb: "the air strikes, which started on Wednesday", "Russian air strikes started" */
const WHAT_THEN_VERB = new RegExp(
  String.raw`\b(?:${STRIKES}|${CAMPAIGN})\b(?:\s+(?!and\b|but\b|while\b)[a-z'’-]+){0,4}?(?:\s*,)?\s+(?:which\s+|that\s+)?(?:had\s+|have\s+)?(?:began|begun|started|opened|got\s+under\s*way)\b`,
);
/** "the start of Russia's campaign" */
const START_OF = new RegExp(String.raw`\b(?:start|beginning|launch|onset|outset)\s+of\s+${GAP}(?:${STRIKES}|${CAMPAIGN})\b`);
/** a verb of starting in the present tense, as a headline tells the day's news */
const PRESENT_START = /^(?:begins|starts|launches|opens)\b/;
/** the doer's first strikes: "Russia's first air strikes", "flown its first airstrike", "the first air attacks Russia made" */
const FIRST = new RegExp(String.raw`\bfirst\s+(?:[a-z'’-]+\s+){0,2}?(?:air\s?strikes?|airstrikes?|strikes?|air\s+raids?|raids?|bombing\s+raids|air\s+attacks?|sorties|combat\s+missions)\b`);
/** a start of something else: on the ground, at sea, with missiles */
const OTHER_KIND = /\b(?:ground|naval|navy|sea|warships?|ships?|submarines?|cruise|missiles?|offensive|artillery|shelling|troops)\b/;
/** a start still to come, or denied */
const NOT_YET = /\b(?:about\s+to|set\s+to|going\s+to|will|would|could|may|might|plan(?:s|ned)?\s+to|prepar(?:es|ed|ing)\s+to|ready\s+to|threaten(?:s|ed)?\s+to)\s+(?:\w+\s+)?(?:begin|start|launch|open)\b|\b(?:not|never)\s+(?:yet\s+)?(?:\w+\s+)?(?:begun|began|begin|start|started|launched)\b/;
/** a new round of strikes is not the first */
const NEW_ROUND = /\b(?:new|fresh|further|renewed|another|second|third|latest)\s+(?:round|wave|phase|stage|series|campaign)\b/;

/** a word that may tell a beginning: the sentence is read only with one */
export const START_CUE = /\b(?:beg[ainu]|start|launch|open|kicked|embarked|commenc|first)/;

/** Does the sentence tell, anywhere, a start of something else (on the ground, at sea, with missiles)? Read where a weekday alone dates it. */
export function tellsOtherKind(folded: string): boolean {
  return OTHER_KIND.test(folded);
}

/** what follows the first strikes when they are the first on something: a target or a place (not a day, nor the whole country) */
const FIRST_ON = /^\s+(?:on|against|in|near|around|over|at)\s+(?!(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|syria|syrian\s+(?:soil|territory|airspace))\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d)/;

/** words that make the first strikes a point in time: "before its first raids", "after Russia's first strikes" */
const FIRST_AS_TIME = /\b(?:before|after|following|ahead\s+of|since|until|prior\s+to|preceding)\s+(?:[a-z'’-]+\s+){0,2}$/;

export interface StartAct {
  start: number;
  end: number;
  /** told as the doer's first strikes, with no verb of starting */
  first: boolean;
  /** told in the present tense, as news is headlined ("Russia opens its air war") */
  present: boolean;
}

/** Where a sentence (folded, lower-case) tells strikes or a campaign begun, if it does. */
export function campaignStartAct(folded: string): StartAct | undefined {
  if (NOT_YET.test(folded) || NEW_ROUND.test(folded) || folded.trimEnd().endsWith('?')) return undefined;
  for (const [re, first] of [[VERB_THEN_WHAT, false], [WHAT_THEN_VERB, false], [START_OF, false], [FIRST, true]] as const) {
    const m = re.exec(folded);
    if (m === null) continue;
    // ("the first time" is not the first strikes)
    if (first && /\bfirst\s+time\b/.test(m[0])) continue;
    // the first strikes as a point in time for something else ("a warning before its first raids", "following its first strikes")
    if (first && FIRST_AS_TIME.test(folded.slice(0, m.index))) return undefined;
    // the first strikes on a target or a place ("the first raids on its stronghold") are not the campaign's first
    if (first && FIRST_ON.test(folded.slice(m.index + m[0].length))) return undefined;
    if (OTHER_KIND.test(folded.slice(Math.max(0, m.index - 20), m.index + m[0].length + 24))) return undefined;
    return { start: m.index, end: m.index + m[0].length, first, present: PRESENT_START.test(m[0]) };
  }
  return undefined;
}

/** an actor that can do something named in the sentence, at its offsets, and whether it is on the claim's doer's side */
export interface DoerAt {
  start: number;
  end: number;
  own: boolean;
}

/**
 * Is the act the doer's? The nearest doer named before the act's end is on the doer's side, or, with
 * none before, the first after the doer's first strikes ("the first air attacks Russia was reported to have made").
 */
export function actOfDoer(act: StartAct, doers: readonly DoerAt[], folded: string): boolean {
  // (a description between commas right before the act is not its doer: "Moscow, a patron of the Syrian leader, opened…")
  const aside = APPOSITIVE.exec(folded.slice(0, act.start));
  let before: DoerAt | undefined;
  let after: DoerAt | undefined;
  for (const d of doers) {
    if (aside !== null && d.start > aside.index && d.start < aside.index + aside[0].length) continue;
    if (d.start < act.end) {
      if (before === undefined || d.start > before.start) before = d;
    } else if (after === undefined || d.start < after.start) after = d;
  }
  // (a doer after the act only for the first strikes: "ever since the bombing began, Russian analysts…" names no doer of it)
  return (before ?? (act.first ? after : undefined))?.own === true;
}

/** a description between commas that ends right before the act */
const APPOSITIVE = /,[^,]{1,80},\s*(?:(?:which|who|that)\s+)?(?:(?:has|had|have)\s+)?$/;

/** "since the civil war there erupted in 2011": the war's start, not the strikes' */
const SINCE_WAR = /\bsince\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,3}?(?:war|conflict|uprising|revolt|crisis)\b(?:\s+(?:there|in\s+syria))?(?:\s+(?:erupted|began|started|broke\s+out))?(?:\s+in\s+(?:19|20)\d\d)?/g;

const WEEKDAY_OWNER = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b/g;
const WEEKDAY_FIRST = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

/** How the sentence's time stands to the claim's day: the day itself, its month, another time, or none told. */
export type StartTime = 'day' | 'weekday' | 'month' | 'other' | 'none';

/**
 * The sentence's time against the claim's day (`day` ISO), read against the page's date (`page`): a
 * written date ("on Sept. 30", "since 30 September"), a weekday or "yesterday" the page's date places,
 * a month named or "last month". A year other than the claim's is another time. On a page with no day,
 * a weekday is the claim's own weekday ('weekday') only when the latest date the page states (`notBefore`)
 * falls in the week from the claim's day; with none stated, the weekday places nothing.
 */
export function startTime(folded: string, day: string, page: When | undefined, notBefore?: When): StartTime {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // ("Wednesday's strikes" are strikes on Wednesday, and so is "Wednesday brought the first strikes")
  const t = folded.replace(SINCE_WAR, ' ').replace(WEEKDAY_OWNER, 'on $1').replace(WEEKDAY_FIRST, 'on $1');
  if ([...yearsIn(t)].some((x) => x !== y)) return 'other';
  const written = monthDaysIn(t);
  if (written.has(`${m}-${d}`)) return 'day';
  if (written.size > 0) return 'other';
  const days = [...sentenceDays(t, page, y)].filter((k) => k.startsWith('d:'));
  if (days.includes(`d:${day}`)) return 'day';
  if (days.length > 0) return 'other';
  // a page with no day: the claim's own weekday, when the latest date the page states falls in the week from the
  // claim's day (a weekday alone, on a page that places nothing, is of any week: ADR 0195)
  const weekdays = page?.day === undefined ? sentenceWeekdays(t) : new Set<number>();
  if (weekdays.size > 0) {
    const gap = notBefore?.year !== undefined && notBefore.day !== undefined ? Date.UTC(notBefore.year, notBefore.month, notBefore.day) - Date.UTC(y, m - 1, d) : undefined;
    if (gap === undefined) return 'none';
    return weekdays.has(new Date(Date.UTC(y, m - 1, d)).getUTCDay()) && gap >= 0 && gap <= WEEK_MS ? 'weekday' : 'other';
  }
  const months = monthsIn(t);
  if (page?.year !== undefined && /\blast\s+month\b/.test(t)) months.add((page.month + 11) % 12);
  if (months.has(m - 1)) return 'month';
  if (months.size > 0 || /\b(?:ago|last\s+(?:week|year))\b/.test(t)) return 'other';
  return 'none';
}
