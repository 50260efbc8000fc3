/**
 * The reviewed exceptions of the dataset coverage tests
 * (`coverage.test.ts`). Each entry says why it is not a claim or not an
 * actor. Keep these lists short: anything added here is something the
 * dataset deliberately leaves out.
 */

export interface ExcludedSentence {
  /** Source id prefix, e.g. `000`. */
  source: string;
  /** The sentence exactly as `splitSentences` returns it. */
  text: string;
  reason: string;
}

const HEADLINE = 'headline: a summary of claims carried by the body, which are covered there';

/** Sentences judged not to state or attribute a fact. */
export const EXCLUDED_SENTENCES: ExcludedSentence[] = [
  { source: '000', text: 'Russia strikes ISIS stronghold of Raqqa, killing militants, destroying command point: Ministry', reason: HEADLINE },
  {
    source: '000',
    text: 'A frame grab taken from footage released Oct 1, 2015, shows a Russian military jet taxiing on runway shortly after the landing in Syria.',
    reason: 'photo caption describing the picture (printed twice)',
  },
  {
    source: '000',
    text: 'Russia estimates its air strike campaign in Syria could last three to four months, the head of the foreign affai',
    reason: 'truncated copy of the caption that follows in full, where the claim is covered',
  },
  { source: '001', text: 'Connect with us', reason: 'page furniture' },
  { source: '001', text: 'World News', reason: 'page furniture (section label)' },
  { source: '001', text: 'Russian Airstrikes Hit Deep into ISIS-Controlled Areas', reason: HEADLINE },
  { source: '001', text: 'Smoke rises over Syrian town of Kobani after an airstrike, read more:', reason: 'photo caption with a link prompt' },
  { source: '001', text: 'Smoke rises over Syrian town of Kobani after an airstrike', reason: 'photo caption describing the picture' },
  { source: '001', text: 'Continue Reading', reason: 'page furniture (link)' },
  { source: '002', text: "Russian strikes again target Assad's foes", reason: HEADLINE },
  { source: '002', text: '• 02/10/2015', reason: 'dateline (used for the source date)' },
  { source: '002', text: 'A strike carried out by Russian warplanes in the Syrian territories (AAP)', reason: 'photo caption with credit (printed twice)' },
  { source: '003', text: 'Share', reason: 'page furniture (button)' },
  { source: '003', text: 'Russia Destroys Islamic State Command Center in Syria', reason: HEADLINE },
  { source: '003', text: 'Advertisement', reason: 'page furniture (printed twice)' },
  { source: '003', text: 'Egyptian Foreign Minister Sameh Shoukry', reason: 'stray photo caption naming a person, no statement' },
  { source: '004', text: "Syria crisis: Massive Russian air strikes on 'IS targets'", reason: HEADLINE },
  { source: '004', text: '• Published', reason: 'page furniture (date label without a date)' },
  { source: '004', text: 'Media caption,', reason: 'page furniture (caption label)' },
  { source: '004', text: 'Footage shows Russian missiles being launched in Syria', reason: 'video caption describing the footage' },
  { source: '004', text: 'Image source, AP', reason: 'photo credit (printed twice)' },
  { source: '004', text: 'Image caption,', reason: 'page furniture (caption label, printed twice)' },
  { source: '004', text: 'A Russian Sukhoi Su-34 bomber at Hmeimim airbase in Syria', reason: 'photo caption describing the picture' },
  { source: '004', text: "'Revenge for our dead'", reason: 'cross-head quoting a phrase covered in the body' },
  { source: '004', text: 'Turkey warns Russia', reason: 'cross-head; the warning is covered in the body' },
];

/**
 * Capitalised words that are not names of actors. A word that opens a
 * sentence (or a quotation) and also occurs in lower case in the reports is
 * accepted without being listed here.
 */
export const STOP_WORDS: Record<string, string> = {
  // dates
  Wednesday: 'day name',
  Thursday: 'day name',
  Friday: 'day name',
  September: 'month name',
  Oct: 'month name (abbreviated)',
  // adjectives and demonyms: the dataset's actors are the states and groups themselves
  Russian: 'demonym/adjective',
  Russians: 'demonym',
  Syrian: 'demonym/adjective',
  Turkish: 'demonym/adjective',
  French: 'demonym/adjective',
  Western: 'adjective',
  Islamist: 'adjective',
  Turkmen: 'ethnonym (the Turkmen minority and villages; not an organisation)',
  // common words capitalised at a sentence start, after a dash or a credit
  A: 'article',
  The: 'article',
  I: 'pronoun',
  Some: 'determiner opening a sentence',
  These: 'determiner opening a quotation',
  Ahead: 'adverb opening a sentence',
  Meanwhile: 'adverb opening a sentence',
  Well: 'interjection opening a quotation',
  // page furniture
  Advertisement: 'page furniture',
  Share: 'page furniture',
  Connect: 'page furniture',
  World: 'page furniture ("World News")',
  News: 'page furniture ("World News")',
  Continue: 'page furniture ("Continue Reading")',
  Reading: 'page furniture ("Continue Reading")',
  Image: 'page furniture ("Image source", "Image caption")',
  Media: 'page furniture ("Media caption")',
  PHOTO: 'photo credit label',
  Uncredited: 'photo credit label',
  // title case in headlines
  Airstrikes: 'headline title case',
  Hit: 'headline title case',
  Deep: 'headline title case',
  Controlled: 'headline title case ("ISIS-Controlled")',
  Areas: 'headline title case',
  Destroys: 'headline title case',
  Command: 'headline title case',
  Center: 'headline title case',
  Massive: 'headline word after a colon',
};
