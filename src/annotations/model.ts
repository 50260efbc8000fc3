/**
 * A reader's annotation as stored and exchanged. Selectors use the W3C Web
 * Annotation vocabulary so that export to JSON-LD is a renaming, not a
 * translation. The schema is the single check applied to anything that
 * reaches the database: messages from pages and imported files alike.
 */
import * as v from 'valibot';
import { normaliseTag, uniqueTags } from '../text/visible-controls';

/** Notes are prose, not documents: cap sizes so a hostile caller cannot fill the disk in one call. */
export const LIMITS = {
  quote: 10_000,
  context: 200,
  note: 20_000,
  tag: 64,
  tags: 32,
  url: 4_096,
  title: 1_000,
} as const;

/** (a call without side effects: a bundle that reads none of these schemas leaves them out, ADR 0415) */
const Text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(LIMITS.quote)),
  prefix: v.optional(Text(LIMITS.context)),
  suffix: v.optional(Text(LIMITS.context)),
});

export const TextPositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const SelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema]);

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

// Tags are normalised (NFKC, zero-width characters removed, trimmed) and kept once per case-folded spelling.
const Tag = v.pipe(v.string(), v.transform((tag: string): string => normaliseTag(tag)), v.minLength(1), v.maxLength(LIMITS.tag));
const Tags = v.pipe(v.array(Tag), v.transform((tags: string[]): string[] => uniqueTags(tags)), v.maxLength(LIMITS.tags));
const Url = v.pipe(v.string(), v.maxLength(LIMITS.url), v.url('must be an absolute URL'), v.regex(/^https?:\/\//i, 'must be an http(s) page address'));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, "-" or "_"'));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What a caller supplies to create an annotation; the database adds id and times. */
export const NewAnnotationSchema = v.object({
  url: Url,
  urlKey: Text(LIMITS.url),
  title: v.optional(Text(LIMITS.title), ''),
  selectors: v.pipe(v.array(SelectorSchema), v.minLength(1), v.maxLength(4)),
  note: v.optional(Text(LIMITS.note), ''),
  tags: v.optional(Tags, []),
  color: v.optional(v.picklist(COLORS), 'yellow'),
  /** A known claim of the dataset the reader linked this annotation to. */
  claimId: v.optional(v.pipe(v.string(), v.maxLength(128))),
  /** The day the article was published (`YYYY-MM-DD`), when the page said so: the library filters by it. */
  published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date'))),
});

export const AnnotationPatchSchema = v.object({
  note: v.optional(Text(LIMITS.note)),
  tags: v.optional(Tags),
  color: v.optional(v.picklist(COLORS)),
  claimId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(128)))),
});

/** (built by a function without side effects: the spread alone kept this schema, and those it spreads, in every bundle; ADR 0415) */
/* @__NO_SIDE_EFFECTS__ */
function annotationSchema() {
  return v.object({
    ...NewAnnotationSchema.entries,
    id: Id,
    /** The exact quote, duplicated from the TextQuoteSelector for search and display. */
    quote: Text(LIMITS.quote),
    created: Time,
    updated: Time,
  });
}
export const AnnotationSchema = annotationSchema();

export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type Selector = v.InferOutput<typeof SelectorSchema>;
export type AnnotationColor = (typeof COLORS)[number];
export type NewAnnotation = v.InferInput<typeof NewAnnotationSchema>;
export type AnnotationPatch = v.InferOutput<typeof AnnotationPatchSchema>;
export type Annotation = v.InferOutput<typeof AnnotationSchema>;

export function quoteSelector(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelector(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** A valibot issue list as one line a reader can act on: `tags.3: must not be empty`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') || '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = issues.length > limit ? ` (+${issues.length - limit} more)` : '';
  return lines.join('; ') + more;
}
