/**
 * Tokens for lexical matching: lower-case, accents folded, stop words out,
 * a light stemmer, a few synonym classes (so "jihadists" meets "militants",
 * "warplanes" meets "jets"), and — when the caller passes actor mentions —
 * each mention replaced by one token "@actor-id", so "Daesh" = "ISIS".
 */
import { foldOf, foldText } from './fold';
import { SENSE_CLASSES } from './sense-classes';
import { endAsVerb } from './end-as-verb';
import { SPLIT_MAX_WORDS, SPLIT_PARTICLES, isSplitHead, plainGap, splitTerm } from './split-phrasal';

export interface Token {
  /** normalised form ("@isis" for an actor) */
  t: string;
  start: number;
  end: number;
}

/** A mention to fold into a token: the span and the actor it stands for. */
export interface ActorSpan {
  start: number;
  end: number;
  actorId: string;
}

export const STOP_WORDS = new Set(
  ('a about above after again against all also am an and any are aren as at be because been before being below between both but by ' +
    'can could did do does doing don down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too under until ' +
    'up very was we were what when where which while who whom why will with would you your yours yourself s t d ll re ve m ' +
    'said say says saying told tell tells added adding according statement reported reporting quoted stated noted ' +
    'mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday week today yesterday tonight ' +
    'one two three four five six seven eight nine ten eleven twelve dozen hundred hundreds thousand thousands million per cent percent ' +
    'yet even still however meanwhile already since though although well like may might must shall us ' +
    'new also now later earlier last first second third entirely solely exclusively purely').split(/\s+/),
);

/** Irregular forms, mapped before stemming. */
const IRREGULAR: Record<string, string> = {
  struck: 'strike', hit: 'strike', hits: 'strike', hitting: 'strike', flew: 'fly', flown: 'fly', fought: 'fight', shot: 'shoot',
  began: 'begin', begun: 'begin', led: 'lead', sent: 'send', brought: 'bring', saw: 'see', seen: 'see', took: 'take',
  taken: 'take', gave: 'give', given: 'give', died: 'kill', dead: 'kill', death: 'kill', deaths: 'kill', slain: 'kill',
  men: 'man', women: 'woman', children: 'child', people: 'people', defense: 'defence', centre: 'center',
  headquarters: 'headquarter', hq: 'headquarter', airstrike: 'strike', airstrikes: 'strike', raid: 'strike', raids: 'strike',
  bombing: 'strike', bombings: 'strike', bombed: 'strike', bomb: 'bomb', bombs: 'bomb', sortie: 'sorti', sorties: 'sorti',
  warplane: 'aircraft', warplanes: 'aircraft', jet: 'aircraft', jets: 'aircraft', plane: 'aircraft', planes: 'aircraft',
  aircraft: 'aircraft', bomber: 'aircraft', bombers: 'aircraft',
  jihadist: 'militant', jihadists: 'militant', militant: 'militant', militants: 'militant', fighter: 'militant', fighters: 'militant',
  insurgent: 'militant', insurgents: 'militant', extremist: 'militant', extremists: 'militant',
  rebel: 'opposition', rebels: 'opposition', opposition: 'opposition', opponents: 'opposition', opponent: 'opposition',
  rocket: 'missile', rockets: 'missile', missile: 'missile', missiles: 'missile',
  percent: 'percent', '%': 'percent',
  aim: 'target', aims: 'target', aimed: 'target', aiming: 'target', target: 'target', targets: 'target', targeted: 'target', targeting: 'target',
  pound: 'strike', pounded: 'strike', pounding: 'strike', pounds: 'strike',
  summon: 'summon', summons: 'summon', summoned: 'summon', summoning: 'summon',
  teleconference: 'conference', videoconference: 'conference', conference: 'conference',
  demolished: 'destroy', obliterated: 'destroy', wiped: 'destroy', razed: 'destroy',
  government: 'regime', regime: 'regime',
  envoy: 'ambassador', envoys: 'ambassador', ambassador: 'ambassador', ambassadors: 'ambassador',
  complaint: 'protest', complaints: 'protest', protest: 'protest', protests: 'protest',
  warning: 'notice', notice: 'notice',
  discuss: 'talk', discussed: 'talk', discusses: 'talk', discussing: 'talk', discussion: 'talk', discussions: 'talk', talks: 'talk', talk: 'talk', talked: 'talk',
  halt: 'stop', halted: 'stop', halts: 'stop', cease: 'stop', ceased: 'stop', ceases: 'stop', stop: 'stop', stopped: 'stop', stops: 'stop',
  urge: 'demand', urged: 'demand', urges: 'demand', urging: 'demand', demand: 'demand', demanded: 'demand', demands: 'demand',
  backing: 'support', backed: 'support', supported: 'support', supporting: 'support', support: 'support', supports: 'support',
  operation: 'campaign', operations: 'campaign', campaign: 'campaign', campaigns: 'campaign',
  // paraphrase of the predicate in real reporting (issue 13)
  start: 'begin', started: 'begin', starts: 'begin', starting: 'begin',
  downed: 'down', downing: 'down',
  airliner: 'aircraft', airliners: 'aircraft',
  launch: 'fire', launched: 'fire', launches: 'fire', launching: 'fire', fire: 'fire', fired: 'fire', fires: 'fire', firing: 'fire',
  warship: 'ship', warships: 'ship', vessel: 'ship', vessels: 'ship',
  intensify: 'intens', intensified: 'intens', intensifies: 'intens', intensifying: 'intens', intensity: 'intens', intensification: 'intens',
  shore: 'prop', shoring: 'prop', shored: 'prop', prop: 'prop', propping: 'prop', propped: 'prop', bolster: 'prop', bolstering: 'prop', bolstered: 'prop',
};

