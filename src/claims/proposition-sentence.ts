/**
 * One sentence as the proposition readers see it (proposition-readers.ts), and what they may ask the
 * claim index about a claim. The sentence side is what the index has already read of it — its
 * actors, its speaker, its stance, its time — with the checks that need both the sentence and a
 * claim (of the claim's days? its claimant's own account?). It is built once per sentence, only when
 * a reader's cue fired; its costly parts are functions, read when a reader asks.
 */
import type { Token } from '../text/tokens';
import type { ClaimMatch } from './match-types';
import type { SentenceTime } from './sentence-time';

/** An actor named at offsets. */
export interface NamedAt {
  start: number;
  end: number;
  id: string;
}

/** What a reader's cheap look (its cue) reads of a sentence. */
export interface CueView {
  /** the sentence, folded and lower-cased */
  folded: string;
  /** its terms as the index reads them */
  terms: ReadonlySet<string>;
  /** where it says an armed group was absent from the places struck (absent-target.ts) */
  absent: readonly number[];
  /** the actors its mentions name */
  named: ReadonlySet<string>;
}

export interface PropositionSentence {
  /** the sentence, folded and lower-cased; offsets in it are the text's from `start` */
  folded: string;
  start: number;
  end: number;
  /** its tokens (actors as "@id", demonyms as their state), in the text's offsets */
  tokens: readonly Token[];
  /** its actor mentions, in the text's offsets */
  mentions: readonly NamedAt[];
  /** the actors it names, its tokens' too */
  actors: ReadonlySet<string>;
  /** the speaker the index read, if any */
  speaker: string | undefined;
  /** the words naming a speaker the index read no actor in ("the Kremlin's chief of staff"), with the sentence up to them when they lead it */
  speakerWords: string | undefined;
  /** a denial of the sentence's own */
  denied: boolean;
  /** a negation anywhere in it */
  negated: boolean;
  /** it tells what is still to come (still-to-come.ts) */
  toCome: () => boolean;
  /** it asks */
  question: boolean;
  /** when: the page's date and the days and periods the sentence names (sentence-time.ts) */
  time: SentenceTime;
  /** the sentence before, folded and lower-cased, if any */
  contextFolded: () => string | undefined;
  /** the groups whose being aimed at the sentence negates ("@isis"), over the whole sentence */
  negatedGroups: () => ReadonlySet<string>;
  /** where it names a group: its mentions, and the group's longer names in any case ("Isis"), in `folded`'s offsets */
  groupSpans: (group: string) => { start: number; end: number }[];
  /** an actor named here or in the sentence before */
  namedHere: (is: (id: string) => boolean) => boolean;
  /** is it the claimant's own account (its speaker; a joint body's states named)? */
  spokenBy: (claimant: string) => boolean;
  /** no other time named than the claim's (`sameDay`: nor another day), on a page of its time */
  sameTimeAs: (claimId: string, sameDay?: boolean) => boolean;
  /** of the claim's days: as `sameTimeAs`, and a page of the week after them or one of its days named */
  ofItsDays: (claimId: string) => boolean;
  /** a page of another time than the claim's */
  otherTime: (claimId: string) => boolean;
  /** does the sentence, or the one before, name what a demand asks to stop (demand-object.ts)? */
  objectNamed: (claimId: string) => boolean;
  /** the sentence's matches so far: those on words, and what the readers before read */
  firm: () => readonly ClaimMatch[];
}

/** What a reader may ask of the index: the actors' families and sides, and a claim's detail. */
export interface ReaderIndex {
  typeOf: (id: string) => string | undefined;
  famOf: (id: string) => ReadonlySet<string>;
  compatible: (a: string, b: string) => boolean;
  /** is a speaker on the doer's side (its officials, its state)? */
  sameSide: (speaker: string, doer: string | undefined) => boolean;
  statesOf: (id: string) => readonly string[];
  nameOf: (id: string) => string;
  /** a claim's claimant as a reader says it ("Russia", "the report") */
  claimantName: (claimId: string) => string;
  /** a claim's days, years, first day and months (claim-detail.ts) */
  claimTime: (claimId: string) => { days: ReadonlySet<string>; years: ReadonlySet<number>; since: string | undefined; monthRange: readonly [number, number] | undefined };
  kindOf: (claimId: string) => string | undefined;
  /** the claims the dataset says contradict this one */
  contradicting: (claimId: string) => readonly string[];
  /** institutions written for their state ("the Kremlin"), with the state's actor (roles.ts) */
  institutions: readonly { re: RegExp; id: string }[];
}
