/**
 * A sentence's stance as the claim index reads it: does it negate, deny
 * (a denial verb, or a dismissal: "baseless", "an information attack") or
 * admit; what its denial denies (the clause after the verb); the negation
 * scopes of its content. And the polarity flip against one claim: a denial
 * against an affirmation, an admission against a denial, a word negated on
 * one side and affirmed on the other.
 */
import { sentenceHedges } from '../dataset/modality';
import { foldText } from '../text/fold';
import type { TextSpan } from '../text/model';
import type { Token } from '../text/tokens';
import type { ClaimDetail, CompiledClaim } from './claim-detail';
import { DENIAL_ENDS } from './denial-scope';
import type { IndexTokenizer } from './index-tokens';
import { THRESHOLDS, type SentenceInput } from './match-types';
import { ADMIT_VERB, DENY_VERB, NEGATION, type Polarity, negationClash, polarityOf } from './polarity';
import { DISMISSAL } from './polarity-rules';
import { withoutTrailingDenial } from './trailing-denial';
import { reportsOthersClaims } from './reported-claims';

/** Where the clause a denial denies ends: a clause break, a gerund of saying, the denier's next statement or a contrast (denial-scope.ts). */
const DENIED_ENDS = new RegExp(String.raw`[,;:.!?]\s|\s(?:saying|adding|calling|arguing)\b|${DENIAL_ENDS}`);

/** the space before a conjunction that starts another clause (replaced by a comma, same length) */
const CONJUNCTION = / (?=(?:but|and|while|whereas|yet|instead|though|although)\b)/g;

export class SentenceStance {
  readonly negated: boolean;
  /** a dismissal ("were an information attack", "baseless") denies without a denial verb */
  readonly deny: boolean;
  readonly admit: boolean;
  /** the terms of the clause a denial denies (null: not a denial, or no clause found) */
  private readonly denied: Set<string> | null = null;
  private polarityCache: Polarity | undefined;
  private wholeCache: Polarity | undefined;
  private readonly span: TextSpan;
  /** the content reports others' claims ("Claims … emerged", "allegedly"): it affirms nothing (reported-claims.ts) */
  private readonly hearsay: boolean;

  constructor(
    input: SentenceInput,
    private readonly folded: string,
    private readonly tokens: readonly Token[],
    /** the sentence's content (its frame left out), when it has one */
    private readonly cspan: TextSpan | null | undefined,
    private readonly q: ReadonlySet<string>,
    tokenizer: IndexTokenizer,
    /** offsets where the sentence negates a strike's aim by its place ("areas with no IS fighters"; absent-target.ts) */
    private readonly absent: readonly number[] = [],
  ) {
    const { text, span, mentions, detected } = input;
    this.negated = NEGATION.test(folded);
    // (a detected claim has already read its dismissals: its polarity)
    // (a closing ", claims the government denied" is another party's answer: trailing-denial.ts)
    const own = withoutTrailingDenial(folded);
    this.deny = (DENY_VERB.test(own) || (detected ? detected.polarity === 'deny' : DISMISSAL.test(own))) && !ADMIT_VERB.test(own);
    this.admit = ADMIT_VERB.test(folded);
    // what a denial denies: the clause after the deny verb ("rejected the accusations, saying…" or
    // "… and said…" denies the accusations, not what follows)
    if (this.deny) {
      const dm = DENY_VERB.exec(folded);
      if (dm) {
        const from = span.start + dm.index + dm[0].length;
        const rest = text.slice(from, span.end);
        const cut = rest.search(DENIED_ENDS);
        const to = cut === -1 ? span.end : from + cut;
        this.denied = new Set(tokenizer.subToks(text, tokens, span, from, to, mentions).map((t) => t.t));
      }
    }
    this.span = span;
    const content = cspan ?? span;
    this.hearsay = reportsOthersClaims(text.slice(content.start, content.end));
  }

  /** negation scopes of the sentence's content, read only when a candidate gets that far */
  polarity(): Polarity {
    if (this.polarityCache === undefined) {
      // the sentence's own tokens and folded text, limited to its content
      const sContent = this.cspan ?? this.span;
      const inContent = this.tokens.filter((t) => t.start >= sContent.start && t.start < sContent.end);
      this.polarityCache = polarityOf(inContent, this.folded, this.span.start);
    }
    return this.polarityCache;
  }

  /**
   * Negation scopes of the whole sentence, its speaker's clause included, with an absent group's aim read
   * as negated: "target" from its negator to the clause's end ("areas with no IS fighters"; absent-target.ts);
   * a scope ends at a conjunction as at a comma.
   * Only the opposite-aim rule reads it (opposite-aim.ts).
   */
  wholePolarity(target: string): Polarity {
    if (this.wholeCache === undefined) {
      const tokens = [...this.tokens];
      const scopes: [number, number][] = [];
      for (const at of this.absent) {
        const k = tokens.findIndex((t) => t.start >= at);
        tokens.splice(k === -1 ? tokens.length : k, 0, { t: target, start: at, end: at });
        const stop = this.folded.slice(at - this.span.start).search(/[,;:.!?]/);
        scopes.push([at, stop === -1 ? this.span.end : at + stop]);
      }
      // (a negation's scope ends at a conjunction too: "did not hit civilians but struck IS positions")
      // (a small share, "only one in 20 hit IS", is an estimate of its own, not a denial of the aim)
      this.wholeCache = polarityOf(tokens, this.folded.replace(CONJUNCTION, ','), this.span.start, scopes, false);
    }
    return this.wholeCache;
  }

  /** Does the denied clause hold at least half of what the sentence shares with the claim? */
  deniedIsAbout(c: CompiledClaim): boolean {
    const denied = this.denied;
    if (denied === null) return true;
    let inSentence = 0;
    let inDenied = 0;
    for (const t of this.q) {
      if (!c.terms.has(t)) continue;
      inSentence++;
      if (denied.has(t)) inDenied++;
    }
    return inSentence === 0 || inDenied * 2 >= inSentence;
  }

  /**
   * A denial against an affirmation (or an admission against a denial), or a word negated on one
   * side and affirmed on the other; `doerNamed`: the claim's doer is the sentence's (a coalition
   * toll says nothing of Russia's denial).
   */
  polarityFlip(c: CompiledClaim, d: ClaimDetail, lex: number, doerNamed: boolean): boolean {
    const cl = c.claim;
    const { folded } = this;
    return (
      // (a concern over reports affirms nothing: "serious concern over the information that…")
      // (nor do others' claims reported: "Claims Russian jets killed civilians emerged …")
      (d.deny && doerNamed && (this.admit || (!this.negated && !this.deny && !sentenceHedges(folded) && !this.hearsay)) && targetNamed(cl.slots.target, folded)) ||
      (!d.negated && this.deny && this.deniedIsAbout(c)) ||
      // "not enough" against "enough"; "Daesh rather than the opposition" against "the opposition instead of Daesh"
      (!d.deny &&
        !this.deny &&
        lex >= THRESHOLDS.contradictNegation &&
        negationClash(d.polarity, this.polarity()) &&
        // about the same doer: the claim's actor is in the sentence ("the USA… targeting IS" is not Russia)
        doerNamed)
    );
  }
}

/**
 * Is what a denial denies named in the sentence ("have not killed civilians": "civilians")? A toll
 * that does not say whose ("dozens killed") affirms nothing the denial denies. True when the claim
 * gives no target.
 */
function targetNamed(target: string | undefined, folded: string): boolean {
  if (!target) return true;
  const words = foldText(target).toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return words.length === 0 || words.some((w) => folded.includes(w.replace(/(?:ies|s)$/, '')));
}
