/**
 * Claim sentences: which sentences report something someone claims (an
 * attribution: "said", "according to", "a statement"), a figure ("12
 * militants killed", "18 cruise missiles"), or a strike/casualty report, and
 * who the claimant is.
 *
 * The claimant is found in the attribution clause: the noun phrase before the
 * verb ("Russia's defence ministry said"), after it ("…," said Mr Davutoglu;
 * "according to the monitor"), an appositive ("Rami Abdel Rahman, head of the
 * Syrian Observatory…, said"), a generic head noun resolved to the last actor
 * whose name contains it ("the ministry said" → the Defence Ministry), or a
 * pronoun resolved to the previous claimant ("He said…").
 */
import type { OfficeHolders } from './office-holder';
import type { JointBodyResolver } from './joint-body';
import { closingFirst } from './closing-attribution';
import { commaInSpeakerList } from './speaker-list';
import { notAnAttribution } from './not-attribution';
import { surnameSpeaker } from './surname-speaker';
import { namesAStranger } from './stranger-name';
import { newOrNamedBody } from './generic-head';
import { statementAnaphor, statementIssuer } from './statement-anaphor';
import { withoutTrailingDenial } from './trailing-denial';
import { invertedSpeakerSpan } from './inverted-attribution';
import { stateOfOfficials } from './state-officials';
import { countClause } from './count-attribution';
import { placeKicker } from './place-kicker';
import { abbreviationDot } from './abbreviation-dot';
import { expandRoleShortForms, namesABody, withoutPosting } from './role-phrase';
import { turnLabel } from './transcript-turn';
import { placeSpeaksFor } from './voice-of-place';
import { topicKicker } from './topic-kicker';
import type { Mention } from '../actors/matcher';
import { foldText } from '../text/fold';
import type { TextSpan } from '../text/model';
import type { NumberMention } from '../text/numbers';
import { headlineAttribution, looksLikeSource } from './fragments';
import { DISMISSAL } from './polarity-rules';
import { COUNTRY_WORDS } from '../actors/rule-tables';

export interface Claimant {
  /** The claimant as written ("Mr Davutoglu", "the ministry", "He"). */
  text: string;
  start: number;
  end: number;
  /** Resolved actor, when it is one (metonyms resolved: "Moscow said" → russia). */
  actorId?: string;
  /** Every actor named in the attribution clause (claimant, its appositive, its owner). */
  actorIds: string[];
}

export type Cue = 'attribution' | 'figure' | 'strike' | 'denial';

export interface DetectedClaim extends TextSpan {
  cues: Cue[];
  claimant?: Claimant;
  /** What is claimed, where it can be told apart from the attribution. */
  content?: TextSpan;
  /** 'deny' when the sentence denies or rejects. */
  polarity: 'affirm' | 'deny';
  /** The attribution verb as written ("said", "according to"). */
  verb?: string;
  /** Where the attribution verb ends (its object follows). */
  verbEnd?: number;
}

const SAY =
  /\b(?:(?:was|were) quoted as saying|quoted as saying|[Aa]ccording to|in a statement|told reporters|said|says|say|told|tells|warned|warns|added|adds|insisted|insists|claimed|claims|stated|states|announced|announces|confirmed|confirms|accused|accuses|rejected|rejects|denied|denies|complained|complains|argued|argues|alleged|alleges|acknowledged|acknowledges|admitted|admits|accepted|accepts|conceded|concedes|maintained|maintains|asserted|asserts|dismissed|dismisses|expressed|expresses|reported|reports|estimates|believes|believe|concluded|observed|urged|urges|called on|calls on|calling on|dubbing|asked|stressed|suggested|predicted|vowed|promised|threatened)\b/g;

const STRIKE =
  /\b(?:struck|strikes?|air ?strikes?|air raids?|raids?|bomb(?:ed|ing|s)?|hit|hits|hitting|killed|killing|destroyed|destroying|targeted|targeting|launched|fired|shot down|deployed|attacks?|attacked|pounded|shelled|captured|recaptured|seized|sorties)\b/;

const DENY = /\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes|rebuffed)\b/;
const ADMIT = /\b(?:admitted|admits|acknowledged|acknowledges|accepted|accepts|conceded|concedes|confirmed|confirms)\b/;

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'the group', 'the agency', 'the statement']);
/** Lower-case words that begin an appositive after a name: "X, head of Y, said". */
const APPOSITIVE = /^\s*(?:the\s+|a\s+|an\s+)?(?:head|chief|chairman|chairwoman|chair|director|leader|spokesman|spokeswoman|spokesperson|minister|secretary|president|envoy|ambassador|commander|founder|member|officials?|deputy|senior|top|former|press)\b/i;
/** A short phrase naming an office or role: "Britain's foreign secretary", "a spokesman for US Central Command". */
const ROLE_NOUN =
  /\b(?:head|chief|chairman|chairwoman|chairs?|heads|MP|director|leader|spokes(?:man|woman|person)|minister|secretary|president|premier|envoy|ambassador|commander|founder|member|officials?|deputy|correspondent|analyst|expert|general|colonel|ally|lawmaker|senator|adviser|advisor)\b/i;
