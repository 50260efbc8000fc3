/**
 * Invisible characters that change how text reads: bidirectional controls
 * (a right-to-left override turns `Title ‮gnp.exe` into what looks like
 * `Title exe.png`) and zero-width characters (two tags that look identical).
 * Shown as a visible token wherever a reader sees stored titles and tags.
 */

/** Bidi embeddings, overrides, isolates and marks; zero-width space, joiners, word joiner, invisible operators, BOM, soft hyphen. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C\u00AD]/g;
/** Zero-width characters that carry nothing in a tag (bidi controls are kept, and shown). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** `Title ‮gnp.exe` → `Title ⟨U+202E⟩gnp.exe`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** A tag as stored: NFKC (fullwidth `ｎｅｗｓ` → `news`), zero-width characters removed, spaces trimmed and collapsed. */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/** The identity of a tag: two tags with the same key are one (case folded). */
export function tagKey(tag: string): string {
  return normaliseTag(tag).toLowerCase();
}

/** Normalised tags without repeats (the first spelling of each kept), in order. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const tag = normaliseTag(t);
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
