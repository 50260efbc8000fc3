/**
 * Corroborations and contradictions read from a sentence's proposition rather than its words: who
 * did what to whom, when, in whose account (ADRs 0327, 0355–0373). Each reader knows its claims,
 * selected once per index; a sentence is looked at cheaply first (its cue), and read only where a cue
 * fired. The readers run in a fixed order, each seeing what those before it read (`firm()`), and
 * what they read is added in place of a related match on words, never over a firm one
 * (sentence-matches.ts).
 */
import type { MatchTrace } from './match-types';
import type { CueView, PropositionSentence } from './proposition-sentence';
import type { SentenceMatches } from './sentence-matches';

/** One claim a reader read the sentence as. */
export interface Reading {
  claimId: string;
  relation: 'corroborates' | 'contradicts';
  reason: string;
  /** the claimant's own account: it anchors the contradictions derived from it */
  anchors: boolean;
  /** the rule that read it, for the trace, where a reader has several */
  by?: string;
}

export interface ReaderResult {
  readings: Reading[];
  /** corroborations on words the proposition shows to be another's account: held back as related */
  heldBack?: string[];
}

export interface PropositionReader<Cue = unknown> {
  /** what the trace calls it */
  readonly name: string;
  /** May the sentence tell one of the reader's claims? Undefined when not: the reader is not asked. */
  cue(v: CueView): Cue | undefined;
  read(cue: Cue, s: PropositionSentence): ReaderResult;
}

/** The readers whose cue fired, with what each cue found. */
export type Cued = readonly { reader: PropositionReader; cue: unknown }[];

export class PropositionReaders {
  constructor(private readonly readers: readonly PropositionReader[]) {}

  /** The readers the sentence may concern, in order; undefined when none. */
  cues(v: CueView): Cued | undefined {
    let out: { reader: PropositionReader; cue: unknown }[] | undefined;
    for (const reader of this.readers) {
      const cue = reader.cue(v);
      if (cue !== undefined) (out ??= []).push({ reader, cue });
    }
    return out;
  }

  /** Read the sentence with each cued reader in turn, adding what each reads before the next one looks. */
  read(cued: Cued, s: PropositionSentence, matches: SentenceMatches, sentence: string, trace: ((entry: MatchTrace) => void) | undefined): void {
    for (const { reader, cue } of cued) {
      const { readings, heldBack } = reader.read(cue, s);
      for (const id of heldBack ?? []) matches.holdBack(id);
      for (const r of readings) {
        trace?.({ sentence, claimId: r.claimId, rank: -1, lex: 0, lexContent: 0, relation: r.relation, flags: [r.by ?? reader.name] });
        const m = { claimId: r.claimId, relation: r.relation, score: 0.6, reason: r.reason };
        if (r.relation === 'contradicts') matches.addOpposite(m);
        else matches.addRead(m, r.anchors);
      }
    }
  }
}
