/**
 * One sentence's matches as they are judged, and how they are settled once
 * all its candidates are: the fitted model's second look at the candidates
 * held back as related (ADR 0135), one account in words (ADR 0160), the
 * contradictions derived through the dataset's relations, one reading of a
 * reversed attribution, and the order and number of what is returned.
 */
import type { NumberMention, Qualifier } from '../text/numbers';
import type { ClaimMatch, MatchTrace } from './match-types';
import { type CandidateFeatures, type PromoteModel, promotes } from './promote';

/** How far below a sentence's closest corroboration in words another one may fall and still be its account (ADR 0160). */
const CLOSEST_ACCOUNT_GAP = 0.25;

/** A 'related' candidate no veto holds, with what the model will read. */
export interface PendingCandidate {
  match: ClaimMatch;
  features: Omit<CandidateFeatures, 'lexLead'>;
  entry: MatchTrace | undefined;
  source: string;
  score: number;
}

export class SentenceMatches {
  readonly out: ClaimMatch[] = [];
  /** the lexical score of each corroboration on words alone (no agreeing figure), for the closest-account rule */
  readonly corroborationLex = new Map<string, number>();
  /** corroborations anchored by their speaker or their figure: they may stand for the claim's side in a dispute */
  readonly anchored = new Set<string>();
  /** the candidates at the lexical floor (for each one's lead over the others) */
  readonly atFloor: { claimId: string; lex: number }[] = [];
  /** the 'related' ones no veto holds, with what the model will read (ADR 0135) */
  readonly pending: PendingCandidate[] = [];
  /** corroborations on an agreeing figure, for one figure's one account (ADR 0374) */
  private readonly figureAccounts: { claimId: string; figure: NumberMention; qualifierAgrees: boolean }[] = [];

  /**
   * The fitted model's look at the held-back candidates: promoted ones corroborate (never anchoring
   * a derived contradiction). Not in a sentence the rules already gave a claim (none of the 91 such
   * candidates in the labelled sets was the sentence's claim).
   */
  secondLook(model: PromoteModel | undefined, trace: ((entry: MatchTrace) => void) | undefined): void {
    const { out, pending, atFloor } = this;
    if (out.some((m) => m.relation !== 'related')) {
      // (the trace still sees them: the recall diagnostic would call them never retrieved)
      if (trace) for (const p of pending) if (p.entry) trace({ ...p.entry, flags: [...p.entry.flags, 'sentence-has-firm-match'] });
      return;
    }
    for (const p of pending) {
      let best = 0;
      for (const o of atFloor) if (o.claimId !== p.match.claimId && o.lex > best) best = o.lex;
      const features: CandidateFeatures = { ...p.features, lexLead: p.features.lex - best };
      // the model guesses only the sentence's closest claim in words: a candidate another claim
      // outdoes is a topic the sentence shares, not its account (never asked, never fitted on)
      if (features.lexLead < 0) {
        if (p.entry) trace?.(p.entry);
        continue;
      }
      const prob = model === undefined ? undefined : promotes(features, model);
      if (prob !== undefined) {
        p.match.relation = 'corroborates';
        p.match.score = p.score;
        p.match.reason = `same account; source: ${p.source}`;
      }
      if (p.entry) trace?.({ ...p.entry, relation: p.match.relation, features, ...(prob !== undefined ? { promoteP: prob } : {}) });
    }
  }

  /**
   * A corroboration read from the sentence's proposition rather than its words (told-propositions.ts,
   * event-readers.ts, negated-aim-claims.ts, ADR 0360's readers): it takes the place of the claim's related
   * match, never of a firm one. `anchors`: the claimant's own account, which anchors the contradictions
   * derived from it (a corroboration on words already there is anchored too); else none is derived.
   */
  addRead(m: ClaimMatch, anchors: boolean): void {
    const k = this.out.findIndex((x) => x.claimId === m.claimId);
    if (k === -1) this.out.push(m);
    else if (this.out[k]!.relation === 'related') this.out[k] = m;
    else if (this.out[k]!.relation === 'contradicts') return;
    if (anchors) this.anchored.add(m.claimId);
  }

