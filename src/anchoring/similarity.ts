/**
 * How well a stored prefix/suffix agrees with the text beside a candidate.
 *
 * Context is read outward from the quote's boundary: the prefix backwards from
 * the quote's start, the suffix forwards from its end. The character next to
 * the quote matters most, so the alignment is pinned there and free at the far
 * end (a context that has grown or shrunk by a few characters costs only those
 * characters, not a shifted comparison of everything).
 */

/** Which side of the quote a context string lies on. */
export type Side = 'before' | 'after';

/** Character of `context` at distance `i` from the quote boundary. */
function contextCode(context: string, side: Side, i: number): number {
  return side === 'before' ? context.charCodeAt(context.length - 1 - i) : context.charCodeAt(i);
}

/** How many characters of text exist on `side` of `boundary`. */
function available(text: string, boundary: number, side: Side): number {
  return side === 'before' ? boundary : text.length - boundary;
}

/** Character of `text` at distance `j` from `boundary` on `side`. */
function textCode(text: string, boundary: number, side: Side, j: number): number {
  return side === 'before' ? text.charCodeAt(boundary - 1 - j) : text.charCodeAt(boundary + j);
}

/**
 * Number of characters, counted outward from the boundary, that agree exactly.
 * Cheap (no allocation), used to rank many candidates before the costlier edit distance.
 */
export function commonRun(context: string, text: string, boundary: number, side: Side): number {
  const n = Math.min(context.length, available(text, boundary, side));
  let i = 0;
  while (i < n && contextCode(context, side, i) === textCode(text, boundary, side, i)) i++;
  return i;
}

/**
 * Edit distance between `context` and the best-fitting stretch of `text`
 * that starts at `boundary` and extends outward on `side` (up to
 * `context.length + slack` characters). Missing text (document edge) counts
 * as errors.
 */
export function contextDistance(context: string, text: string, boundary: number, side: Side, slack = Math.ceil(context.length / 2)): number {
  const p = context.length;
  if (p === 0) return 0;
  const n = Math.min(p + slack, available(text, boundary, side));
  if (commonRun(context, text, boundary, side) === p) return 0;

  // row[j] = distance between the first i context characters and the first j text characters.
  const row = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= p; i++) {
    const c = contextCode(context, side, i - 1);
    let diagonal = row[0]!; // D[i-1][j-1]
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const above = row[j]!; // D[i-1][j]
      const cost = textCode(text, boundary, side, j - 1) === c ? 0 : 1;
      const best = Math.min(diagonal + cost, above + 1, row[j - 1]! + 1);
      diagonal = above;
      row[j] = best;
    }
  }
  let min = p;
  for (let j = 0; j <= n; j++) if (row[j]! < min) min = row[j]!;
  return min;
}

/** How much one side's context says, and how much weight that deserves. */
export interface ContextAgreement {
  /** In [0, 1]: 1 when the stored context is exactly the text beside the candidate. */
  similarity: number;
  /** Characters of evidence: the compared context's length, EDGE_WEIGHT for a document edge. */
  weight: number;
  /**
   * The context is unchanged next to the quote and nearly so beyond: its
   * first INTACT_RUN characters agree exactly and its similarity is at least
   * INTACT_SIMILARITY, or all of it agrees up to the document edge.
   */
  intact: boolean;
}

/** Characters next to the quote that must agree exactly for a context side to count as intact. */
export const INTACT_RUN = 8;
/** Similarity an intact context side needs overall. */
export const INTACT_SIMILARITY = 0.9;

/**
 * An empty stored context means the quote touched the document edge. It is
 * compared as if it were this many "edge" characters: each character of text
 * now between the candidate and the edge counts as one insertion.
 */
export const EDGE_WEIGHT = 32;

/** Longest stretch of stored context compared (keeps the edit distance small and bounded). */
export const MAX_CONTEXT = 128;

/**
 * Agreement between a stored context and the text beside a candidate, or
 * `null` when the stored context says nothing (`undefined`: a selector from
 * elsewhere without prefix/suffix).
 */
export function contextSimilarity(context: string | undefined, text: string, boundary: number, side: Side): ContextAgreement | null {
  if (context === undefined) return null;
  const room = available(text, boundary, side);
  if (context.length === 0) return { similarity: 1 - Math.min(EDGE_WEIGHT, room) / EDGE_WEIGHT, weight: EDGE_WEIGHT, intact: room === 0 };
  // A foreign selector may carry a long context: only the part next to the quote counts.
  const near = context.length <= MAX_CONTEXT ? context : side === 'before' ? context.slice(-MAX_CONTEXT) : context.slice(0, MAX_CONTEXT);
  const run = commonRun(near, text, boundary, side);
  const similarity = 1 - contextDistance(near, text, boundary, side) / near.length;
  return {
    similarity,
    weight: near.length,
    intact: (run >= INTACT_RUN && similarity >= INTACT_SIMILARITY) || (run === near.length && room === near.length),
  };
}
