/**
 * A speaker named by surname alone after the article named them in full (issue 13, who is
 * speaking; ADR 0310): "Ash Carter, the US defence secretary, told reporters …" and later
 * "According to Carter, …" or "…, Cameron said". Reporting gives a name once in full and the
 * surname after; the dataset keeps bare surnames out of its aliases (namesakes fire on any page),
 * so the surname is read only against the people the page has already named — one sense per
 * text, as a transcript's "LAVROV:" label is (detect.ts).
 */
import type { Mention } from '../actors/matcher';

/** A surname alone, perhaps after a courtesy title or a rank: "Carter", "Mr Cameron", "Gen. Breedlove". */
const SURNAME_ALONE = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Adm|Maj|Sen)\.?\s+)?([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)$/;

/** The person named earlier in the text (before `before`) whose name ends in the surname `raw` is, if exactly one is. */
export function surnameSpeaker(raw: string, before: number, mentions: readonly Mention[], actorOf: (m: Mention) => string, isPerson: (id: string) => boolean): string | undefined {
  const m = SURNAME_ALONE.exec(raw.trim());
  if (!m || m[1]!.length < 4) return undefined;
  const surname = m[1]!.toLowerCase();
  const ids = new Set<string>();
  const lasts = lastWordsOf(mentions);
  for (let k = 0; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.start >= before) break;
    // the full name: two words at least, the last one the surname
    if (lasts[k] !== surname) continue;
    const id = actorOf(x);
    if (isPerson(id)) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

// each mention's last word, lower-cased, when it has two words at least ('' otherwise): read once per
// article's mentions, not once per mention for every sentence that names a speaker by surname (ADR 0410)
const lastWordsCache = new WeakMap<readonly Mention[], string[]>();

/** The last word (lower-cased) of each mention of two words or more, '' for one word. */
function lastWordsOf(mentions: readonly Mention[]): string[] {
  let out = lastWordsCache.get(mentions);
  // (an array grown since it was read is read again)
  if (out === undefined || out.length !== mentions.length) {
    out = mentions.map((x) => {
      const words = x.text.trim().split(/\s+/);
      return words.length >= 2 ? words[words.length - 1]!.toLowerCase() : '';
    });
    lastWordsCache.set(mentions, out);
  }
  return out;
}
