/**
 * A claim tells that something happened, so what it claims has a predicate (issue 13, headlines and
 * fragments). A bare noun phrase — a subheading left by dropped links ("12 sorties"), a counter
 * ("Nine raids, four targets"), the tail of a quote broken over lines ("…air-launched missiles and
 * heavy bombers," the officer said) or a caption ("Russian transport plane over Latakia") — names
 * things and asserts nothing about them; sharing a figure or the nouns of a claim is then no account
 * of it. Headlines attributed by punctuation are the one verbless form that claims
 * ("Monitor: nine fighters dead"), and they are left to the headline rules.
 *
 * The test is generous on purpose: any word that may be a verb counts as one, so only what
 * plainly has none is held back (a false "verbless" would cost a right match).
 */

/** A nationality's adjective before a noun ("Russian airstrikes", "Turkish jets"), which is no name that a verb could follow. */
const DEMONYM = /^(?:[a-z]+(?:ian|ish|ese)|american|british|french|western|us|u\.s|iraqi|israeli|saudi|qatari|greek)$/;

/** Auxiliaries, copulas and modals: a clause has a verb as soon as it has one of these. */
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|will|would|can|could|may|might|must|shall|should|isn|aren|wasn|weren|hasn|haven|hadn|doesn|didn|won|wouldn|cannot|can't|won't|ll|ve|re)$/;

/** A pronoun with a contracted verb ("it's", "they're"); "Russia's" is a possessive. */
const CONTRACTED = /^(?:it|he|she|they|we|you|i|that|there|what|who)['’](?:s|re|ve|ll|d|m)$/i;

/** Past forms and participles not ending in -ed (a generous list: several are nouns too). */
const IRREGULAR =
  /^(?:said|told|hit|struck|shot|fled|fought|made|took|taken|gave|given|sent|led|met|left|held|began|begun|came|went|gone|saw|seen|won|lost|brought|caught|thought|sought|flew|flown|drew|drawn|threw|thrown|knew|known|grew|grown|rose|risen|fell|fallen|spoke|spoken|wrote|written|broke|broken|chose|chosen|stole|bought|built|felt|kept|meant|paid|put|ran|sat|set|stood|withdrew|withdrawn|shut|spent|spread|cut|hurt|let|beat|became|become|got|gotten|slain|blew|blown|hid|hidden|bore|borne|swore|sworn|woke|stuck|dealt|heard|lay|laid|sank|sunk|shook|forbade|forgave|froze|frozen|rode|struck|wore|won)$/;

/** -ed and -ing words that are not verb forms. */
const NOT_VERB_FORM = /^(?:hundred|kindred|sacred|naked|wicked|hatred|red|bed|need|speed|seed|deed|creed|breed|greed|during|thing|king|ring|spring|string|wing|evening|morning|ceiling|nothing|something|anything|everything|according|sibling|offspring|viking|beijing|sterling)$/;

/**
 * Verbs news reports tell events with, in their base form: read as a verb in their base or -s form
 * unless a determiner, a number or a possessive stands right before ("the strikes", "ten raids").
 */
const NEWS_VERBS = new Set(
  ('strike hit bomb pound target kill claim say deny accuse launch fire shoot summon call urge demand warn reject insist back support ' +
    'begin start stop halt end fly destroy attack raid meet hold talk agree reach arrive visit vow pledge threaten plan want seek ask ' +
    'tell confirm report show slam blast hail condemn admit open join send deploy move enter violate breach cross die flee lose win gain ' +
    'take give make get see come go boost step ramp fear expect believe face help aim hope keep leave remain stay order allow block ban ' +
    'resume suspend intensify escalate expand crash explode mourn blame question doubt dismiss say aid arm train push pull retreat ' +
    'advance capture seize retake recapture free kill wound injure hurt need rise fall drop soar jump climb top near pass fail refuse ' +
    'offer propose back oppose resist counter respond reply answer protest press pressure vote approve sign ratify deliver share').split(' '),
);

/** Words after which a base or -s form is a noun ("the strikes", "ten raids", "its attacks"). */
const NOUN_BEFORE =
  /^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|some|many|few|several|all|any|each|every|no|more|most|of|other|such|first|last|new|own|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

/** The base form of a news verb written "strikes", "pounds", "denies", "launches". */
function newsVerbBase(w: string): boolean {
  if (NEWS_VERBS.has(w)) return true;
  if (w.endsWith('ies') && NEWS_VERBS.has(w.slice(0, -3) + 'y')) return true;
  if (w.endsWith('es') && NEWS_VERBS.has(w.slice(0, -2))) return true;
  return w.endsWith('s') && NEWS_VERBS.has(w.slice(0, -1));
}

/** A word that may be a verb: where it is, and whether it is only an auxiliary, a copula or a modal. */
export interface VerbWord {
  start: number;
  end: number;
  auxiliary: boolean;
  /** a past form or participle (irregular, or -ed): a verb in all but a few uses, unlike a base, -s or -ing form */
  past: boolean;
}

/** A word as written: a hyphenated modifier ("sea-launched", "rebel-held") is one word, an adjective. */
const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** Does a figure and a space stand right before `at` (what /\d[\d,.]*\s+$/ reads of the text before it, without a copy)? */
function figureBefore(content: string, at: number): boolean {
  let j = at;
  while (j > 0 && /\s/.test(content[j - 1]!)) j--;
  if (j === at) return false;
  for (let i = j - 1; i >= 0; i--) {
    const c = content.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c !== 44 && c !== 46) return false;
  }
  return false;
}

