/**
 * Case 3: re-anchoring 1,000 stored annotations on the long article (pure
 * TypeScript over the article's text, as the content script runs it):
 * the page unchanged; paragraphs inserted through the text, which shifts
 * every note (exact path); and a small edit inside every quote plus those
 * insertions (fuzzy path). Each result is checked against where the note's
 * passage really went.
 */
import { anchorMany, describe, type Anchor, type Selectors } from '../../src/anchoring';
import { alternate, row, type Row } from './report';
import { prng, type BenchPage } from './inputs';

interface Span {
  start: number;
  end: number;
}

interface Edit {
  at: number;
  removed: number;
  inserted: string;
}

/** Applies edits given against the original text, and maps spans through them. */
function applyEdits(text: string, spans: readonly Span[], edits: readonly Edit[]): { text: string; spans: Span[] } {
  const sorted = [...edits].sort((a, b) => b.at - a.at);
  let out = text;
  let mapped = [...spans];
  for (const e of sorted) {
    out = out.slice(0, e.at) + e.inserted + out.slice(e.at + e.removed);
    const delta = e.inserted.length - e.removed;
    const end = e.at + e.removed;
    mapped = mapped.map((s) => ({
      start: s.start < e.at ? s.start : s.start >= end ? s.start + delta : e.at,
      end: s.end <= e.at ? s.end : s.end >= end ? s.end + delta : e.at + e.inserted.length,
    }));
  }
  // a flat string, like a page's text
  return { text: JSON.parse(JSON.stringify(out)) as string, spans: mapped };
}

function check(results: readonly (Anchor | null)[], expected: readonly Span[]) {
  const by = { position: 0, exact: 0, fuzzy: 0, orphaned: 0, wrong: 0 };
  results.forEach((a, i) => {
    if (!a) return void by.orphaned++;
    by[a.method]++;
    const e = expected[i]!;
    if (!(a.start < e.end + 4 && e.start - 4 < a.end)) by.wrong++;
  });
  return by;
}

export async function anchoringCase(page: BenchPage, runs: number, seed: number): Promise<{ rows: Row[]; notes: string[] }> {
  const rand = prng(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const text = page.text;
  const NOTES = 1_000;
  const spans: Span[] = Array.from({ length: NOTES }, () => {
    const roll = rand();
    const length = roll < 0.3 ? between(8, 19) : roll < 0.8 ? between(20, 80) : between(81, 300);
    const start = between(0, text.length - length);
    return { start, end: start + length };
  });
  // notes are stored, and re-anchored, in the order they were made: by position here
  spans.sort((a, b) => a.start - b.start);
  const selectors: Selectors[] = spans.map((s) => describe(text, s.start, s.end));

  const paragraph = (i: number) => `\n\nUpdate ${i}: ${page.paragraphs[(i * 37) % page.paragraphs.length]!.slice(0, 240)}`;
  const inserts: Edit[] = Array.from({ length: 10 }, (_, i) => {
    // at paragraph boundaries spread through the text
    const at = text.indexOf('\n\n', Math.floor(((i + 0.5) / 10) * text.length));
    return { at: at < 0 ? text.length : at, removed: 0, inserted: paragraph(i) };
  });
  const shifted = applyEdits(text, spans, [{ at: 0, removed: 0, inserted: 'UPDATED 10:42 GMT. ' }, ...inserts]);
  // one small edit inside every quote (a typo fixed, a word changed), at least 2 characters apart
  const typos: Edit[] = [];
  let last = -10;
  for (const s of spans) {
    const at = between(s.start + 2, s.end - 3);
    if (at <= last + 2 || s.end - s.start < 6) continue;
    typos.push({ at, removed: 1, inserted: ['x', 'ee', '', 'q'][between(0, 3)]! });
    last = at;
  }
  const fuzzy = applyEdits(text, spans, [{ at: 0, removed: 0, inserted: 'UPDATED 10:42 GMT. ' }, ...inserts, ...typos]);

  const scenarios = {
    unchanged: { text, spans },
    exact: shifted,
    fuzzy,
  } as const;
  const results: Record<string, (Anchor | null)[]> = {};
  const times = await alternate(
    ['unchanged', 'exact', 'fuzzy'] as const,
    async (name) => {
      const s = scenarios[name];
      const t0 = performance.now();
      results[name] = anchorMany(s.text, selectors);
      return performance.now() - t0;
    },
    { runs, warmup: 1 },
  );
  const c = '3 re-anchoring 1,000 notes, long article';
  const outcome = (name: keyof typeof scenarios) => {
    const by = check(results[name]!, scenarios[name].spans);
    return `${by.position} by position, ${by.exact} exact, ${by.fuzzy} fuzzy, ${by.orphaned} orphaned, ${by.wrong} misplaced`;
  };
  return {
    rows: [
      row(c, 'page unchanged', 'ms', times.unchanged),
      row(c, 'exact path: 11 insertions shift every note', 'ms', times.exact, { target: { op: '<', value: 150 } }),
      row(c, `fuzzy path: + an edit inside ${typos.length} quotes`, 'ms', times.fuzzy, { target: { op: '<', value: 600 } }),
    ],
    notes: [
      `re-anchoring, page unchanged: ${outcome('unchanged')}`,
      `re-anchoring, exact path: ${outcome('exact')}`,
      `re-anchoring, fuzzy path: ${outcome('fuzzy')} (quotes of 8–300 characters; short quotes whose context was edited are orphaned on purpose, ADR 0030)`,
    ],
  };
}