  /**
   * A contradiction read from the sentence's proposition rather than its words (opposite-aim.ts): it takes
   * the place of the claim's related match, and of a corroboration on shared words ("not one of the
   * villages the jets struck held IS positions" shares the words of "struck IS positions").
   */
  addOpposite(m: ClaimMatch): void {
    const k = this.out.findIndex((x) => x.claimId === m.claimId);
    if (k === -1) this.out.push(m);
    else if (this.out[k]!.relation !== 'contradicts') {
      this.out[k] = m;
      this.anchored.delete(m.claimId);
      this.corroborationLex.delete(m.claimId);
    }
  }

  /** A corroboration on an agreeing figure: the sentence's figure and how the claim bounds its own. */
  byFigure(claimId: string, figure: NumberMention, claimQualifier: Qualifier): void {
    this.figureAccounts.push({ claimId, figure, qualifierAgrees: figure.qualifier === claimQualifier });
  }

  /** A corroboration on shared words that the sentence's proposition shows to be another's account: held back as related. */
  holdBack(claimId: string): void {
    const m = this.out.find((x) => x.claimId === claimId);
    if (m === undefined || m.relation !== 'corroborates') return;
    m.relation = 'related';
    m.score = Math.min(0.6, m.score);
    this.anchored.delete(claimId);
    this.corroborationLex.delete(claimId);
  }

  /** The sentence's matches, settled: firm ones first, at most three related. */
  settle(contradictsOf: ReadonlyMap<string, readonly { other: string; reason: string }[]>, claimIds: ReadonlySet<string>): ClaimMatch[] {
    const { out, corroborationLex, anchored } = this;
    // one account in words: a corroboration on words alone far below the sentence's closest one shares the same
    // words with another claim ("the training infrastructure was destroyed completely" is not also "a warehouse was
    // completely destroyed"); it stays related (ADR 0160)
    if (corroborationLex.size > 1) {
      const best = Math.max(...corroborationLex.values());
      for (const m of out) {
        const lx = corroborationLex.get(m.claimId);
        if (m.relation === 'corroborates' && lx !== undefined && lx < best - CLOSEST_ACCOUNT_GAP) {
          m.relation = 'related';
          m.score = Math.min(0.6, lx * 0.7);
          anchored.delete(m.claimId);
        }
      }
    }
    // one figure, one account (ADR 0374)
    this.oneAccountPerFigure();
    // a sentence that corroborates A contradicts what the dataset says contradicts A
    const extra: ClaimMatch[] = [];
    for (const m of out) {
      // a derived contradiction meets the same standard as a direct one: the sentence must be that
      // claim's account (same speaker or same figure), not only near it in words
      if (m.relation !== 'corroborates' || !anchored.has(m.claimId)) continue;
      for (const { other, reason } of contradictsOf.get(m.claimId) ?? []) {
        if (!claimIds.has(other) || out.some((x) => x.claimId === other && x.relation !== 'related') || extra.some((x) => x.claimId === other)) continue;
        extra.push({ claimId: other, relation: 'contradicts', score: Math.round(m.score * 0.85 * 1000) / 1000, reason: `opposite account (via ${m.claimId}): ${reason}` });
      }
    }
    // a reversed attribution reverses one account: keep only the closest such readings
    const swaps = out.filter((m) => m.reason.startsWith('reversed attribution'));
    if (swaps.length > 1) {
      const best = Math.max(...swaps.map((m) => m.score));
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.reason.startsWith('reversed attribution') && out[k]!.score < best - 0.03) out.splice(k, 1);
    }
    const all = [...out.filter((m) => !(m.relation === 'related' && extra.some((x) => x.claimId === m.claimId))), ...extra];
    const rank = { corroborates: 0, contradicts: 1, related: 2 } as const;
    all.sort((x, y) => rank[x.relation] - rank[y.relation] || y.score - x.score);
    // keep related matches few
    let related = 0;
    return all.filter((m) => m.relation !== 'related' || ++related <= 3);
  }

  /**
   * One figure, one account: where a figure the sentence bounds ("no fewer than 12") agrees with two
   * claims and one of them bounds it so too (the monitor's "at least 12", not its head's exact 12), the
   * other is another account of the same figure; it stays related. (A plain "12" decides nothing.)
   */
  private oneAccountPerFigure(): void {
    for (const a of this.figureAccounts) {
      if (a.figure.qualifier === 'exact') continue;
      if (a.qualifierAgrees || !this.figureAccounts.some((b) => b.figure === a.figure && b.qualifierAgrees)) continue;
      this.holdBack(a.claimId);
    }
  }
}
