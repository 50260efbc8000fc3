import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorMany, describe } from './index';
import type { Anchor, Selector } from './types';

const ARTICLE = [
  'The city council voted on Tuesday to close the Old Mill bridge to all traffic from next month.',
  'The mayor said the bridge was unsafe after engineers found cracks in two of its supports.',
  'Residents said the bridge was loved by generations of families and deserved to be repaired.',
  'A petition to keep the bridge open has gathered more than four thousand signatures since May.',
  'The mayor said the vote was final and that repairs would cost more than a new crossing.',
  'Opposition councillors said the figures had not been published and asked for an independent review.',
].join(' ');

function select(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture: "${quote}" not found`);
  return describe(text, start, start + quote.length);
}

function quoted(text: string, a: Anchor | null): string | null {
  return a ? text.slice(a.start, a.end) : null;
}

suite('describe', () => {
  it('produces W3C quote and position selectors with 32 characters of context', () => {
    const s = select(ARTICLE, 'the bridge was unsafe');
    expect(s.quote.type).toBe('TextQuoteSelector');
    expect(s.position?.type).toBe('TextPositionSelector');
    expect(s.quote.exact).toBe('the bridge was unsafe');
    expect(s.quote.prefix).toHaveLength(32);
    expect(s.quote.suffix).toHaveLength(32);
    expect(ARTICLE.slice(s.position!.start - 32, s.position!.end + 32)).toBe(`${s.quote.prefix}${s.quote.exact}${s.quote.suffix}`);
  });

  it('clips context at the document edges and honours contextLength', () => {
    const s = describe('Hello world', 0, 5, { contextLength: 4 });
    expect(s.quote).toEqual({ type: 'TextQuoteSelector', exact: 'Hello', prefix: '', suffix: ' wor' });
    expect(describe('Hello world', 6, 11).quote.suffix).toBe('');
  });

  it('does not split a surrogate pair in the context', () => {
    const text = 'ab😀cdef';
    const s = describe(text, 4, 5, { contextLength: 1 }); // context would start in the middle of 😀
    expect(s.quote.prefix).toBe('');
    const t = describe(text, 0, 2, { contextLength: 1 });
    expect(t.quote.suffix).toBe('');
  });

  it('rejects empty or out-of-range selections', () => {
    expect(() => describe('abc', 1, 1)).toThrow(RangeError);
    expect(() => describe('abc', -1, 2)).toThrow(RangeError);
    expect(() => describe('abc', 0, 4)).toThrow(RangeError);
  });

  it('is JSON-serialisable as-is', () => {
    const s = select(ARTICLE, 'the vote was final');
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

suite('anchor: stored position', () => {
  it('uses the stored position when the text is unchanged', () => {
    const s = select(ARTICLE, 'the bridge was unsafe');
    expect(anchor(ARTICLE, s)).toEqual({ start: s.position!.start, end: s.position!.end, method: 'position', score: 1 });
  });

  it('also accepts a W3C selector list', () => {
    const s = select(ARTICLE, 'engineers found cracks');
    const list: Selector[] = [s.position!, s.quote];
    expect(anchor(ARTICLE, list)).toMatchObject({ start: s.position!.start, method: 'position' });
    expect(anchor(ARTICLE, [s.quote])).toMatchObject({ start: s.position!.start, method: 'exact' });
    expect(anchor(ARTICLE, [s.position!])).toBeNull();
  });

  it('does not trust the position of a short quote whose context changed', () => {
    const s = select(ARTICLE, 'mayor', 0);
    // Same offsets now hold "mayor" in a different sentence.
    const text = ARTICLE.replace('The city council voted on Tuesday to close the Old Mill bridge', 'XXXX');
    const shifted = `${text.slice(0, s.position!.start)}mayor${text.slice(s.position!.start + 5)}`;
    expect(shifted.slice(s.position!.start, s.position!.end)).toBe('mayor');
    const a = anchor(shifted, s);
    expect(a?.method).not.toBe('position');
  });
});

suite('anchor: exact search', () => {
  it('finds the quote after text was inserted before it', () => {
    const s = select(ARTICLE, 'deserved to be repaired');
    const text = `UPDATED 10:42. ${ARTICLE}`;
    const a = anchor(text, s);
    expect(a).toMatchObject({ method: 'exact', start: s.position!.start + 15 });
    expect(a!.score).toBeGreaterThan(0.9);
  });

  it('picks the right one of duplicated passages by its context', () => {
    // "The mayor said the" occurs twice; the second one is wanted.
    const s = select(ARTICLE, 'The mayor said the', 1);
    const text = `Live: ${ARTICLE}`;
    const a = anchor(text, s);
    expect(a).toMatchObject({ method: 'exact', start: s.position!.start + 6 });
  });

  it('picks the duplicate by context even when the stored position points at the other one', () => {
    const s = select(ARTICLE, 'The mayor said the', 1);
    const first = ARTICLE.indexOf('The mayor said the');
    const a = anchor(ARTICLE, { quote: s.quote, position: { type: 'TextPositionSelector', start: first, end: first + 18 } });
    expect(a?.start).toBe(s.position!.start);
  });

  it('uses proximity to the stored position when context cannot tell duplicates apart', () => {
    const para = 'Same words here, same words there. ';
    const text = para.repeat(6);
    const s = describe(text, para.length * 3, para.length * 3 + 15);
    const a = anchor(`>> ${text}`, s);
    expect(a).toMatchObject({ start: para.length * 3 + 3, method: 'exact' });
  });
});

suite('anchor: fuzzy', () => {
  it('re-attaches after a typo is fixed inside the quote', () => {
    const text = ARTICLE.replace('engineers found cracks', 'enginers found crack');
    const s = select(text, 'after enginers found crack in two of its supports');
    const a = anchor(`Correction appended. ${ARTICLE}`, s);
    expect(a?.method).toBe('fuzzy');
    expect(quoted(`Correction appended. ${ARTICLE}`, a)).toBe('after engineers found cracks in two of its supports');
  });

  it('re-attaches after an edit next to the quote (context changed, quote intact)', () => {
    const s = select(ARTICLE, 'a petition to keep the bridge open'.replace('a p', 'A p'));
    const text = ARTICLE.replace('deserved to be repaired. A petition', 'deserved, they said, to be repaired. A petition');
    const a = anchor(text, s);
    expect(quoted(text, a)).toBe('A petition to keep the bridge open');
  });

  it('re-attaches a long quote that was reworded in a few places', () => {
    const s = select(ARTICLE, 'Opposition councillors said the figures had not been published and asked for an independent review.');
    const text = ARTICLE.replace('had not been published', 'have not been published').replace('an independent', 'a fully independent');
    const a = anchor(text, s);
    expect(a?.method).toBe('fuzzy');
    expect(a!.score).toBeGreaterThan(0.8);
    expect(a!.score).toBeLessThan(1);
    expect(text.slice(a!.start, a!.end)).toMatch(/^Opposition councillors said the figures have not been published and asked for a fully independent review\.?$/);
  });

  it('finds an edited quote by its context even when a verbatim copy sits elsewhere', () => {
    // The quote is also repeated verbatim in an unrelated pull-quote at the end.
    const base = `${ARTICLE} Pull quote: "repairs would cost more than a new crossing"`;
    const s = select(base, 'repairs would cost more than a new crossing', 0);
    const text = base.replace('and that repairs would cost more', 'and that repairs would now cost more');
    const a = anchor(text, s);
    expect(a?.start).toBe(text.indexOf('repairs would now cost'));
  });

  it('anchors a short quote edited in place when its context agrees', () => {
    const s = select(ARTICLE, 'four thousand');
    const text = ARTICLE.replace('four thousand', 'four thousands');
    const a = anchor(text, s);
    expect(a).not.toBeNull();
    expect(quoted(text, a)).toMatch(/^four thousands?$/);
  });
});

suite('anchor: short quotes and orphans', () => {
  it('refuses a short quote whose context no longer agrees, even though the word exists elsewhere', () => {
    const s = select(ARTICLE, 'unsafe');
    const text = ARTICLE.replace('The mayor said the bridge was unsafe after engineers found cracks in two of its supports.', 'Engineers are worried.');
    const other = `${text} Critics called the plan unsafe.`;
    expect(anchor(other, s)).toBeNull();
  });

  it('refuses a merely similar short quote', () => {
    const s = select(ARTICLE, 'on Tuesday');
    const text = ARTICLE.replace('voted on Tuesday to close', 'met to discuss').concat(' A vote on Thursday is expected.');
    expect(anchor(text, s)).toBeNull();
  });

  it('refuses a short quote when the context changed right next to it on both sides (by design)', () => {
    const s = select(ARTICLE, 'unsafe');
    const text = ARTICLE.replace('the bridge was unsafe after engineers', 'the bridge is unsafe, say engineers');
    expect(anchor(text, s)).toBeNull();
    // One side intact is enough.
    const oneSide = ARTICLE.replace('unsafe after engineers', 'unsafe, say engineers');
    expect(quoted(oneSide, anchor(oneSide, s))).toBe('unsafe');
  });

  it('refuses a short quote with no stored context', () => {
    expect(anchor(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: 'mayor' } })).toBeNull();
    expect(anchor(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: 'mayor', prefix: '', suffix: '' } })).toBeNull();
  });

  it('anchors a short quote at the document edges (empty context means the edge)', () => {
    const s = describe(ARTICLE, 0, 3);
    expect(anchor(`${ARTICLE} More.`, s)).toMatchObject({ start: 0, end: 3, method: 'position' });
    expect(anchor('Hello', describe('Hello', 0, 5))).toMatchObject({ start: 0, end: 5 });
  });

  it('orphans a note whose passage was removed', () => {
    const s = select(ARTICLE, 'the bridge was unsafe');
    const text = ARTICLE.replace('The mayor said the bridge was unsafe after engineers found cracks in two of its supports. ', '');
    expect(anchor(text, s)).toBeNull();
  });

  it('orphans a medium quote whose only look-alike is a different statement', () => {
    const s = select(ARTICLE, 'the bridge was unsafe after engineers');
    const text = ARTICLE.replace('The mayor said the bridge was unsafe after engineers found cracks in two of its supports. ', '') + ' Others said the bridge was safe after engineers checked it.';
    expect(anchor(text, s)).toBeNull();
  });

  it('orphans everything on an unrelated page', () => {
    const s = select(ARTICLE, 'A petition to keep the bridge open has gathered more than four thousand signatures');
    expect(anchor('Weather: sunny with light winds, highs of 21 degrees.', s)).toBeNull();
    expect(anchor('', s)).toBeNull();
  });

  it('rejects an empty quote', () => {
    expect(anchor(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '', prefix: 'a', suffix: 'b' } })).toBeNull();
  });
});

suite('anchorMany', () => {
  const notes = [
    select(ARTICLE, 'close the Old Mill bridge'),
    select(ARTICLE, 'unsafe'),
    select(ARTICLE, 'The mayor said the', 1),
    select(ARTICLE, 'four thousand signatures'),
    select(ARTICLE, 'independent review'),
  ];

  it('returns results in input order, matching anchor()', () => {
    const text = `Breaking. ${ARTICLE.replace('four thousand signatures', 'four thousand signatures (and counting)')}`;
    const many = anchorMany(text, notes);
    expect(many).toHaveLength(notes.length);
    many.forEach((a, i) => {
      expect(a).not.toBeNull();
      expect(quoted(text, a)).toBe(notes[i]!.quote.exact);
      expect(a!.start).toBe(anchor(text, notes[i]!)!.start);
    });
  });

  it('orphans only the removed note', () => {
    const text = ARTICLE.replace('Opposition councillors said the figures had not been published and asked for an independent review.', '');
    const many = anchorMany(text, notes);
    expect(many.map((a) => a !== null)).toEqual([true, true, true, true, false]);
  });

  it('handles notes without a stored position and an empty list', () => {
    expect(anchorMany(ARTICLE, [])).toEqual([]);
    const long = select(ARTICLE, 'petition to keep the bridge open');
    expect(anchorMany(ARTICLE, [{ quote: long.quote }])[0]).toMatchObject({ start: long.position!.start, method: 'exact' });
  });
});

suite('anchor: options', () => {
  it('uses a hint as the expected position (for proximity between look-alikes)', () => {
    const para = 'Same words here, same words there. ';
    const text = para.repeat(6);
    const s = describe(text, para.length * 3, para.length * 3 + 15);
    const { position: _position, ...quoteOnly } = s;
    expect(anchor(text, quoteOnly, { hint: para.length * 4 })?.start).toBe(para.length * 4);
    expect(anchor(text, quoteOnly, { hint: Number.NaN })).not.toBeNull();
  });

  it('treats quotes below shortQuoteLength as short', () => {
    const s = select(ARTICLE, 'the bridge was unsafe'); // 21 characters
    const text = ARTICLE.replace('The mayor said the bridge was unsafe after', 'A report: the bridge was unsafe, it said, after');
    expect(anchor(text, s)).not.toBeNull();
    expect(anchor(text, s, { shortQuoteLength: 30 })).toBeNull();
  });
});

suite('anchor: a sentence touched up in place', () => {
  it('re-attaches an edited quote whose other side was rewritten, when one side is intact', () => {
    const before = 'The Observatory, which tracks the war from Britain, said the strikes near Raqqa killed 12 militants.\n\nTurkish officials disagreed.';
    const quote = 'the strikes near Raqqa killed 12 militants';
    const start = before.indexOf(quote);
    const selectors = describe(before, start, start + quote.length);
    const after = 'UPDATED: The Observatory, which monitors the conflict from the UK, said the strikes near Raqqa had killed 12 militants.\n\nTurkish officials disagreed.';
    const found = anchor(after, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(after.slice(found!.start, found!.end)).toBe('the strikes near Raqqa had killed 12 militants');
  });
});
