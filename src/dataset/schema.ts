/**
 * The dataset format, defined once. Everything that reads or writes a
 * dataset (the loader, `npm run dataset:check`, the engine, the docs) goes
 * through these schemas, so a newsroom shipping its own dataset gets the same
 * checks as the bundled one. Field-by-field prose lives in docs/dataset.md.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const IsoDate = v.pipe(v.string(), v.isoDate());

export const ACTOR_TYPES = [
  'person',
  'organisation',
  'state',
  'armed_group',
  'military_unit',
  'place',
  'weapon',
  'media',
] as const;

export const CLAIM_KINDS = [
  'strike_report',
  'casualty_figure',
  'target_count',
  'accusation',
  'denial',
  'demand',
  'forecast',
  'deployment',
  'diplomatic_event',
  'assessment',
  'statement',
  'background',
] as const;

export const SourceSchema = v.object({
  /** The report's file name, e.g. `000_0e922b027bd4e3da.txt`. */
  id: v.pipe(v.string(), v.regex(/^[\w.-]+$/)),
  headline: NonEmpty,
  /** Publisher or wire service named in the text (AFP, AAP, BBC…), if any. */
  outlet: v.optional(NonEmpty),
  /** How the outlet was identified from the text (quotes the clue). Optional. */
  outletBasis: v.optional(NonEmpty),
  /** Date of publication, ISO `YYYY-MM-DD`. */
  date: IsoDate,
  /** How the date was derived from the text (quotes the clue). */
  dateBasis: NonEmpty,
  description: NonEmpty,
});

/**
 * An alias is a spelling the reports use. The short form is a plain string;
 * the long form adds rules for ambiguous names.
 */
export const AliasSchema = v.union([
  NonEmpty,
  v.object({
    text: NonEmpty,
    /**
     * Match only with this exact capitalisation (or all capitals, as in a
     * dateline). Required for names that are also common words: "IS", "US".
     */
    caseSensitive: v.optional(v.boolean()),
    /**
     * Resolve to this actor only when one of these words occurs in the same
     * sentence (e.g. the cruiser "Moscow" needs "cruiser" or "navy"), or in
     * the same text with `contextScope: "text"`.
     */
    context: v.optional(v.array(NonEmpty)),
    /** Where `context` words and the `country` are looked for: the sentence (default) or the whole text. */
    contextScope: v.optional(v.picklist(['sentence', 'text'])),
    /**
     * Words of another sense that veto the alias in the same sentence
     * ("Idaho" for Moscow). A phrase containing the alias vetoes only where
     * it is written around the mention ("Washington Post", "Jimmy Fallon").
     */
    notContext: v.optional(v.array(NonEmpty)),
    /**
     * The alias is a generic body of this state (actor id, or a country id of
     * the matcher's country table): "Defence Ministry", "air force". After
     * another country's name or demonym it is that country's and never
     * matches; otherwise the state must be named in the sentence (or text).
     */
    country: v.optional(Id),
    /**
     * "reading": a spelling seen in real reporting, not in the dataset's own
     * reports (the test that every alias occurs in a report skips it).
     */
    from: v.optional(v.literal('reading')),
  }),
]);

export const ActorSchema = v.object({
  id: Id,
  name: NonEmpty,
  type: v.picklist(ACTOR_TYPES),
  aliases: v.array(AliasSchema),
  /** The role the reports give, in their words where possible. */
  role: v.optional(NonEmpty),
  /** When an alias of this actor commonly stands for another actor (Moscow → Russia). */
  metonymFor: v.optional(Id),
  /**
   * The name is written from another script (Arabic, Russian, Turkish
   * letters…), so outlets spell it many ways: the matcher also reads it by
   * its transliteration key (src/actors/name-key.ts: Raqqa = Raqqah).
   */
  transliterated: v.optional(v.boolean()),
  /** How ambiguous aliases of this actor are resolved, in prose. */
  ambiguity: v.optional(NonEmpty),
  /** Source ids that mention the actor. */
  sources: v.array(v.string()),
});

export const EvidenceSchema = v.object({
  source: v.string(),
  /** Verbatim text of the report between `start` and `end`. */
  quote: NonEmpty,
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const SlotsSchema = v.object({
  /** The actor doing the action (actor id). */
  actor: v.optional(Id),
  action: v.optional(NonEmpty),
  /** What the action is aimed at, in words. */
  target: v.optional(NonEmpty),
  /** Actor ids of the targets, where they are named actors. */
  targetActors: v.optional(v.array(Id)),
  /** Actor ids of places. */
  place: v.optional(v.array(Id)),
  /** ISO date, or a short description ("overnight", "first week of October"). */
  time: v.optional(NonEmpty),
  /** Figures, keyed by what and unit: `{ "militants_killed": 12 }`. */
  numbers: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9_]*$/)), v.number())),
  /** How a figure is hedged: `{ "militants_killed": "at_least" }`. */
  qualifiers: v.optional(
    v.record(v.string(), v.picklist(['exact', 'at_least', 'more_than', 'about', 'up_to'])),
  ),
});