/**
 * Phrasal verbs whose particle carries the sense ("brought down", "called in"):
 * the verb's stem and the particle that follows it, and the class they make
 * together. The particle is a stop word and would otherwise be lost.
 */
const PHRASAL: Record<string, string> = {
  'bring down': 'down', 'shoot down': 'down', 'blow up': 'down', 'blew up': 'down', 'blown up': 'down',
  'call in': 'summon', 'call for': 'demand', 'call on': 'demand',
  'step up': 'intens', 'ramp up': 'intens',
  // asking for a thing is requesting it; what a strike is directed at, it targets (ADR 0235)
  'ask for': 'request', 'direct at': 'target', 'direct against': 'target',
};

const SUFFIXES: [string, string][] = [
  ['isations', ''], ['izations', ''], ['isation', ''], ['ization', ''], ['ations', 'ate'], ['ation', 'ate'],
  ['nesses', ''], ['ness', ''], ['ments', ''], ['ment', ''], ['ities', ''], ['ity', ''],
  ['ingly', ''], ['edly', ''], ['ings', ''], ['ing', ''], ['ies', 'i'], ['ied', 'i'], ['ed', ''], ['es', ''], ['ly', ''], ['s', ''],
];

/** An irregular form's stem; own keys only ("constructor" is a word, not Object's). */
const irregular = (w: string): string | undefined =>
  Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : Object.hasOwn(SENSE_CLASSES, w) ? SENSE_CLASSES[w] : undefined;

const stemCache = new Map<string, string>();

/** A light stemmer: "killed"/"killing"/"kills" → "kill", "casualties"/"casualty" → "casualti". */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let w = irregular(word);
  if (w === undefined) {
    w = word;
    if (w.length > 3 && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
      for (const [suf, rep] of SUFFIXES) {
        if (w.endsWith(suf) && w.length - suf.length >= 3) {
          w = w.slice(0, w.length - suf.length) + rep;
          break;
        }
      }
      // doubled consonant after -ed/-ing: "targetted", "stopped" → "stop"
      if (w.length > 3 && w !== word && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
    }
    w = irregular(w) ?? w;
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  if (stemCache.size < 50_000) stemCache.set(word, w);
  return w;
}

const PARTICLES = new Set(['down', 'up', 'in', 'for', 'on', 'at', 'against']);
/** The verbs PHRASAL starts with, as written or as stems: a particle after any other word makes no key to look up. */
const PHRASAL_HEADS: ReadonlySet<string> = new Set(Object.keys(PHRASAL).map((k) => k.slice(0, k.indexOf(' '))));

/** a-z or 0-9 (a word's units in folded text) */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The end of the letters and digits starting at `i` in folded text. */
function alnumEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isAlnum(s.charCodeAt(j))) j++;
  return j;
}

/** "@id" for an actor, one string per actor (its hash is then computed once, for every Set and Map it meets). */
const actorTokens = new Map<string, string>();
function actorToken(id: string): string {
  let t = actorTokens.get(id);
  if (t === undefined) {
    t = '@' + id;
    if (actorTokens.size < 10_000) actorTokens.set(id, t);
  }
  return t;
}

/** What a word (apostrophe part cut) becomes as a token: its stem, or null when it is dropped. One lookup per word. */
const tokenCache = new Map<string, string | null>();
function tokenOf(w: string): string | null {
  let t = tokenCache.get(w);
  if (t === undefined) {
    t = (w.length < 2 && w !== '%') || STOP_WORDS.has(w) ? null : stem(w);
    if (tokenCache.size < 50_000) tokenCache.set(w, t);
  }
  return t;
}

/**
 * Normalised tokens of text[from, to). Mentions (sorted, non-overlapping) are
 * replaced by "@id" tokens. Stop words and single letters are dropped;
 * numbers are kept as they are ("12").
 */
