import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AnnotationSchema, NewAnnotationSchema } from '../annotations/model';
import { normaliseTag, showInvisible, tagKey, uniqueTags } from './visible-controls';

describe('invisible characters in titles and tags', () => {
  it('shows bidi controls and zero-width characters as visible tokens', () => {
    expect(showInvisible('Title \u202Egnp.exe')).toBe('Title ⟨U+202E⟩gnp.exe');
    expect(showInvisible('news\u200B')).toBe('news⟨U+200B⟩');
    expect(showInvisible('a\u2066b\u2069c\u200Fd\uFEFF')).toBe('a⟨U+2066⟩b⟨U+2069⟩c⟨U+200F⟩d⟨U+FEFF⟩');
    expect(showInvisible('plain, accents: café, عربى')).toBe('plain, accents: café, عربى');
  });

  it('normalises tags so that two visually identical tags are one', () => {
    expect(normaliseTag('  news\u200B ')).toBe('news');
    expect(normaliseTag('ｎｅｗｓ')).toBe('news'); // fullwidth → NFKC
    expect(normaliseTag('ne\u200Dws')).toBe('news');
    expect(normaliseTag('two   words')).toBe('two words');
    expect(tagKey('News')).toBe(tagKey('news\u200B'));
    expect(uniqueTags(['news', 'News', 'news\u200B', 'ｎｅｗｓ', 'syria', '\u200B'])).toEqual(['news', 'syria']);
    // A bidi control is not dropped silently: it stays, and is shown.
    expect(normaliseTag('\u202Enews')).toBe('\u202Enews');
  });

  it('applies to every annotation that reaches the database (saves, edits, imports, stored rows)', () => {
    const input = {
      url: 'https://news.example.com/a',
      urlKey: 'news.example.com/a',
      selectors: [{ type: 'TextQuoteSelector', exact: 'x' }],
      tags: ['news', 'news\u200B', 'ＮＥＷＳ', ' syria '],
    };
    expect(v.parse(NewAnnotationSchema, input).tags).toEqual(['news', 'syria']);
    const stored = { ...input, id: 'abcdefgh', quote: 'x', created: 1, updated: 1, title: '', note: '', color: 'yellow' };
    expect(v.parse(AnnotationSchema, stored).tags).toEqual(['news', 'syria']);
    expect(v.safeParse(NewAnnotationSchema, { ...input, tags: ['\u200B\u200B'] }).success).toBe(false);
  });
});
