/**
 * When a country's war began, read as a proposition (issue 13, paraphrase and speakers): the
 * reports' background fact "the Syrian conflict began in 2011". Reporting tells it in a subordinate
 * clause, in words the lexical floor misses ("since war broke out there in 2011", "the civil war he
 * set off in 2011", "Syria's war grew out of the Arab Spring protests of 2011"). What such a clause
 * shares with the claim is the proposition: a war, its beginning, the year, and the country (named
 * in the sentence or the one before: "there", "its"). Another country's war of the same year
 * (Libya's) is not it, and a page of another time restates no news of the campaign's days.
 */
import type { Claim } from '../dataset/schema';
import type { PropositionReader, ReaderResult } from './proposition-readers';
import type { CueView, PropositionSentence, ReaderIndex } from './proposition-sentence';
import { monthIndex } from './when';

/** A known beginning of a war in one country in one year. */
export interface ConflictStartClaim {
  claimId: string;
  place: string;
  year: string;
}

/** a war, as reporting names it */
const WAR = '(?:war|conflict|uprising|unrest|revolt|rebellion|insurgency|crisis)';
/** its beginning, told of the war ("erupted", "grew out of") */
const BEGAN = '(?:began|begun|begins|started|erupted|broke\\s+out|flared(?:\\s+up)?|grew\\s+out\\s+of|sprang\\s+(?:up\\s+)?(?:out\\s+of|from)|was\\s+sparked|was\\s+triggered|kicked\\s+off)';
/** a beginning someone caused ("he set off the civil war in 2011") */
const CAUSED = '(?:set\\s+off|sparked|triggered|started|ignited|unleashed)';
const YEAR = '((?:19|20)\\d\\d)\\b';
/** the year the beginning is dated by: "in 2011", "of 2011", "in March 2011", "in early 2011" */
const DATED = `\\b(?:in|of)\\s+(?:(?:early|late|mid-?|the\\s+spring\\s+of|spring|january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?${YEAR}`;
/** words within one clause: no conjunction opening another ("began long ago, and in 2011 …") */
const CLAUSE = '(?:(?!\\b(?:and|but|while|when|then|until|before|after|whereas)\\b)[^.;!?])';
const TOLD = [
  // "the conflict, which began in 2011"; "its civil war began in 2011"; "war broke out there in 2011"
  new RegExp(`\\b${WAR}(?:[\\s,]+[^\\s.;!?]+){0,3}?[\\s,]+${BEGAN}\\b${CLAUSE}{0,50}?${DATED}`),
  // "set off the civil war in 2011"
  new RegExp(`\\b${CAUSED}\\s+(?:the|a|its|their|his|syria['’]s)\\s+(?:[^\\s.;!?]+\\s+){0,2}?${WAR}\\b[^.;!?]{0,20}?${DATED}`),
  // "a conflict that has raged since 2011", "at war since March 2011"
  new RegExp(`\\b${WAR}\\b[^.;!?]{0,40}?\\bsince\\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?${YEAR}`),
];
/** another country's war told with the same year: no restatement of this one */
const OTHER_COUNTRY = /\b(?:libya|libyan|yemen|yemeni|egypt|egyptian|tunisia|tunisian|bahrain|bahraini|iraq|iraqi|ukrain\w*|afghan\w*|leban\w*|mali|malian|ivory\s+coast|ivorian|sudan\w*|chechen\w*|chechnya|georgia)\b/;

const BACKGROUND_WAR = /\b(?:conflict|war|unrest|uprising)\b.*\b(?:began|started|erupted|broke out)\b/i;

/** The dataset's beginnings of a war: a background fact of one place, dated by its year, naming no doer. */
export function conflictStartClaims(claims: readonly Claim[]): ConflictStartClaim[] {
  const out: ConflictStartClaim[] = [];
  for (const c of claims) {
    const { actor, place, time } = c.slots;
    if (c.polarity === 'deny' || actor !== undefined || place?.length !== 1 || time === undefined || !/^\d{4}$/.test(time)) continue;
    if (!BACKGROUND_WAR.test(c.statement)) continue;
    out.push({ claimId: c.id, place: place[0]!, year: time });
  }
  return out;
}

/** The year a sentence (folded, lower-case) dates a war's beginning by, or undefined; none when another country is named. */
export function conflictStartYear(folded: string): string | undefined {
  if (!/\b(?:19|20)\d\d\b/.test(folded)) return undefined;
  for (const re of TOLD) {
    const m = re.exec(folded);
    if (m !== null) return OTHER_COUNTRY.test(folded) ? undefined : m[1];
  }
  return undefined;
}

/** How many months after the last dated claim a page is of another time (the slot vetoes' measure). */
const OTHER_TIME_MONTHS = 2;

/**
 * The reader (proposition-readers.ts): the year a war began, with its country named here or in the
 * sentence before, on a page not well after the campaign (a page dated more than two months after
 * every dated claim restates background, not news of the campaign's days).
 */
export class ConflictStartReader implements PropositionReader<string> {
  readonly name = 'conflict-start';
  private readonly starts: ConflictStartClaim[];
  /** the last month any dated claim falls in (monthIndex) */
  private readonly lastMonth: number | undefined;

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
  ) {
    this.starts = conflictStartClaims(claims);
    const months = claims.flatMap((c) => {
      const m = /^(\d{4})-(\d{2})/.exec(c.slots.time ?? '');
      return m ? [monthIndex(Number(m[1]), Number(m[2]) - 1)] : [];
    });
    this.lastMonth = months.length > 0 ? Math.max(...months) : undefined;
  }

  cue({ folded }: CueView): string | undefined {
    return this.starts.length > 0 ? conflictStartYear(folded) : undefined;
  }

  read(year: string, s: PropositionSentence): ReaderResult {
    const { pageTime } = s.time;
    if (pageTime !== undefined && this.lastMonth !== undefined && pageTime > this.lastMonth + OTHER_TIME_MONTHS) return { readings: [] };
    const { compatible, claimantName } = this.index;
    const told = this.starts.filter((w) => w.year === year && s.namedHere((id) => compatible(id, w.place)));
    return { readings: told.map((w) => ({ claimId: w.claimId, relation: 'corroborates', anchors: true, reason: `same account; source: ${claimantName(w.claimId)}` })) };
  }
}
