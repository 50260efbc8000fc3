/**
 * What the claim index answers and what it reads: the relations, a match,
 * the thresholds of each rule (ADR 0020), a sentence as the engine hands it
 * over, and the diagnostics' trace. Shared by the index's modules, so that
 * none of them imports another's internals to name a type.
 */
import type { ActorMatcher, Mention } from '../actors/matcher';
import type { TextSpan } from '../text/model';
import type { NumberMention } from '../text/numbers';
import type { Token } from '../text/tokens';
import type { DetectedClaim } from './detect';
import type { CandidateFeatures, PromoteModel } from './promote';
import type { When } from './when';

export type Relation = 'corroborates' | 'contradicts' | 'related';

export interface ClaimMatch {
  claimId: string;
  relation: Relation;
  /** 0..1, higher is surer */
  score: number;
  /** short human-readable reason */
  reason: string;
}

/** Thresholds (see ADR 0020). Exported for tests and the evaluation. */
export const THRESHOLDS = {
  /** lexical similarity for "same claim" without a figure to back it */
  corroborate: 0.5,
  /** lexical similarity for "same claim" when the claim has a figure the sentence does not give */
  corroborateNoFigure: 0.65,
  /** lexical similarity needed to corroborate when the sentence names another claimant */
  corroborateOtherClaimant: 0.75,
  /** lexical similarity to the claim's content (its frame left out), for any corroboration */
  corroborateContent: 0.3,
  /** lexical similarity when a figure agrees */
  corroborateWithFigure: 0.3,
  /** lexical similarity for "same slot, other figure" */
  contradictFigure: 0.3,
  /** lexical similarity for a denial against an affirmation */
  contradictPolarity: 0.5,
  /** lexical similarity for a word negated on one side and affirmed on the other (same claimant) */
  contradictNegation: 0.45,
  /** lexical similarity for another date of a claim whose point is its date ("began on September 20") */
  contradictDate: 0.6,
  /** lexical similarity for reversed roles */
  contradictSwap: 0.45,
  /** lexical similarity for "related" */
  related: 0.3,
  /** minimum shared actors for "related" */
  relatedActors: 1,
  /** how many candidates from retrieval are judged */
  candidates: 12,
};

export interface SentenceInput {
  text: string;
  span: TextSpan;
  /** mentions inside the sentence */
  mentions: readonly Mention[];
  numbers: readonly NumberMention[];
  detected: DetectedClaim | null;
  /** the article's publication date (ISO), when known: a sentence with no date of its own is dated by it */
  articleDate?: string;
  /** the article's date as its text gives it (a dateline may have no year); wins over articleDate */
  articleWhen?: When;
  /** for an article with no date of its own: the latest past date its text states (it was written after) */
  articleNotBefore?: When;
  /** the span folded and lower-cased (foldText(…).toLowerCase()), when the caller has it */
  folded?: string;
  /** the sentence read just before it, in the same article (neighbouring-sentence context) */
  context?: SentenceContext;
  /** a headline of an undated page: the weekday phrase of its lead ("on monday"), the day it reports */
  leadDay?: string;
  /** the sentence is the page's headline (a fragment opening it): with no day of its own it reports the page's day */
  headline?: boolean;
  /** a headline's lead sentence that restates one of its figures (folded, lower-case): the headline reads its time words (lead-time.ts) */
  leadTime?: string;
}

/**
 * The sentence before: its words may complete a terse follow-up ("Ankara asked Moscow to halt
 * the operation at once" after a sentence on the bombing of Turkmen villages).
 */
export interface SentenceContext {
  text: string;
  span: TextSpan;
  mentions: readonly Mention[];
  /** the claims it already corroborates or contradicts: the follow-up is not given them on its words */
  matches: readonly ClaimMatch[];
  /** the latest sentence up to it that writes a date (folded, lower-case), in its paragraph or the one before (day-told-before.ts) */
  dated?: string;
}

export interface ClaimIndex {
  match(input: SentenceInput): ClaimMatch[];
  readonly size: number;
}

export interface MatchDeps {
  matcher: ActorMatcher;
  /** actor a mention stands for (refersTo or actorId) */
  actorOf(m: Mention): string;
  /** diagnostics only (scripts/eval-diagnose.ts): every judged candidate's features */
  trace?: (entry: MatchTrace) => void;
  /**
   * The last sentence's terms, shared by the claim indexes of several datasets that read it the
   * same way (same demonyms): each index reads a sentence in turn (see partitionedIndex), and
   * tokenizes it once for all of them.
   */
  sentenceTerms?: { last?: SentenceTerms };
  /**
   * Let the fitted model promote a 'related' candidate no veto holds (ADR 0135): by default the
   * committed one; false (the hand rules' own judgement, exported for fitting by
   * scripts/fit-promote.ts) or another model (tests).
   */
  promote?: false | PromoteModel;
}

/** A sentence as retrieval reads it: its tokens, its terms, its content's terms. */
export interface SentenceTerms {
  input: SentenceInput;
  /** the demonyms the tokens were read with */
  demonyms: string;
  tokens: Token[];
  q: Set<string>;
  cspan: TextSpan | null | undefined;
  qContent: Set<string> | null;
  /** where a strike sentence says an armed group was absent from the places hit: "target" negated there (absent-target.ts) */
  absent: readonly number[];
}

/** What judging one candidate saw (for the recall diagnostic). */
export interface MatchTrace {
  sentence: string;
  claimId: string;
  /** its place in retrieval (-1: judged for its figure, not retrieved in the top) */
  rank: number;
  lex: number;
  lexContent: number;
  relation: Relation | 'none';
  flags: string[];
  /** a 'related' candidate no hard veto holds: what the fitted model read (ADR 0135) */
  features?: CandidateFeatures;
  /** the model's probability for it, when the model was asked */
  promoteP?: number;
}