export function tokenize(text: string, from = 0, to = text.length, mentions: readonly ActorSpan[] = []): Token[] {
  const out: Token[] = [];
  let m = 0;
  while (m < mentions.length && mentions[m]!.end <= from) m++;
  let at = from;
  // a verb whose particle may follow its object ("brought the plane down"): its token, its words, the words since
  let splitAt = -1;
  let splitWritten = '';
  let splitWords = 0;
  const emitWords = (a: number, b: number): void => {
    if (b <= a) return;
    const folded = foldText(text.slice(a, b));
    // where the split verb ended in this segment (-1: in an earlier one, or a mention since)
    let splitEnd = -1;
    // the last word kept, and its token's place in `out` (for a phrasal verb's particle)
    let lastStem = '';
    let lastAt = -1;
    for (let i = 0; i < folded.length; i++) {
      // a word: what /[a-z0-9]+(?:'[a-z]+)?|%/y matches, read unit by unit; its token is read from
      // the part before the apostrophe ("russia's" is "russia")
      const c = folded.charCodeAt(i);
      let cut: number;
      let end: number;
      if (c === 37) cut = end = i + 1;
      else if (!isAlnum(c)) continue;
      else {
        cut = end = alnumEnd(folded, i + 1);
        if (folded.charCodeAt(cut) === 39) {
          let k = cut + 1;
          while (k < folded.length && folded.charCodeAt(k) >= 97 && folded.charCodeAt(k) <= 122) k++;
          if (k > cut + 1) end = k;
        }
      }
      const start = i;
      i = end - 1;
      const w = folded.slice(start, cut);
      const t = (w.charCodeAt(0) === 101 && endAsVerb(folded, start, cut)) || tokenOf(w);
      if (splitAt >= 0) {
        // the particle of a verb a few words back, nothing but words between
        const term = t === null && SPLIT_PARTICLES.has(w) && splitWords > 0 && (splitEnd < 0 || plainGap(folded, splitEnd, start)) ? splitTerm(splitWritten, out[splitAt]!.t, w) : undefined;
        if (term !== undefined) out[splitAt]!.t = term;
        if (term !== undefined || ++splitWords > SPLIT_MAX_WORDS) splitAt = -1;
      }
      if (t !== null && isSplitHead(w, t)) {
        splitAt = out.length;
        splitWritten = w;
        splitWords = 0;
        splitEnd = cut;
      }
      if (t === null) {
        if (lastAt === out.length - 1 && lastAt >= 0 && PARTICLES.has(w) && (PHRASAL_HEADS.has(lastStem) || PHRASAL_HEADS.has(out[lastAt]!.t))) {
          const joined = PHRASAL[`${lastStem} ${w}`] ?? PHRASAL[`${out[lastAt]!.t} ${w}`];
          if (joined !== undefined) out[lastAt]!.t = joined;
        }
        lastAt = -1;
        continue;
      }
      lastStem = w;
      lastAt = out.length;
      out.push({ t, start: a + start, end: a + end });
    }
  };
  while (m < mentions.length && mentions[m]!.start < to) {
    const men = mentions[m]!;
    emitWords(at, Math.max(at, men.start));
    // a name between a verb and its particle is one more word of its object
    if (splitAt >= 0 && ++splitWords > SPLIT_MAX_WORDS) splitAt = -1;
    out.push({ t: actorToken(men.actorId), start: men.start, end: men.end });
    at = Math.max(at, men.end);
    m++;
  }
  emitWords(at, to);
  return out;
}

/** Does the unit, folded, belong in a word token (a-z, 0-9, apostrophe)? */
function isTokenUnit(c: number): boolean {
  const f = foldOf(c);
  return (f >= 97 && f <= 122) || (f >= 48 && f <= 57) || f === 39;
}

/** Can no word token run across `x` (an end of the span, or a side of it that is no word unit)? */
function cleanCut(text: string, x: number, span: { start: number; end: number }): boolean {
  if (x === span.start || x === span.end) return true;
  return !isTokenUnit(text.charCodeAt(x - 1)) || !isTokenUnit(text.charCodeAt(x));
}

/**
 * The tokens of text[from, to) taken from `tokens`, the tokens of a span
 * around it (tokenize(text, span.start, span.end, mentions), or any per-token
 * mapping of them): those that lie inside, when both ends cut cleanly — no
 * word and no mention runs across them, so tokenizing the part alone finds
 * the same words. Null when they do not (tokenize the part then).
 */
export function tokensWithin<T extends Token>(
  text: string,
  tokens: readonly T[],
  span: { start: number; end: number },
  from: number,
  to: number,
  mentions: readonly ActorSpan[],
): T[] | null {
  if (from < span.start || to > span.end || from > to || !cleanCut(text, from, span) || !cleanCut(text, to, span)) return null;
  for (const m of mentions) if ((m.start < from && from < m.end) || (m.start < to && to < m.end)) return null;
  const out: T[] = [];
  for (const t of tokens) if (t.start >= from && t.end <= to) out.push(t);
  return out;
}

/** The distinct token strings of a text. */
export function termSet(tokens: readonly Token[]): Set<string> {
  const s = new Set<string>();
  for (const t of tokens) s.add(t.t);
  return s;
}
