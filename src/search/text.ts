/**
 * Word splitting and folding for the library search. Deliberately small and
 * self-contained (the engine has its own, richer text model): the library must
 * not change behaviour when the engine's normalisation does.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Lower case, without accents or compatibility forms: "Émigré" → "emigre". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The words of a text as written (letters and digits; everything else separates). */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(MARKS, '').match(WORD) ?? [];
}

/** The folded words of a text: what the index stores and what a query is split into. */
export function foldedWords(text: string): string[] {
  return words(text).map((w) => w.toLowerCase());
}

/** The host part of a URL key (`news.example.com:8080/a/b?x=1` → `news.example.com:8080`). */
export function siteOfKey(urlKey: string): string {
  if (urlKey.includes('://')) {
    try {
      return new URL(urlKey).host.toLowerCase();
    } catch {
      return '';
    }
  }
  const end = urlKey.search(/[/?#]/);
  return (end < 0 ? urlKey : urlKey.slice(0, end)).toLowerCase();
}
