import { describe, expect, it } from 'vitest';
import { importDatasetText } from './import';
import { dataset, type Dataset, loadDataset, WORDING_MAX_CHARS, WORDINGS_MAX } from './index';

// A claim's wordings (ADR 0335): optional restatements the matcher reads; checked as any field is,
// in the bundled dataset, on the command line and on import.
const withWordings = (wordings: unknown): Dataset => {
  const d = structuredClone(dataset);
  (d.claims[0] as { wordings?: unknown }).wordings = wordings;
  return d;
};
const problemsOf = (d: unknown): string => {
  try {
    loadDataset(d);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('claim wordings in the schema', () => {
  it('accepts short one-line restatements, and a claim without any', () => {
    expect(problemsOf(withWordings(['Moscow said so on Friday', 'according to Moscow, it did']))).toBe('');
    expect(problemsOf(withWordings(undefined))).toBe('');
  });

  it('refuses a wording on two lines, too long, empty, or more than the limit', () => {
    expect(problemsOf(withWordings(['one line\nand another']))).toMatch(/claims\[0\]\.wordings\[0\]: must be one line/);
    expect(problemsOf(withWordings(['x'.repeat(WORDING_MAX_CHARS + 1)]))).toMatch(/claims\[0\]\.wordings\[0\]/);
    expect(problemsOf(withWordings(['  ']))).toMatch(/claims\[0\]\.wordings\[0\]/);
    expect(problemsOf(withWordings(Array.from({ length: WORDINGS_MAX + 1 }, (_, i) => `wording number ${i}`)))).toMatch(/at most 16 wordings/);
    expect(problemsOf(withWordings('a string, not a list'))).toMatch(/claims\[0\]\.wordings/);
  });

  it('refuses a wording that repeats the statement, a quote or another wording', () => {
    const claim = dataset.claims[0]!;
    expect(problemsOf(withWordings([claim.statement.toUpperCase()]))).toMatch(/claims\[0\]\.wordings\[0\]: repeats/);
    expect(problemsOf(withWordings([claim.evidence[0]!.quote]))).toMatch(/claims\[0\]\.wordings\[0\]: repeats/);
    expect(problemsOf(withWordings(['the same words', 'The same words']))).toMatch(/claims\[0\]\.wordings\[1\]: repeats/);
  });

  it('is checked the same way when a newsroom’s dataset is imported', async () => {
    await expect(importDatasetText(JSON.stringify(withWordings(['said on Friday, the ministry'])), 'own.json')).resolves.toMatchObject({ info: { format: 'native' } });
    await expect(importDatasetText(JSON.stringify(withWordings(['two\nlines'])), 'own.json')).rejects.toThrow(/own\.json: claims\[0\]\.wordings\[0\]/);
  });
});