/** "Seven governments, among them Turkey, Saudi Arabia and the US, urged…": the list is an appositive. */
const LIST_APPOSITIVE = /,\s*(?:among them|including|such as|notably)\b/i;
const LIST_HEAD = /^\s*(?:among them|including|such as|notably)\b/i;
const AUX_ONLY = /^\s*(?:(?:has|had|have|is|was|were|will|would|also|earlier|later|previously|then|now|again|already|on\s+\w+)\s+)+$/i;
/** Generic attribution heads resolvable to an earlier actor by name. */
const GENERIC_HEAD =
  /\b(?:the|a|an|this|that|its|their)\s+(?:(?:[a-z-]+\s+){0,2})(ministry|monitor|monitoring group|observatory|agency|statement|spokesman|spokeswoman|spokesperson|government|regime|military|army|navy|coalition|alliance|group|president|prime minister|minister|source|officials?|kremlin|pentagon|department|council|committee|command|lawmaker|general)\b/i;
/** A speaker named as an official ("a senior U.S. official", "Turkish officials"). */
const OFFICIAL_WORD = /\bofficials?\b/i;
/** Heads that, with no earlier actor named by them, are the last speaker ("the spokesperson added"). */
const LAST_SPEAKER_HEAD = /^(?:spokesman|spokeswoman|spokesperson|minister|general|officials?|president|prime minister)$/;
/** A person named only as a modifier of a role: "a Putin ally", "an ally of President Putin", "Putin's spokesman". */
const MODIFIER_BEFORE = /\b(?:ally|allies|aide|adviser|advisor|envoy|spokes(?:man|woman|person)|friend)\s+of\s+(?:[\w.'’-]+\s+){0,3}$/i;
const MODIFIER_AFTER = /^(?:['’]s)?\s+(?:ally|allies|aide|aides|adviser|advisor|spokes(?:man|woman|person)|envoy|camp|government|office)\b/i;
/** A mention right after a preposition is what the speaker is about or from ("activists in Raqqa", "envoy to the coalition"), not the speaker. */
const AFTER_PREPOSITION = /\b(?:in|at|near|from|across|over|on|inside|outside|around|to|for|against|with|of|by)\s+(?:the\s+|a\s+|an\s+)?$/i;
/** A phrase ending in two capitalised words: a name, unless they are office words. */
const UNKNOWN_NAME_AT_END = /(?:^|\s)([A-Z][a-z][\w'’-]*)\s+([A-Z][a-z][\w'’-]*)$/;
const OFFICE_WORD = /^(?:Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|Ministry|Office|Department|Affairs|Defence|Defense|Foreign|Prime|President|General|Council|Committee|Command|Forces|Force|Army|Navy|Government|Officials?|Senior|Deputy|State|House|Kremlin|Pentagon|Observatory)$/;
/** A capital standing for its state ("Moscow says", "Ankara asked"): the state speaks. */
const CAPITAL_OF = new Map<string, string>();
for (const [id, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) if (/^(?:moscow|ankara|washington|london|paris|berlin|damascus|tehran|baghdad|riyadh|doha)$/.test(w)) CAPITAL_OF.set(w, id);
/** Actor types that never speak: a place or a weapon is where or what, not who ("Claimed by: Latakia"). */
const MUTE: ReadonlySet<string> = new Set(['place', 'weapon']);
/** A state's name or demonym written in a role phrase ("British", "the UK's"): the phrase says whose office it is. */
const COUNTRY_WORD = new RegExp(
  `(?:^|[^A-Za-z])(?:${Object.values(COUNTRY_WORDS)
    .flat()
    .filter((w) => w.replace(/\./g, '').length > 3)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![A-Za-z])`,
  'i',
);
/** A speaker named but not in the dataset ("Anne Patterson", "Col. Warren"): a later "she said" is theirs, not the nearest actor's. */
export const NAMED_PERSON = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Sen|Rep|Lt|Maj|Capt|Adm|President|Secretary|Minister|Ambassador|Senator|General|Colonel|Major|Admiral)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}$/;
/** A relative clause before the verb: "strikes that Moscow said", "which Moscow describes": the speaker follows the pronoun. */
const RELATIVE_THEN_NAME = /\b(?:that|which|whom|who)\s+(?=[A-Z])/g;

const TYPE_RANK: Record<string, number> = { person: 4, organisation: 3, media: 3, military_unit: 3, state: 2, armed_group: 2, weapon: 1, place: 1 };

export interface DetectContext {
  /** Actor type by id ('' when unknown). */
  typeOf(actorId: string): string;
  /** Mentions in the whole text, sorted (for generic-head resolution). */
  mentions: readonly Mention[];
  /** Resolve a mention to the actor it stands for (refersTo or actorId). */
  actorOf(m: Mention): string;
  /** Lower-case names/aliases of actors, for generic-head resolution. */
  nameWords(actorId: string): string;
  /** Claimant of the previous claim sentence, for pronouns. */
  previous?: Claimant;
  /** Start of the sentence being read (for pronouns resolved inside it). */
  sentenceStart: number;
  /** The sentence folded and lower-cased (foldText(…).toLowerCase()), when the caller has it. */
  folded?: string;
  /**
   * The actor an office or role phrase names, from the dataset's names,
   * aliases and roles ("the head of the Duma's foreign affairs committee",
   * "a Putin ally"), when exactly one fits.
   */
  byRole?(phrase: string, exclude?: ReadonlySet<string>, stranger?: boolean): string | undefined;
  /** The state an institution stands for ("the Kremlin" → russia), when the phrase names one. */
  institution?(phrase: string): string | undefined;
  /** The office a person the article names beside it holds ("Pushkov" after "Alexei Pushkov, who chairs …": office-holder.ts). */
  officeHolder?: OfficeHolders;
  /** The issuer of a statement quoted whole that holds the offset, as its speaker (statement-block.ts). */
  statementVoice?(at: number): Claimant | undefined;
  /** The joint body a phrase names as one state and a count of others ("Washington and six allied governments": joint-body.ts). */
  jointBody?: JointBodyResolver;
}

/** Whether a mention of the text overlaps [a, b). */
function coveredByMention(ctx: DetectContext): (a: number, b: number) => boolean {
  return (a, b) => ctx.mentions.some((m) => m.start < b && m.end > a);
}

/** The page's own readings of who speaks, read once per article: its office holders and its quoted statements' issuers. */
export type PageSpeakers = Pick<DetectContext, 'officeHolder' | 'statementVoice'>;

function mentionsIn(mentions: readonly Mention[], a: number, b: number): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) if (m.start >= a && m.end <= b) out.push(m);
  return out;
}

/** A bracketed abbreviation or short gloss: "(FSB)", "(the Russian security service)". */
const SHORT_ASIDE = /^\([^()"“”,;:]{1,60}\)$/;

/** Too long to be the name a "the …" appositive stands beside: more words than any name or office ("Moscow", "Russia's defence ministry"). */
function clauseBefore(head: string): boolean {
  return head.trim().split(/\s+/).length > 8;
}

/** The span before the verb that names the speaker: back to the last clause boundary. */
function subjectBefore(text: string, sentence: TextSpan, verbStart: number): TextSpan {
  let a = verbStart;
  const lowest = sentence.start;
  // the comma before the outermost "the …" phrase passed over: "X, the MP Alexei Pushkov, said"
  let articleComma = -1;
  while (a > lowest) {
    const c = text[a - 1]!;
    // a closing quotation mark ends the speaker's clause: ‘"…," the ministry said’; a curly
    // apostrophe is one only after punctuation ("Russia’s" is a possessive)
    if (c === '"' || c === '”' || c === '“') break;
    if ((c === '’' || c === '‘') && /[,.!?]/.test(text[a - 2] ?? '')) break;
    // a short aside in brackets goes with the speaker: "who runs Russia's Federal Security Service (FSB), told"
    if (c === ')') {
      const open = text.lastIndexOf('(', a - 1);
      if (open > lowest && SHORT_ASIDE.test(text.slice(open, a))) {
        a = open;
        continue;
      }
    }
    if (c === ';' || c === ':' || c === '(' || c === ')') break;
    if (c === ',') {
      // keep going over an appositive or auxiliaries: "X, head of Y, said"; "Moscow, a key ally, had earlier said"
      const seg = text.slice(a, verbStart);
      const comma = seg.indexOf(',');
      const first = comma === -1 ? seg : seg.slice(0, comma);
      const articlePhrase = comma !== -1 && /^\s*(?:a|an|the)\s/i.test(first);
      if (articlePhrase) articleComma = a - 1;
      if (
        // (an item of a list appositive is followed by a comma of its own: after the list's last
        // comma comes the speaker, "…, including a command post near Raqqa, the ministry said")
        (comma !== -1 && LIST_APPOSITIVE.test(text.slice(lowest, a))) ||
        LIST_HEAD.test(first) ||
        first.trim() === '' ||
        AUX_ONLY.test(first) ||
        (comma !== -1 && APPOSITIVE.test(first)) ||
        articlePhrase ||
        // "X, a member, who lives near Y, said": a relative clause between the speaker and the verb
        (comma !== -1 && /^\s*(?:who|whose)\s/i.test(first)) ||
        (comma !== -1 && ROLE_NOUN.test(first) && first.trim().split(/\s+/).length <= 8) ||
        // "The USA, Turkey and their allies called on": a list of speakers at the sentence's head
        commaInSpeakerList(text.slice(lowest, a - 1), first, seg)
      ) {
        a--;
        continue;
      }
      break;
    }
    a--;
  }
  // "Strikes will go on for months, the MP Alexei Pushkov, who chairs …, said": what comes before
  // the "the …" phrase is a clause of its own, not a name the phrase stands beside
  if (articleComma > a && clauseBefore(text.slice(a, articleComma))) a = articleComma + 1;
  while (a < verbStart && /\s/.test(text[a]!)) a++;
  // "…strikes in north-west Syria that Moscow said were aimed at…": the speaker is after the pronoun
  const seg = text.slice(a, verbStart);
  let cut = -1;
  RELATIVE_THEN_NAME.lastIndex = 0;
  for (let m = RELATIVE_THEN_NAME.exec(seg); m !== null; m = RELATIVE_THEN_NAME.exec(seg)) cut = m.index + m[0].length;
  if (cut > 0 && /\S/.test(seg.slice(cut))) a += cut;
  return { start: a, end: verbStart };
}

/** The span after the verb, up to the next clause boundary ("…," said Mr Davutoglu, …). */
function subjectAfter(text: string, sentence: TextSpan, verbEnd: number): TextSpan {
  let b = verbEnd;
  // (a dot inside "U.S." or "Maj. Gen." goes on with the phrase: abbreviation-dot.ts)
  while (b < sentence.end && (!/[,.;:!?"“”(]/.test(text[b]!) || abbreviationDot(text, b))) b++;
  let a = verbEnd;
  while (a < b && /\s/.test(text[a]!)) a++;
  // "said on Friday", "said late on Thursday", "said in a statement": no speaker there
  const time = /^(?:(?:late|early|earlier|later)\s+)?(?:on|in|at|last|this|during)\s+(?:a\s+|the\s+)?[\w-]+(?:\s+\(?[\w ]+\)?)?\s*$/i;
  if (time.test(text.slice(a, b))) return { start: a, end: a };
  return { start: a, end: b };
}

function isPossessive(text: string, m: Mention): boolean {
  return /^['’]s?\b/.test(text.slice(m.end, m.end + 3)) || /^['’]\s/.test(text.slice(m.end, m.end + 2));
}

/** A name of two to four capitalised words, then a comma: the speaker, before an appositive. */
const NAMED_BEFORE_APPOSITIVE = /^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+\s*,/;

/** Where the last mention of `actorId` before `before` ends. */
function lastMentionEnd(ctx: DetectContext, actorId: string, before: number): number {
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.start < before && ctx.actorOf(m) === actorId) return m.end;
  }
  return before;
}

/** Does the phrase open with a person's name the dataset does not know, before its first comma? */
function strangerLeads(raw: string, start: number, ms: readonly Mention[]): boolean {
  const comma = raw.indexOf(',');
  if (comma <= 0) return false;
  const lead = raw.slice(0, comma);
  return !ms.some((m) => m.start < start + comma) && NAMED_BEFORE_APPOSITIVE.test(raw) && namesAStranger(lead, start, () => false);
}

/** Pick the claimant among the mentions of a subject span. */
/**
 * The speaker, with a joint body written as one state and a count of others read as that body
 * (joint-body.ts): "Washington and six allied governments said" is the seven countries, not
 * Washington alone; so is "they" after "the United States and six of its partners" in the clause.
 */
function claimantFrom(text: string, span: TextSpan, ms: Mention[], ctx: DetectContext): Claimant | undefined {
  const c = speakerOfSpan(text, span, ms, ctx);
  if (c === undefined || ctx.jointBody === undefined) return c;
  const raw = text.slice(span.start, span.end);
  if (c.actorId !== undefined && c.start === span.start) {
    const body = ctx.jointBody(raw);
    if (body !== undefined) return { ...c, actorId: body, actorIds: [body, ...c.actorIds.filter((id) => id !== body)] };
  }
  if (/^\s*they\b/i.test(raw)) {
    const body = ctx.jointBody(text.slice(ctx.sentenceStart, span.start), true);
    if (body !== undefined) return { text: raw.trim(), start: span.start, end: span.end, actorId: body, actorIds: [body] };
  }
  return c;
}

function speakerOfSpan(text: string, span: TextSpan, ms: Mention[], ctx: DetectContext): Claimant | undefined {
  if (span.end <= span.start) return undefined;
  const raw = text.slice(span.start, span.end).trim();
  // an office as written short or with a posting ("Syrian FM", "Syria's ambassador to Russia"): role-phrase.ts
  const office = withoutPosting(expandRoleShortForms(raw));
  // an office or role ("the head of the … committee", "a Putin ally"): the dataset's roles say who,
  // unless a person is named as the speaker
  if (ctx.byRole && ROLE_NOUN.test(office)) {
    const modifiers = new Set<string>();
    const speakerPerson = ms.some((m) => {
      if (ctx.typeOf(ctx.actorOf(m)) !== 'person') return false;
      const modifier = MODIFIER_BEFORE.test(text.slice(span.start, m.start)) || MODIFIER_AFTER.test(text.slice(m.end, span.end));
      if (modifier) modifiers.add(ctx.actorOf(m));
      return !modifier;
    });
    // "US Senator John McCain", "Deputy Defense Minister Anatoly Antonov": a person the dataset does not know
    const unknownName = UNKNOWN_NAME_AT_END.exec(raw);
    const unknownPerson = unknownName !== null && !ms.some((m) => m.end >= span.start + raw.length - 1) && !OFFICE_WORD.test(unknownName[1]!) && !OFFICE_WORD.test(unknownName[2]!);
    // "Foreign Ministry Spokesman Tanju Bilgiç": someone the dataset does not name, so none it does
    const stranger = namesAStranger(raw, span.start, (a, b) => ms.some((m) => m.start < b && m.end > a));
    const found = speakerPerson || unknownPerson ? undefined : ctx.byRole(office, modifiers, stranger);
    // an office that names no state, body or person ("the prime minister", "the foreign secretary")
    // is someone this article names: the dataset's holder only when the article names them too
    const id = found !== undefined && (ms.length > 0 || COUNTRY_WORD.test(office) || namesABody(office) || ctx.mentions.some((m) => ctx.actorOf(m) === found)) ? found : undefined;
    if (id !== undefined) return { text: raw, start: span.start, end: span.end, actorId: id, actorIds: [id, ...new Set(ms.map((m) => ctx.actorOf(m)))] };
  }
  // "the Kremlin said" is Russia; "the Kremlin spokesman" is someone unnamed, maybe the reports' own speaker
  if (ms.length === 0 && ctx.institution && !ROLE_NOUN.test(raw)) {
    const id = ctx.institution(raw);
    if (id !== undefined) return { text: raw, start: span.start, end: span.end, actorId: id, actorIds: [id] };
  }
  // the actor a mention speaks as: a capital for its state; places and weapons never speak
  const speakerOf = (m: Mention): string | undefined => {
    const id = ctx.actorOf(m);
    const type = ctx.typeOf(id);
    if (type === 'place') {
      const state = CAPITAL_OF.get(foldText(m.text).toLowerCase());
      return state !== undefined && ctx.typeOf(state) !== '' ? state : undefined;
    }
    return MUTE.has(type) ? undefined : id;
  };
  const speaking = ms.filter((m) => speakerOf(m) !== undefined);
  // what follows a preposition is spoken of ("activists in Syria", "envoy to the coalition"), unless nothing
  // else is named and, for a state or a capital, the phrase names someone who speaks for a government
  // ("officials in Moscow", not "activists in Syria"): voice-of-place.ts
  const direct = speaking.filter((m) => !AFTER_PREPOSITION.test(text.slice(span.start, m.start)));
  // "Tim Ramadan, a member, who lives near the IS capital, said": a person the dataset does not name
  // speaks, not what the appositive spoke of (stranger-name.ts)
  // (a state's official still speaks for the state: "X, head of Russia's security service")
  const candidates = direct.length > 0 ? direct : speaking.filter((m) => !/^(?:state|place)$/.test(ctx.typeOf(ctx.actorOf(m))) || placeSpeaksFor(raw));
  if (direct.length === 0 && candidates.length > 0 && candidates.every((m) => !/^(?:state|place)$/.test(ctx.typeOf(ctx.actorOf(m)))) && strangerLeads(raw, span.start, ms)) {
    return { text: raw, start: span.start, end: span.end, actorIds: [] };
  }
  if (candidates.length > 0) {
    // the speaker: a person before a body before a state or group;
    // among equals the first that is not the possessive owner of a later one
    let head = candidates[0]!;
    let best = -1;
    // with an appositive ("X, head of Y,") the speaker is before the first comma
    const firstComma = text.indexOf(',', span.start);
    const before = firstComma !== -1 && firstComma < span.end ? candidates.filter((m) => m.end <= firstComma) : [];
    const pool = before.length > 0 ? before : candidates;
    for (let k = 0; k < pool.length; k++) {
      const m = pool[k]!;
      let rank = TYPE_RANK[ctx.typeOf(speakerOf(m)!)] ?? 1;
      if (k < pool.length - 1 && isPossessive(text, m)) rank -= 0.5;
      if (rank > best) {
        best = rank;
        head = m;
      }
    }
    return {
      text: raw || head.text,
      start: span.start,
      end: span.end,
      actorId: speakerOf(head)!,
      actorIds: [...new Set(ms.map((m) => ctx.actorOf(m)))],
    };
  }
  const lower = raw.toLowerCase();
  if (lower === '') return undefined;
  // "the statement stressed": the last speaker's, or no one named; never the nearest actor (statement-anaphor.ts)
  if (statementAnaphor(lower)) {
    // the issuer the text named for the statement before, when it did ("the seven countries' joint statement")
    const issuer = statementIssuer(text, span.start, ctx.mentions);
    const id = issuer !== undefined ? ctx.actorOf(issuer) : undefined;
    if (id !== undefined && !MUTE.has(ctx.typeOf(id))) return { text: raw, start: span.start, end: span.end, actorId: id, actorIds: [id] };
  }
  if (statementAnaphor(lower)) return ctx.previous?.actorId ? { ...ctx.previous, text: raw, start: span.start, end: span.end } : { text: raw, start: span.start, end: span.end, actorIds: [] };
  if (PRONOUNS.has(lower) || /^(?:he|she|they|it)\b/.test(lower)) {
    // the nearest fitting actor earlier in the same sentence ("Kerry was cautious: …, he said"),
    // else the previous claimant, else the nearest fitting actor in the sentences just before
    const person = /^(?:he|she|his|her)\b/.test(lower);
    const fits = (id: string): boolean => {
      const type = ctx.typeOf(id);
      return person ? type === 'person' : type !== 'person' && type !== 'place' && type !== 'weapon';
    };
    // a mention right after a preposition is spoken of ("…Sends Bombs to Syria. It said…"): the nearest
    // other one first, that one only when there is no other
    const nearest = (from: number): Claimant | undefined => {
      let spokenOf: Claimant | undefined;
      for (let k = ctx.mentions.length - 1; k >= 0; k--) {
        const m = ctx.mentions[k]!;
        if (m.start >= span.start) continue;
        if (m.start < from) break;
        const id = ctx.actorOf(m);
        if (!fits(id)) continue;
        const found = { text: raw, start: span.start, end: span.end, actorId: id, actorIds: [id] };
        if (!AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 20), m.start))) return found;
        spokenOf ??= found;
      }
      return spokenOf;
    };
    // in this sentence only a speaker introduced before a colon or a quotation ("Kerry was
    // cautious: '…', he said"); "the enemies of President Assad, he said" is not Assad speaking
    const inSentence = nearest(ctx.sentenceStart);
    if (inSentence && /[:"“‘]/.test(text.slice(lastMentionEnd(ctx, inSentence.actorId!, span.start), span.start))) return inSentence;
    if (ctx.previous?.actorId && fits(ctx.previous.actorId)) return { ...ctx.previous, text: raw, start: span.start, end: span.end };
    // the last speaker was a person the dataset does not know, speaking for their state ("Alexander
    // Bortnikov, who runs Russia's security service, said"): "he said" is that state's too
    if (person && ctx.previous?.actorId !== undefined && ctx.typeOf(ctx.previous.actorId) === 'state' && namesAStranger(ctx.previous.text, ctx.previous.start, coveredByMention(ctx))) {
      return { ...ctx.previous, text: raw, start: span.start, end: span.end };
    }
    // the last speaker was a person the dataset does not know: "she said" is theirs
    if (person && ctx.previous && ctx.previous.actorId === undefined && NAMED_PERSON.test(ctx.previous.text)) return { text: raw, start: span.start, end: span.end, actorIds: [] };
    if (inSentence) return inSentence;
    return nearest(Math.max(0, ctx.sentenceStart - 400));
  }
  // "the official, who asked not to be named,": the head before the relative clause
  const relative = /,\s*(?:who|whose)\s/i.exec(raw);
  if (relative !== null && relative.index > 0 && /^the\s+officials?$/i.test(raw.slice(0, relative.index).trim())) {
    const inner = claimantFrom(text, { start: span.start, end: span.start + relative.index }, [], ctx);
    if (inner?.actorId !== undefined) return { ...inner, text: raw, start: span.start, end: span.end };
  }
  const g = GENERIC_HEAD.exec(raw);
  // "a group that monitors the war", "the underground group Raqqa Is Being Slaughtered Silently": a
  // new body, or one named in apposition, is no earlier actor (generic-head.ts)
  if (g && !newOrNamedBody(raw, g)) {
    const head = foldText(g[1]!.toLowerCase());
    // last earlier mention whose actor's names contain the head noun
    for (let k = ctx.mentions.length - 1; k >= 0; k--) {
      const m = ctx.mentions[k]!;
      if (m.start >= span.start) continue;
      const id = ctx.actorOf(m);
      if (ctx.typeOf(id) === 'place') continue;
      if (ctx.nameWords(id).includes(head)) return { text: raw, start: span.start, end: span.end, actorId: id, actorIds: [id] };
    }
    if (ctx.previous && /statement|source|officials?/.test(head) === false && ctx.previous.actorId) {
      // "the ministry" right after the ministry spoke
      if (ctx.nameWords(ctx.previous.actorId).includes(head)) return { ...ctx.previous, text: raw, start: span.start, end: span.end };
    }
    // "the official said" after "a senior U.S. official said": the same official, whose state speaks
    if (ctx.previous?.actorId && /^officials?$/.test(head) && /^the\s+officials?$/i.test(raw) && OFFICIAL_WORD.test(ctx.previous.text)) {
      return { ...ctx.previous, text: raw, start: span.start, end: span.end };
    }
    // "the spokesperson added", "the general said": the last named speaker
    // (bare "the spokesperson" only: "the Kremlin spokesman" is someone else's)
    if (ctx.previous?.actorId && LAST_SPEAKER_HEAD.test(head) && /^the\s+\S+$/i.test(raw) && /^(?:person|organisation)$/.test(ctx.typeOf(ctx.previous.actorId))) {
      return { ...ctx.previous, text: raw, start: span.start, end: span.end };
    }
  }
  // a state's unnamed officials ("Russian officials", "US sources"): the state speaks (state-officials.ts)
  const state = ms.length <= 1 ? stateOfOfficials(raw) : undefined;
  if (state !== undefined && ctx.typeOf(state) !== '') return { text: raw, start: span.start, end: span.end, actorId: state, actorIds: [state] };
  // a surname alone after the page named the person in full ("According to Carter", surname-speaker.ts)
  const bySurname = ms.length === 0 ? surnameSpeaker(raw, span.start, ctx.mentions, ctx.actorOf, (id) => ctx.typeOf(id) === 'person') : undefined;
  if (bySurname !== undefined) return { text: raw, start: span.start, end: span.end, actorId: bySurname, actorIds: [bySurname] };
  // a name the page gives beside an office the dataset knows by office alone (office-holder.ts)
  const holder = ms.length === 0 ? ctx.officeHolder?.(raw) : undefined;
  if (holder !== undefined) return { text: raw, start: span.start, end: span.end, actorId: holder, actorIds: [holder] };
  // a named person or body that is not in the dataset: capitalised words
  // (letters of any script: "Bilgiç", "Davutoğlu")
  const named = /(?:^|\s)((?:\p{Lu}[\p{L}\d_'’.-]*\s+){0,4}\p{Lu}[\p{L}\d_'’-]+)\s*$/u.exec(raw);
  if (named && raw.length <= 80) return { text: raw, start: span.start, end: span.end, actorIds: [] };
  // "Hassan Haj Ali, head of Liwa Suqour al-Jabal": a person named before an appositive
  if (raw.length <= 100 && NAMED_BEFORE_APPOSITIVE.test(raw)) return { text: raw, start: span.start, end: span.end, actorIds: [] };
  if (raw.length <= 60 && /^(?:a|an|the|some|several|two|three|western|us|u\.s\.)\b/i.test(raw)) {
    return { text: raw, start: span.start, end: span.end, actorIds: [] };
  }
  return undefined;
}

/** Detect whether `sentence` is a claim; null when it carries no cue. */
export function detectClaim(
  text: string,
  sentence: TextSpan,
  mentions: readonly Mention[],
  numbers: readonly NumberMention[],
  ctx: DetectContext,
): DetectedClaim | null {
  const s = text.slice(sentence.start, sentence.end);
  const folded = ctx.folded ?? foldText(s).toLowerCase();
  const cues: Cue[] = [];
  const sayMatches: RegExpExecArray[] = [];
  SAY.lastIndex = 0;
  // on the text as written: "States" in "United States" is no verb
  // (not a passive, "was reported flying", nor "asked for the operation": not-attribution.ts)
  for (let m = SAY.exec(s); m !== null; m = SAY.exec(s)) if (!notAnAttribution(s, m.index, m[0])) sayMatches.push(m);
  // a headline's attribution by punctuation ("…: Britain", "Davutoglu: …")
  const headline =
    sayMatches.length === 0
      ? headlineAttribution(text, sentence, (sp) => mentionsIn(mentions, sp.start, sp.end).length > 0 || looksLikeSource(text.slice(sp.start, sp.end)))
      : null;
  if (sayMatches.length > 0 || headline) cues.push('attribution');
  if (numbers.some((n) => n.units.length > 0)) cues.push('figure');
  if (mentions.length > 0 && STRIKE.test(folded)) cues.push('strike');
  // (a closing ", claims the government denied" is another party's answer: trailing-denial.ts)
  const own = withoutTrailingDenial(folded);
  const deny = (DENY.test(own) || DISMISSAL.test(own)) && !ADMIT.test(own);
  if (deny) cues.push('denial');
  // a transcript's turn: what its known speaker says is theirs to claim, cue or none (transcript-turn.ts)
  if (cues.length === 0) {
    const claim: DetectedClaim = { start: sentence.start, end: sentence.end, cues: ['attribution'], polarity: 'affirm' };
    speakerOfTurn(text, sentence, mentions, ctx, claim);
    if (claim.claimant?.actorId === undefined) return null;
    return claim;
  }
  const claim: DetectedClaim = { start: sentence.start, end: sentence.end, cues, polarity: deny ? 'deny' : 'affirm' };

  if (headline) {
    const sideMentions = mentionsIn(mentions, headline.speaker.start, headline.speaker.end);
    // a kicker naming a place ("Raqqa: …") says where, not who (place-kicker.ts)
    const kicker = placeKicker(text, headline.speaker, sideMentions, (m) => {
      const type = ctx.typeOf(ctx.actorOf(m));
      return type !== 'place' ? 'other' : CAPITAL_OF.has(foldText(m.text).toLowerCase()) ? 'capital' : 'place';
    });
    // a country's running story ("Syria crisis: …") is the outlet's label, not the state speaking (topic-kicker.ts)
    const story = sideMentions.length === 1 && /^(?:state|place)$/.test(ctx.typeOf(ctx.actorOf(sideMentions[0]!))) && topicKicker(text, headline.speaker, sideMentions);
    const claimant = kicker || story ? undefined : claimantFrom(text, headline.speaker, sideMentions, ctx);
    if (claimant) claim.claimant = claimant;
    claim.content = headline.content;
    speakerOfTurn(text, sentence, mentions, ctx, claim);
    return claim;
  }
  // claimant: try each attribution verb, preferring one with a speaker
  // (a closing ", a senior US official said." frames the whole sentence when it names a known
  // speaker; else the verbs are tried in their order: closing-attribution.ts)
  const ordered = closingFirst(s, sayMatches);
  const closingTried = ordered !== sayMatches;
  for (const [k, m] of [...ordered, ...(closingTried ? ordered.slice(0, 1) : [])].entries()) {
    const verb = m[0].toLowerCase();
    const vStart = sentence.start + m.index;
    const vEnd = vStart + verb.length;
    let span: TextSpan;
    let after = false;
    const inverted = invertedSpeakerSpan(text, sentence, vStart, vEnd);
    if (verb === 'according to') {
      span = subjectAfter(text, sentence, vEnd);
      after = true;
    } else if (inverted && claimantFrom(text, inverted, mentionsIn(mentions, inverted.start, inverted.end), ctx)) {
      // "…, says Putin over downed jet": the speaker after the verb (when one is found there)
      span = inverted;
      after = true;
    } else {
      span = subjectBefore(text, sentence, vStart);
      // "…," said Mr Davutoglu  /  "…" he said — nothing before: look after
      if (span.end - span.start === 0) {
        span = subjectAfter(text, sentence, vEnd);
        after = true;
      }
    }
    const claimant = claimantFrom(text, span, mentionsIn(mentions, span.start, span.end), ctx);
    if (!claimant || (closingTried && k === 0 && claimant.actorId === undefined)) continue;
    claim.claimant = claimant;
    claim.verb = text.slice(vStart, vEnd);
    claim.verbEnd = vEnd;
    // content: a quotation, else the clause on the other side of the attribution
    const q = /["“]([^"”]{12,})["”]/.exec(s);
    if (q && q[1]!.length >= s.length * 0.4) {
      claim.content = { start: sentence.start + q.index + 1, end: sentence.start + q.index + 1 + q[1]!.length };
    } else if (after || span.start > sentence.start + 10) {
      const endAt = (after ? vStart : span.start) - 1;
      let e = Math.max(sentence.start, endAt);
      while (e > sentence.start && /[\s,]/.test(text[e - 1]!)) e--;
      if (e > sentence.start) claim.content = { start: sentence.start, end: e };
    } else {
      let a = vEnd;
      const rest = text.slice(a, sentence.end);
      const skip = /^\s*(?:on\s+\w+\s+)?(?:that\s+)?/.exec(rest);
      a += skip ? skip[0].length : 0;
      let e = sentence.end;
      while (e > a && /[\s.]/.test(text[e - 1]!)) e--;
      if (e > a) claim.content = { start: a, end: e };
    }
    break;
  }
  // "X maintains …, but by Y's count <figure>": the figure's clause is Y's (count-attribution.ts)
  if (claim.claimant !== undefined) {
    const counted = countClause(text, sentence, numbers.map((n) => n.start));
    if (counted !== null) {
      const owner = claimantFrom(text, counted.speaker, mentionsIn(mentions, counted.speaker.start, counted.speaker.end), ctx);
      if (owner !== undefined) claim.claimant = owner;
      else delete claim.claimant;
      claim.content = counted.content;
    }
  }
  speakerOfTurn(text, sentence, mentions, ctx, claim);
  return claim;
}

/**
 * A transcript's turn ("PETER COOK: …"): its speaker, when the dataset knows them, for every
 * sentence of the turn with no speaker of its own or one in the first person (transcript-turn.ts).
 */
/** A label in capitals ("LAVROV") is the person the page names in plain case with the same last word ("Foreign Minister Lavrov"). */
function personNamedOnPage(label: string, ctx: DetectContext): string | undefined {
  const last = label.split(/\s+/).pop()!.toLowerCase();
  if (last.length < 4) return undefined;
  const ids = new Set<string>();
  for (const m of ctx.mentions) {
    const id = ctx.actorOf(m);
    if (ctx.typeOf(id) === 'person' && m.text !== m.text.toUpperCase() && m.text.split(/\s+/).pop()!.toLowerCase() === last) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

function speakerOfTurn(text: string, sentence: TextSpan, mentions: readonly Mention[], ctx: DetectContext, claim: DetectedClaim): void {
  if (claim.claimant !== undefined && !/^(?:i|we)$/i.test(claim.claimant.text)) return;
  const turn = turnLabel(text, sentence);
  if (!turn) {
    // a statement quoted whole under a line naming its issuer (statement-block.ts)
    const voice = ctx.statementVoice?.(sentence.start);
    if (voice !== undefined) claim.claimant = voice;
    return;
  }
  const label = text.slice(turn.start, turn.end);
  const id = mentionsIn(mentions, turn.start, turn.end).map((m) => ctx.actorOf(m))[0] ?? ctx.byRole?.(label) ?? personNamedOnPage(label, ctx);
  // a plain-case label ("Sergey Lavrov:") only for a person (transcript-turn.ts)
  if (turn.plain && id !== undefined && ctx.typeOf(id) !== 'person') return;
  if (id !== undefined && ctx.typeOf(id) !== '' && !MUTE.has(ctx.typeOf(id))) claim.claimant = { text: label, start: turn.start, end: turn.end, actorId: id, actorIds: [id] };
}

const PARTICIPLE_TAIL = /,\s+(?:dubbing|calling|saying|adding|describing|referring|citing|quoting|branding|noting|using|pointing)\b/;
const LEADING_ATTRIBUTION =
  /^[^"“]{0,120}?\b(?:said|says|insists?|insisted|rejected|rejects|denied|denies|dismissed|claimed|claims|warned|warns|accused|accuses|believes?|told|added|stated|announced|confirmed|complained|acknowledged|admitted)\b(?:,[^,"“]{1,60},)?\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:(?:the\s+)?(?:allegations?|accusations?|claims?|reports?|suggestions?)\s+)?(?:that\s+)?/;
const TRAILING_ATTRIBUTION = /^\s*[^,"”]{0,80}\b(?:said|says|added|warned|insisted|reported|told \w+)\b[^,"”]{0,40}[.]?$/;

/**
 * The claimed content of text[from, to) without its attribution frame: a
 * quotation, or the clause after "X said (that)" / before ", X said".
 * Returns null when nothing can be stripped.
 */
export function contentSpan(text: string, from = 0, to = text.length): TextSpan | null {
  // a trailing participial clause is commentary on the claim: ", dubbing the reports …"
  const tail = PARTICIPLE_TAIL.exec(text.slice(from, to));
  if (tail && tail.index > 20) {
    const inner = contentSpan(text, from, from + tail.index);
    return inner ?? { start: from, end: from + tail.index };
  }
  const s = text.slice(from, to);
  const q = /["“]([^"”]{12,})["”]/.exec(s);
  // a quotation is the content when it is most of the text (not a two-word label at the end)
  if (q && q[1]!.length >= s.length * 0.4) return { start: from + q.index + 1, end: from + q.index + 1 + q[1]!.length };
  const lead = LEADING_ATTRIBUTION.exec(s);
  if (lead && s.length - lead[0].length > 15) return { start: from + lead[0].length, end: to };
  // ", the ministry said." — the frame after the last comma or closing quote
  const cut = Math.max(s.lastIndexOf(','), s.lastIndexOf('"'), s.lastIndexOf('”'));
  if (cut > 15 && TRAILING_ATTRIBUTION.test(s.slice(cut + 1))) {
    let e = cut;
    while (e > 0 && /[\s,"”]/.test(s[e - 1]!)) e--;
    return { start: from, end: from + e };
  }
  return null;
}
