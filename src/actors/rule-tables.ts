/**
 * The alias matchers' rule tables, as data. Both matchers (matcher.ts and the
 * reference in reference-matcher.ts) import them; nothing here is code that
 * runs per character.
 */

/** Everyday senses of a few country/people names (folded prefixes). */
export const DEFAULT_NOT_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  turkey: ['roast', 'oven', 'stuffing', 'gravy', 'thanksgiving', 'recipe', 'carv', 'bast', 'brine', 'drumstick',
    'leftover', 'sandwich', 'giblet', 'wishbone', 'cranberr', 'poultry', 'feather', 'gobbl', 'minced', 'breast', 'thigh', 'wild turkey'],
  russian: ['dressing', 'roulette', 'doll', 'salad', 'tea cake', 'ballet'],
  chad: ['hanging chad'],
  jordan: ['air jordan', 'michael jordan'],
};

/** Second halves of "Place, Region" names that put a place elsewhere. */
export const ELSEWHERE: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
  'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'ontario', 'quebec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'id', 'tx', 'oh', 'ny', 'nj', 'ca',
]);

// Metonymy cues (on folded text).
const META_AUX = String.raw`(?:(?:has|had|have|is|was|were|will|would|also|earlier|later|now|then|still|already|again|has also|had also|had earlier|has long|has been|had been|is also|was also)\s+){0,3}`;
const META_VERB = String.raw`(?:said|says|say|insist\w*|reject\w*|den(?:y|ies|ied)|warn\w*|accus\w*|claim\w*|argu\w*|maintain\w*|saw|sees|see|launch\w*|carr(?:y|ies|ied)|bomb\w*|struck|strikes|target\w*|back(?:s|ed)|support\w*|want\w*|call(?:s|ed)|urg\w*|demand\w*|agree\w*|announc\w*|respond\w*|retaliat\w*|veto\w*|block\w*|suppl(?:y|ies|ied)|sent|send\w*|deploy\w*|intervene\w*|began|begun|start\w*|stepp\w*|hope\w*|fear\w*|believ\w*|consider\w*|responded|blam\w*|refus\w*|sees|view\w*|regard\w*|made|presented|proposed)`;
export const META_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s*(?:,[^,.;]{1,80},\s*)?${META_AUX}${META_VERB}\b`, 'i');
export const META_POSSESSIVE = /^['’]s?\s+(?:own\s+)?(?:insistence|campaign|air|strikes?|military|position|positions|ally|allies|support|intervention|involvement|role|plans?|policy|forces|operations?|war|jets|bombing|claims?|denials?|response|decision|backing|stance|government|ambassador|envoy|foreign|defen[cs]e|officials?|view|aims?|goals?|bid|proposal|resolution|draft|diplomac\w*|leaders?|actions?|motives?|intentions?|offensive|assault|raids)\b/i;
export const META_BEFORE = /(?:call(?:ing|ed|s)? on|urg(?:ing|ed|es)|accus(?:ing|ed|es)|warn(?:ing|ed|s)|told|tell(?:ing|s)?|ask(?:ing|ed|s)|criticis(?:ing|ed|es)|criticiz(?:ing|ed|es)|condemn(?:ing|ed|s)|press(?:ing|ed)|between|with|against|back(?:ed|ing) by|by)\s+$/i;
export const CAPITALS_PAIR = /^\s+and\s+(?:washington|moscow|ankara|damascus|tehran|riyadh|paris|london|berlin|beijing|kiev|kyiv|doha)\b/i;
export const CAPITALS_PAIR_BEFORE = /(?:washington|moscow|ankara|damascus|tehran|riyadh|paris|london|berlin|beijing|kiev|kyiv|doha)\s+and\s+$/i;

/**
 * Words that name a country's state (name, demonym, capital used for the
 * government), by the id the dataset gives the state where it has one. They
 * decide whose generic body a name is: "Turkey's air force", "the Israeli
 * defence ministry", "US cruise missiles". Lower case, folded.
 */
export const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  russia: ['russia', 'russian', 'russians', 'russian federation', 'moscow', 'kremlin', 'soviet'],
  turkey: ['turkey', 'turkish', 'ankara', 'turks'],
  'united-states': ['us', 'u.s', 'u.s.', 'usa', 'united states', 'american', 'america', 'washington', 'pentagon'],
  britain: ['britain', 'british', 'uk', 'u.k', 'u.k.', 'united kingdom', 'london', 'whitehall'],
  france: ['france', 'french', 'paris'],
  germany: ['germany', 'german', 'berlin'],
  syria: ['syria', 'syrian', 'damascus'],
  iran: ['iran', 'iranian', 'tehran'],
  iraq: ['iraq', 'iraqi', 'baghdad'],
  israel: ['israel', 'israeli', 'idf'],
  'saudi-arabia': ['saudi', 'saudi arabia', 'saudi arabian', 'riyadh'],
  qatar: ['qatar', 'qatari', 'doha'],
  egypt: ['egypt', 'egyptian', 'cairo'],
  jordan: ['jordanian', 'amman'],
  lebanon: ['lebanon', 'lebanese', 'beirut'],
  ukraine: ['ukraine', 'ukrainian', 'kiev', 'kyiv'],
  china: ['china', 'chinese', 'beijing'],
  india: ['india', 'indian'],
  pakistan: ['pakistan', 'pakistani'],
  japan: ['japan', 'japanese'],
  'south-korea': ['south korea', 'south korean', 'korean'],
  australia: ['australia', 'australian'],
  canada: ['canada', 'canadian'],
  italy: ['italy', 'italian'],
  spain: ['spain', 'spanish'],
  netherlands: ['netherlands', 'dutch'],
  belgium: ['belgium', 'belgian'],
  poland: ['poland', 'polish'],
  greece: ['greece', 'greek'],
  georgia: ['georgian', 'tbilisi'],
  armenia: ['armenia', 'armenian'],
  azerbaijan: ['azerbaijan', 'azerbaijani'],
  kazakhstan: ['kazakhstan', 'kazakh'],
  belarus: ['belarus', 'belarusian'],
  nato: ['nato'],
  afghanistan: ['afghanistan', 'afghan'],
  libya: ['libya', 'libyan'],
  nigeria: ['nigeria', 'nigerian'],
  sweden: ['sweden', 'swedish'],
  norway: ['norway', 'norwegian'],
  denmark: ['denmark', 'danish'],
};

/**
 * Acronyms that are also everyday English words. Written in capitals inside
 * capitalised text ("WHAT IS NEXT", "THIS IS A TEST", "TELL US") they cannot
 * be told from the word, so they never match there.
 */
export const WORD_ACRONYMS: ReadonlySet<string> = new Set(['is', 'us', 'it', 'am', 'an', 'as', 'at', 'be', 'do', 'he', 'me', 'my', 'no', 'on', 'or', 'so', 'to', 'up', 'we']);

/** Actor types whose names the transliteration key may match by rule (name-key.ts). */
export const KEY_ACTOR_TYPES: ReadonlySet<string> = new Set(['place', 'person', 'armed_group']);

/** Arabic articles as transliterated, standing as a word or fused to the next ("ez-Zor", "Ezzor"). */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'il', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'az', 'ez', 'an', 'en', 'adh', 'ath']);

/** First words that make an alias a title or a description rather than a bare name (name-key.ts keys bare names only). */
export const NAME_TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'secretary', 'maj', 'gen', 'col', 'lt',
  'general', 'colonel', 'spokesman', 'turkish', 'syrian', 'russian', 'egyptian', 'american', 'british', 'french', 'islamic', 'the', 'so',
]);
