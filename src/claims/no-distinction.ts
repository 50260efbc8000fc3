/**
 * A charge that a campaign makes no distinction between groups, read as a proposition (issue 13,
 * paraphrase; ADR 0383): Obama's word of 2 October 2015 that Russia's campaign fails to tell
 * terrorist groups from moderate rebels. Reporting gives it as "Russia was not distinguishing
 * between Islamic State and more moderate insurgents", "treats Islamic State and the moderate
 * insurgents as one and the same", "Putin errs in lumping the rebels together with the
 * terrorists": the same charge in words the claim's texts do not have ("lump", "one and the same").
 * Read only as its claimant's own charge (the speaker), of its time; another party's ("Lavrov: we do
 * not consider the FSA terrorists") is not it.
 */
import type { Claim } from '../dataset/schema';
import type { PropositionReader, ReaderResult, Reading } from './proposition-readers';
import type { CueView, PropositionSentence, ReaderIndex } from './proposition-sentence';

/** the claim's charge: failing to distinguish */
const CHARGE = /\b(?:fails?|failing|failed) to distinguish\b|\b(?:does|do|did) not distinguish\b/i;
/** the charge as news writes it: not distinguishing, lumping together, one and the same, no distinction */
const NO_DISTINCTION =
  /\b(?:not|never|no longer|fail(?:s|ed|ing)? to|refus(?:es|ed|ing) to|without)\s+(?:\w+\s+)?(?:distinguish|differentiat|tell(?:ing)? apart)\w*|\blump(?:s|ed|ing)?\b[^.;]{0,100}?\btogether\b|\bas one and the same\b|\b(?:makes?|making|made|draws?|drawing|drew)\s+no\s+(?:distinction|difference)\b/;

interface NoDistinctionClaim {
  claimId: string;
  /** who charges it (an actor, not the reporter) */
  claimant: string;
}

export class NoDistinctionReader implements PropositionReader<true> {
  readonly name = 'no-distinction';
  private readonly charges: NoDistinctionClaim[];

  constructor(
    claims: readonly Claim[],
    private readonly index: ReaderIndex,
  ) {
    this.charges = claims.filter((c) => c.claimant !== 'reporter' && c.polarity !== 'deny' && CHARGE.test(c.statement)).map((c) => ({ claimId: c.id, claimant: c.claimant }));
  }

  cue(v: CueView): true | undefined {
    return this.charges.length > 0 && NO_DISTINCTION.test(v.folded) ? true : undefined;
  }

  read(_cue: true, s: PropositionSentence): ReaderResult {
    const readings: Reading[] = [];
    if (s.question || s.toCome() || s.denied) return { readings };
    for (const c of this.charges) {
      if (!s.spokenBy(c.claimant) || !s.sameTimeAs(c.claimId)) continue;
      readings.push({ claimId: c.claimId, relation: 'corroborates', anchors: false, reason: `same account: no distinction made; source: ${this.index.claimantName(c.claimId)}` });
    }
    return { readings };
  }
}
