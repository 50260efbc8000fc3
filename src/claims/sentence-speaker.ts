/**
 * Who speaks in a sentence, as the claim index compares it with a claim's
 * claimant: the speaker detection found (claimant, actor ids), whether it is
 * named in this sentence, the actors its phrase names, several parties
 * speaking as one, a named speaker the dataset does not know, and the actors
 * right after the attribution verb (its object: "warned Turkey").
 */
import type { Mention } from '../actors/matcher';
import type { Token } from '../text/tokens';
import type { DetectedClaim } from './detect';
import type { SentenceInput } from './match-types';
import { unnamedCollective } from './collective-speaker';
import { toldOf } from './told-of';

/** Words of an office or a source the reports may leave unnamed ("the spokesman", "the monitor", "officials"). */
const STRANGER_OFFICE = /\b(?:spokes(?:man|woman|person)|minister|ministry|secretary|president|official|officials|monitor|observatory|agency|source|sources|command|commander|general|kremlin|pentagon|government|military|army|navy|statement|envoy|ambassador|diplomats?|lawmakers?|analysts?|activists?|residents?|witnesses?)\b/i;
/** a speaker phrase that joins others to its party ("Turkey and a number of Western and Gulf allies") */
const JOINT_SPEAKER = /\band\b(?:\s+\S+){0,6}?\s+(?:allies|countries|nations|partners|governments|states)\b/i;

export class SentenceSpeaker {
  readonly claimant: DetectedClaim['claimant'];
  /** the speaker is named in this sentence (a mention inside the attribution), not inherited or a bare noun */
  readonly claimantNamedHere: boolean;
  readonly claimantId: string | undefined;
  /** several parties speaking as one: two states or more, or a state "and (its) allies" / "and other countries" */
  readonly jointSpeaker: boolean;
  /**
   * an explicit speaker the dataset does not know ("Ibrahim Kalin", "a rebel group"), not a pronoun
   * (a person's name, or a group named without an office: "Hassan Haj Ali", "a Western-backed rebel group";
   * not "the spokesperson" or "the Kremlin spokesman", which may be the reports' own speakers unnamed)
   */
  readonly namedStranger: boolean;
  /** actors right after the attribution verb: its object ("warned Turkey", "accused Ankara of") */
  readonly objectIds: string[] = [];

  constructor(
    input: SentenceInput,
    private readonly tokens: readonly Token[],
    actorOf: (m: Mention) => string,
    typeOf: ReadonlyMap<string, string>,
  ) {
    const { text, span, mentions, detected } = input;
    const claimant = detected?.claimant;
    this.claimant = claimant;
    this.claimantNamedHere = claimant !== undefined && claimant.start >= span.start && mentions.some((m) => m.start >= claimant.start && m.end <= claimant.end);
    const claimantId = claimant?.actorId;
    this.claimantId = claimantId;
    this.jointSpeaker =
      claimant !== undefined &&
      (claimant.actorIds.filter((id) => typeOf.get(id) === 'state').length >= 2 || JOINT_SPEAKER.test(claimant.text));
    const strangerText = claimant?.text.trim() ?? '';
    this.namedStranger =
      claimant !== undefined &&
      claimantId === undefined &&
      !/^(?:he|she|they|it|we|i|you)\b/i.test(strangerText) &&
      !unnamedCollective(strangerText) &&
      ((!/^(?:the|a|an)\s/i.test(strangerText) && /^(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+/.test(strangerText)) ||
        /(?:^|\s)[A-Z][a-z]+\s+[A-Z][\w'’-]+\s*,?$/.test(strangerText) ||
        !STRANGER_OFFICE.test(strangerText));
    if (detected?.verbEnd !== undefined) {
      for (const m of mentions) {
        if (m.start < detected.verbEnd) continue;
        const gap = text.slice(detected.verbEnd, m.start);
        // (not the one told of an event: "told Washington of the attack" informs, it claims nothing; told-of.ts)
        if (/^\s*(?:the\s+)?$/.test(gap) && !toldOf(detected.verb ?? '', text.slice(m.end, m.end + 8))) this.objectIds.push(actorOf(m));
        break;
      }
    }
  }

  /** the actors the speaker phrase names, demonyms as their states ("Syrian state television") */
  speakerActors(): string[] {
    const claimant = this.claimant;
    return claimant === undefined ? [] : [...claimant.actorIds, ...this.tokens.filter((t) => t.start >= claimant.start && t.end <= claimant.end && t.t.startsWith('@')).map((t) => t.t.slice(1))];
  }
}
