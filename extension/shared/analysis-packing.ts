/**
 * The worker's answer on the wire (ADR 0155): mentions and claim sentences
 * as flat lists of integers, every string once in a table, and no text the
 * page already has (a mention's or a sentence's words are the article's own
 * at their offsets). An extension message is JSON: the page parsed ~2.9 MB
 * of objects for the 1 MB bench page, in 90 messages; packed, it is a
 * fraction of that, in a few.
 */
import type { Mention } from '../../src/actors/matcher';
import type { ClaimHit } from '../../src/engine/article-scan';
import type { SourcedMatch } from '../../src/engine';

/** Strings, each once; an index into `names`, or -1 for none. */
export interface PackedMentions {
  names: string[];
  /** Per mention: actor, start, end, alias (-1: the same as its text), refersTo (-1: none), text (-1: the article's own at [start, end)). */
  at: number[];
}

export interface PackedClaims {
  names: string[];
  /** Per sentence: start, end, text (-1: the article's own), claimant, claimantId, number of matches. */
  at: number[];
  /** Per match, in the sentences' order: claimId, relation, score, reason, dataset. */
  matches: number[];
}

const MENTION_FIELDS = 6;
const CLAIM_FIELDS = 6;
const MATCH_FIELDS = 5;

function table() {
  const names: string[] = [];
  const index = new Map<string, number>();
  return {
    names,
    of(s: string | undefined): number {
      if (s === undefined) return -1;
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = names.push(s) - 1));
      return i;
    },
  };
}

/** `text`: what the offsets point into (the words found there are not sent again). */
export function packMentions(mentions: readonly Mention[], text: string): PackedMentions {
  const t = table();
  const at: number[] = [];
  for (const m of mentions) {
    const own = text.slice(m.start, m.end) === m.text;
    at.push(t.of(m.actorId), m.start, m.end, m.alias === m.text ? -1 : t.of(m.alias), t.of(m.refersTo), own ? -1 : t.of(m.text));
  }
  return { names: t.names, at };
}

export function unpackMentions(packed: PackedMentions, text: string): Mention[] {
  const { names, at } = packed;
  const out: Mention[] = [];
  for (let i = 0; i + MENTION_FIELDS <= at.length; i += MENTION_FIELDS) {
    const start = at[i + 1]!;
    const end = at[i + 2]!;
    const words = at[i + 5]! >= 0 ? names[at[i + 5]!]! : text.slice(start, end);
    const m: Mention = { actorId: names[at[i]!]!, start, end, text: words, alias: at[i + 3]! >= 0 ? names[at[i + 3]!]! : words };
    if (at[i + 4]! >= 0) m.refersTo = names[at[i + 4]!]!;
    out.push(m);
  }
  return out;
}

export function packClaims(claims: readonly ClaimHit[], text: string): PackedClaims {
  const t = table();
  const at: number[] = [];
  const matches: number[] = [];
  for (const c of claims) {
    at.push(c.start, c.end, text.slice(c.start, c.end) === c.text ? -1 : t.of(c.text), t.of(c.claimant), t.of(c.claimantId), c.matches.length);
    for (const m of c.matches) matches.push(t.of(m.claimId), t.of(m.relation), m.score, t.of(m.reason), t.of(m.dataset));
  }
  return { names: t.names, at, matches };
}

export function unpackClaims(packed: PackedClaims, text: string): ClaimHit[] {
  const { names, at, matches } = packed;
  const out: ClaimHit[] = [];
  let k = 0;
  for (let i = 0; i + CLAIM_FIELDS <= at.length; i += CLAIM_FIELDS) {
    const start = at[i]!;
    const end = at[i + 1]!;
    const found: SourcedMatch[] = [];
    for (let n = at[i + 5]!; n > 0 && k + MATCH_FIELDS <= matches.length; n--, k += MATCH_FIELDS) {
      found.push({ claimId: names[matches[k]!]!, relation: names[matches[k + 1]!]! as SourcedMatch['relation'], score: matches[k + 2]!, reason: names[matches[k + 3]!]!, dataset: names[matches[k + 4]!]! });
    }
    const hit: ClaimHit = { start, end, text: at[i + 2]! >= 0 ? names[at[i + 2]!]! : text.slice(start, end), matches: found };
    if (at[i + 3]! >= 0) hit.claimant = names[at[i + 3]!]!;
    if (at[i + 4]! >= 0) hit.claimantId = names[at[i + 4]!]!;
    out.push(hit);
  }
  return out;
}

/** How many mentions a packed part holds. */
export const mentionCount = (packed: PackedMentions) => Math.floor(packed.at.length / MENTION_FIELDS);
