/**
 * Coverage of the reports by the dataset: every sentence that states or
 * attributes a fact is evidence of some claim, every capitalised name is an
 * actor alias, and each actor's `sources` is where its aliases occur.
 * Deliberate exceptions live, with reasons, in coverage-review.ts.
 */
import { describe, expect, it } from 'vitest';
import { EXCLUDED_SENTENCES, STOP_WORDS } from './coverage-review';
import { dataset } from './index';
import { actorSourcesFromReports, findAliasMatches, splitSentences, type Span } from './match';
import { defaultReportsDir, readReports } from './node-reports';

const reports = readReports(defaultReportsDir(), dataset.sources.map((s) => s.id));
const prefix = (id: string) => id.slice(0, 3);

describe('sentence coverage', () => {
  const excludedUsed = new Set<number>();
  const uncovered: string[] = [];
  let total = 0;
  let excluded = 0;
  let covered = 0;
  for (const [id, text] of Object.entries(reports)) {
    const ranges = dataset.claims.flatMap((c) => c.evidence.filter((e) => e.source === id));
    for (const s of splitSentences(text)) {
      total++;
      const ex = EXCLUDED_SENTENCES.findIndex((e) => e.source === prefix(id) && e.text === s.text);
      if (ex !== -1) {
        excluded++;
        excludedUsed.add(ex);
        continue;
      }
      if (ranges.some((r) => r.start < s.end && s.start < r.end)) covered++;
      else uncovered.push(`${id} @${s.start}: ${s.text}`);
    }
  }

  it('covers every sentence that states or attributes a fact', () => {
    const claimSentences = total - excluded;
    console.log(
      `dataset sentence coverage: ${covered}/${claimSentences} claim-bearing sentences covered ` +
        `(${((100 * covered) / claimSentences).toFixed(1)}%); ${excluded} of ${total} sentences reviewed as not claims`,
    );
    expect(uncovered).toEqual([]);
  });

  it('has no stale exclusions', () => {
    const stale = EXCLUDED_SENTENCES.filter((_, i) => !excludedUsed.has(i)).map((e) => `${e.source}: ${e.text}`);
    expect(stale).toEqual([]);
    for (const e of EXCLUDED_SENTENCES) expect(e.reason.trim()).not.toBe('');
  });
});

describe('actor coverage', () => {
  // Words that occur in lower case somewhere: a capitalised copy opening a sentence is a common word.
  const lowerWords = new Set<string>();
  for (const text of Object.values(reports)) {
    for (const [w] of text.matchAll(/[\p{L}\p{N}]+/gu)) if (!/^\p{Lu}/u.test(w)) lowerWords.add(w);
  }
  const unknown = new Map<string, Set<string>>();
  const stopUsed = new Set<string>();
  for (const [id, text] of Object.entries(reports)) {
    const sentences = splitSentences(text);
    const spans: Span[] = findAliasMatches(text, dataset.actors, sentences);
    for (const s of sentences) {
      let first = true;
      for (const m of s.text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const word = m[0];
        const start = s.start + m.index;
        const before = text.slice(s.start, start).trimEnd().slice(-1);
        const initial = first || ['"', '“', '‘', "'", ':'].includes(before);
        first = false;
        if (!/^\p{Lu}/u.test(word)) continue;
        if (spans.some((sp) => sp.start <= start && start + word.length <= sp.end)) continue;
        if (initial && lowerWords.has(word.toLowerCase())) continue;
        if (word in STOP_WORDS) {
          stopUsed.add(word);
          continue;
        }
        if (!unknown.has(word)) unknown.set(word, new Set());
        unknown.get(word)!.add(prefix(id));
      }
    }
  }

  it('knows every capitalised name in the reports as an actor alias (or a reviewed stop word)', () => {
    const list = [...unknown].map(([w, ids]) => `${w} (${[...ids].join(', ')})`);
    expect(list).toEqual([]);
  });

  it('has no stale stop words', () => {
    expect(Object.keys(STOP_WORDS).filter((w) => !stopUsed.has(w))).toEqual([]);
  });

  it("lists as each actor's sources exactly the reports where one of its aliases occurs", () => {
    const found = actorSourcesFromReports(dataset.actors, reports);
    for (const actor of dataset.actors) {
      expect([...actor.sources].sort(), actor.id).toEqual(found.get(actor.id));
    }
  });

  it('has at least one occurrence of every alias form in the reports', () => {
    const all = Object.values(reports).join('\n\n');
    const unused = dataset.actors.flatMap((a) =>
      a.aliases
        // spellings learned from reading real reporting need not be in the reports
        .filter((alias) => typeof alias === 'string' || alias.from !== 'reading')
        .filter((alias) => findAliasMatches(all, [{ ...a, aliases: [alias] }]).length === 0)
        .map((alias) => `${a.id}: ${typeof alias === 'string' ? alias : alias.text}`),
    );
    expect(unused).toEqual([]);
  });
});