/**
 * The words of a stretch of text that may be verbs, into `out`; with no `out`, only whether there
 * is one (read to its first). Runs for every sentence: one pass, nothing made per word but the
 * lower-case forms.
 */
function readVerbWords(content: string, out: VerbWord[] | undefined): boolean {
  let found = false;
  // "IS" in capitals in a text that is not all capitals is the group, not the verb (read when first met)
  let mixedCase: boolean | undefined;
  let prev = '';
  let prevLower: string | undefined;
  WORD.lastIndex = 0;
  for (let k = 0, m = WORD.exec(content); m !== null; k++, prev = m[0], prevLower = undefined, m = WORD.exec(content)) {
    const raw = m[0];
    const at = m.index;
    if (raw === 'IS' && (mixedCase ??= /[a-z]/.test(content))) continue;
    const lower = raw.toLowerCase();
    const cut = lower.search(/['’]/);
    const w = cut === -1 ? lower : lower.slice(0, cut);
    let auxiliary = false;
    let past = false;
    if (AUXILIARY.test(w) || CONTRACTED.test(raw)) auxiliary = true;
    else if (raw.includes('-') || NOT_VERB_FORM.test(w)) continue;
    else if (IRREGULAR.test(w)) past = true;
    // a capitalised -ed or -ing word is a name ("Mohammed", "Beijing") unless it opens the text
    else if (k > 0 && raw.charCodeAt(0) >= 65 && raw.charCodeAt(0) <= 90) continue;
    else if (w.length >= 4 && (w.endsWith('ed') || w.endsWith('ing'))) past = w.endsWith('ed');
    // a present tense after a name: "Putin brushes off…", "Ankara warns"
    else if (
      k > 0 && prev.charCodeAt(0) >= 65 && prev.charCodeAt(0) <= 90 &&
      !NOUN_BEFORE.test((prevLower ??= prev.toLowerCase())) && !DEMONYM.test(prevLower) && !/['’]s$/.test(prev) &&
      w.length >= 4 && /[^su]s$/.test(w) && !prev.includes('-')
    ) past = false;
    else if (!(newsVerbBase(w) && !NOUN_BEFORE.test((prevLower ??= prev.toLowerCase())) && !/['’]s$/.test(prev) && !figureBefore(content, at))) continue;
    if (out === undefined) return true;
    found = true;
    out.push({ start: at, end: at + raw.length, auxiliary, past });
  }
  return found;
}

/** The words of a stretch of text that may be verbs (generous: several may be nouns). */
export function verbWords(content: string): VerbWord[] {
  const out: VerbWord[] = [];
  readVerbWords(content, out);
  return out;
}

/** Does a stretch of text (a sentence's content) hold a word that may be a verb? */
export function hasPredicate(content: string): boolean {
  return readVerbWords(content, undefined);
}

/**
 * A sentence that asserts nothing: with its attribution verb left out ("…," the official said), it
 * has no word that may be a verb, and it is not a headline attributed by punctuation. (The whole
 * sentence is read, not only what the detector took for its content, which may be only one side
 * of the attribution.)
 */
export function assertsNothing(sentence: string, attribution: { start: number; end: number } | undefined, attributedHeadline: boolean): boolean {
  if (attributedHeadline) return false;
  const rest = attribution ? sentence.slice(0, attribution.start) + ' , ' + sentence.slice(attribution.end) : sentence;
  return !hasPredicate(rest);
}