/**
 * How far the claimant commits to the statement. Absent means asserted. A
 * concern ("expressed concern that they are hitting…") or a hope states a
 * worry or a wish, not the fact: a sentence restating the fact is not
 * corroborated by it. A belief is the claimant's view, asserted as theirs.
 */
export const MODALITIES = ['concern', 'hope', 'belief'] as const;

/** Hedges that do not assert their content (see `MODALITIES`). */
export const NON_ASSERTIVE_MODALITIES: ReadonlySet<string> = new Set(['concern', 'hope']);

/** The claimant of a quotation the report prints without naming a speaker. */
export const UNATTRIBUTED = 'unattributed';

/**
 * A fact-checker's verdict on a claim (from a ClaimReview, or written in a
 * native dataset). `verdict` is the rating read on one scale, so the reader's
 * page can say "restates a claim rated False" whatever words the checker uses.
 */
export const ReviewSchema = v.object({
  /** The organisation that checked the claim. */
  by: NonEmpty,
  /** The rating in the checker's own words ("False", "Mostly true", "Pants on Fire"). */
  rating: NonEmpty,
  verdict: v.picklist(['false', 'misleading', 'mixed', 'true', 'unrated']),
  /** The published check (http/https only). */
  url: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/[^\s]+$/, 'an http(s) address'), v.maxLength(2048))),
  /** When the check was published, ISO `YYYY-MM-DD`. */
  date: v.optional(IsoDate),
});

/** At most this many wordings per claim, each one line of at most `WORDING_MAX_CHARS` characters. */
export const WORDINGS_MAX = 16;
export const WORDING_MAX_CHARS = 200;

/**
 * A restatement of a claim in the words news uses for it (a headline, "X said", "according to
 * X", other verbs and nouns, a figure written another way). Read by the matcher only, as one
 * more text of the claim; never shown to a reader, never evidence.
 */
const Wording = v.pipe(
  NonEmpty,
  v.regex(/^[^\r\n]*$/, 'must be one line'),
  v.maxLength(WORDING_MAX_CHARS, `must be one line of at most ${WORDING_MAX_CHARS} characters`),
);

export const ClaimSchema = v.object({
  id: Id,
  /**
   * Actor id of who makes the claim; "reporter" when the outlet states it in
   * its own voice; "unattributed" for a quotation the report gives no speaker
   * (then `note` says what the text does show).
   */
  claimant: v.union([v.literal('reporter'), v.literal(UNATTRIBUTED), Id]),
  statement: NonEmpty,
  kind: v.picklist(CLAIM_KINDS),
  /** "deny" for denials and rejections, so a matcher can spot opposite polarity. */
  polarity: v.optional(v.picklist(['affirm', 'deny'])),
  /** The claimant's hedge, if any: "concern", "hope", "belief". Absent means asserted. */
  modality: v.optional(v.picklist(MODALITIES)),
  slots: SlotsSchema,
  /** Every actor the claim is about (claimant excluded), for actor cards. */
  actors: v.array(Id),
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1)),
  /**
   * Optional: restatements in the forms news writes the claim (same claimant, time, figures,
   * polarity and hedge; never vaguer than the statement). The matcher reads them as more texts of
   * the claim for retrieval and lexical similarity; they are not evidence and are never shown.
   */
  wordings: v.optional(v.pipe(v.array(Wording), v.maxLength(WORDINGS_MAX, `at most ${WORDINGS_MAX} wordings a claim`))),
  /** Optional editorial note, e.g. how an attribution the text leaves open was resolved. */
  note: v.optional(NonEmpty),
  /** Optional: a fact-checker's verdict on the claim (imported fact-check feeds). */
  review: v.optional(ReviewSchema),
  /** Optional: pages where the claim was made (http/https). */
  appearances: v.optional(v.array(v.pipe(v.string(), v.regex(/^https?:\/\/[^\s]+$/, 'an http(s) address'), v.maxLength(2048)))),
});

/** One line of prose: no line breaks, at most 300 characters. */
const OneLine = v.pipe(
  NonEmpty,
  v.regex(/^[^\r\n]*$/, 'must be one line'),
  v.maxLength(300, 'must be one line of at most 300 characters'),
);

export const RelationSchema = v.object({
  from: Id,
  to: Id,
  type: v.picklist(['corroborates', 'contradicts']),
  /** Shown to readers: why the two claims agree or disagree. */
  reason: NonEmpty,
  /**
   * Required, for reviewers: why the relation meets the standard. A
   * `contradicts` needs the same event, the same measure and the same period
   * with incompatible answers; a `corroborates` the same fact. One line.
   */
  justification: OneLine,
});

export const DatasetSchema = v.object({
  id: Id,
  title: NonEmpty,
  version: NonEmpty,
  /** Optional: who publishes the dataset (an organisation, or a feed's address). */
  publisher: v.optional(NonEmpty),
  /** Optional: the licence the dataset is published under ("CC BY 4.0"). */
  licence: v.optional(NonEmpty),
  sources: v.array(SourceSchema),
  actors: v.array(ActorSchema),
  claims: v.array(ClaimSchema),
  relations: v.array(RelationSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type ActorType = Actor['type'];
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Slots = v.InferOutput<typeof SlotsSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ClaimKind = Claim['kind'];
export type Relation = v.InferOutput<typeof RelationSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
