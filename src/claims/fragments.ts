/**
 * How news pages write things that are not prose sentences: page furniture
 * ("14 new updates", "Share this article", bylines, "READ: …" links), which is
 * never a claim; datelines ("PARIS (Reuters) - ", "ANKARA, Nov. 20 (Xinhua)
 * -- "), which are no part of the claim after them; and headlines and kickers
 * that attribute with a colon or a dash instead of a verb ("Only 5 percent of
 * Russian strikes aimed at IS: Britain", "Davutoglu: Russia hitting moderate
 * rebels", "… - Hammond", "…—monitor").
 *
 * Text-level only: the content script drops DOM-level furniture (navigation,
 * asides) before the text gets here.
 */
import type { TextSpan } from '../text/model';
import { FURNITURE, DATELINE, ATTRIBUTION_WORDS, SHORT_SIDE_MAX_WORDS } from './fragment-rules';

/** Is text[span] page furniture (never a claim)? */
export function isFurniture(text: string, span: TextSpan): boolean {
  if (span.end - span.start > 160) return false;
  const s = text.slice(span.start, span.end).trim();
  if (s.length === 0) return true;
  // prose sentences past a few words end in a full stop; furniture lines mostly do not
  if (s.length > 60 && !isFragment(text, span)) return false;
  return FURNITURE.some((re) => re.test(s));
}

/** Where the sentence's prose begins after a dateline ("MOSCOW (AFP) - "), or span.start. */
export function afterDateline(text: string, span: TextSpan): number {
  // headlines carry no dateline ("Turkey: Only 9% of …" is an attribution)
  if (isFragment(text, span)) return span.start;
  const s = text.slice(span.start, Math.min(span.end, span.start + 80));
  const m = DATELINE.exec(s);
  if (!m) return span.start;
  // something must follow: a dateline alone is furniture
  return m[0].length < span.end - span.start - 10 ? span.start + m[0].length : span.start;
}

/** A fragment ends without terminal punctuation: a headline, a kicker, a caption line. */
export function isFragment(text: string, span: TextSpan): boolean {
  const s = text.slice(span.start, span.end).trimEnd();
  return !/[.!?]["'”’)]*$/.test(s);
}

export interface HeadlineAttribution {
  /** who is credited ("Britain", "Putin ally", "Davutoglu") */
  speaker: TextSpan;
  /** what is claimed */
  content: TextSpan;
}

const wordCount = (s: string): number => (s.trim().match(/\S+/g) ?? []).length;

function trimmed(text: string, a: number, b: number): TextSpan {
  while (a < b && /[\s"“”'‘’]/.test(text[a]!)) a++;
  while (b > a && /[\s"“”'‘’]/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/**
 * A headline's attribution by punctuation: "<claim>: <speaker>", "<claim> -
 * <speaker>", "<claim>—<speaker>" or "<speaker>: <claim>", the speaker side
 * short. Only for fragments (no terminal punctuation): in prose a colon
 * introduces an explanation, not a source. `isSpeaker` says whether a short
 * side can name a source (an actor, a role, a capitalised name).
 */
export function headlineAttribution(text: string, span: TextSpan, isSpeaker: (s: TextSpan) => boolean): HeadlineAttribution | null {
  if (!isFragment(text, span)) return null;
  const s = text.slice(span.start, span.end);
  // "<claim>: <speaker>" / "<claim> - <speaker>" / "<claim>—<speaker>": the last separator
  const tail = /(?::\s+|\s+[-–—]\s+|[–—])([^:–—]+?)\s*$/.exec(s);
  if (tail && tail.index >= 15 && wordCount(tail[1]!) <= SHORT_SIDE_MAX_WORDS) {
    const at = span.start + tail.index + tail[0].indexOf(tail[1]!);
    const speaker = trimmed(text, at, at + tail[1]!.length);
    if (speaker.end > speaker.start && isSpeaker(speaker)) return { speaker, content: trimmed(text, span.start, span.start + tail.index) };
  }
  // "<speaker>: <claim>"
  const head = /^([^:]{2,60}?):\s+/.exec(s);
  if (head && wordCount(head[1]!) <= SHORT_SIDE_MAX_WORDS && s.length - head[0].length >= 15) {
    const speaker = trimmed(text, span.start, span.start + head[1]!.length);
    if (isSpeaker(speaker)) return { speaker, content: trimmed(text, span.start + head[0].length, span.end) };
  }
  return null;
}

/** Does a short phrase read like a source ("Britain", "Putin ally", "Ministry", "US envoy")? */
export function looksLikeSource(phrase: string): boolean {
  const p = phrase.trim();
  if (p === '' || /^\d/.test(p)) return false;
  if (ATTRIBUTION_WORDS.test(p)) return true;
  // capitalised words: a name ("Davutoglu", "DoD Sec. Carter", "Turkish Prime Minister")
  return /^(?:[A-Z][\w.'’-]*\s*){1,5}$/.test(p);
}
