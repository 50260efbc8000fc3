import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/bundled';
import { createLookup } from '../../src/dataset/lookup';
import { plainReason, sourceLine, unquote } from './explain';

const lookup = createLookup(dataset);
const someClaim = dataset.claims[0]!;

describe('plain reasons', () => {
  it.each([
    ['different figure: 30 vs 12 militants killed (Syrian Observatory for Human Rights)', 'The figures differ: this page says 30 militants killed; Syrian Observatory for Human Rights said 12.'],
    ['opposite polarity: Sergei Lavrov denies this', 'Sergei Lavrov denied what this sentence says.'],
    ['opposite polarity: denies what the reporter states', 'This sentence denies what the report said.'],
    ['same account; source: the reporter', 'The report said the same.'],
    ['same figure: 12 militants killed; source: Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights gave the same figure: 12 militants killed.'],
    ['reversed attribution: here Turkey makes the claim; in the reports it is Russia\'s', 'Who said it differs: here it is Turkey; in the known reports it is Russia.'],
    ['same topic; shared actors: Russia, Syria', 'On the same subject, about Russia, Syria.'],
  ])('%s', (reason, plain) => {
    expect(plainReason(reason, lookup)).toBe(plain);
  });

  it('names the claim behind a "via" reason by what it says, never by its id', () => {
    const text = plainReason(`opposite account (via ${someClaim.id}): opposite polarity: x`, lookup)!;
    expect(text).toContain(someClaim.statement);
    expect(text).not.toContain(someClaim.id);
  });

  it('leaves out a reason it cannot say plainly', () => {
    expect(plainReason('lexical 0.71 bm25', lookup)).toBeNull();
  });
});

describe('sources', () => {
  it('are named by outlet, date and full headline, never by file or number', () => {
    for (const source of dataset.sources) {
      const line = sourceLine(lookup, source.id);
      expect(line).toContain(unquote(source.headline));
      expect(line).toMatch(/\d{4}/);
      expect(line).not.toContain(source.id);
      expect(line).not.toMatch(/\.txt|report \d/i);
    }
  });

  it('quotes once', () => {
    expect(unquote('“We hit the command post”')).toBe('We hit the command post');
    expect(unquote('"We hit it"')).toBe('We hit it');
  });
});

describe('apostrophes', () => {
  it('are kept at the end of a quote', () => {
    expect(unquote('the homes of the militants’')).toBe('the homes of the militants’');
    expect(unquote('‘We hit it’')).toBe('We hit it');
  });
});
