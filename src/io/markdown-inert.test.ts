/**
 * Markdown exports are inert: whatever a reader typed into a note (or a page
 * put into a quote), a CommonMark renderer with raw HTML allowed turns it into
 * text — no element, no link, no image that the export did not write itself.
 */
import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/model';
import { escapeBlock, exportMarkdown } from './text-formats';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click me](javascript:alert(1))',
  '![tracker](https://evil.example/t.png)',
  '<https://evil.example/>',
  'see https://evil.example/path and www.evil.example',
  '[ref]: https://evil.example/ref\n[ref]',
  '&lt;b&gt; &#60;i&#62;',
  '<div>\nblock html\n</div>',
  '# heading\n- item\n1. numbered\n> quote\n---\n=== ',
  '`code` *em* _em_ ~~strike~~ | a | b |',
];

function annotation(note: string, quote = 'the strikes near Raqqa'): Annotation {
  return {
    id: 'aaaaaaaa',
    url: 'https://news.example.com/story',
    urlKey: 'news.example.com/story',
    title: 'Story',
    selectors: [{ type: 'TextQuoteSelector', exact: quote }],
    note,
    tags: ['<b>tag</b>'],
    color: 'yellow',
    quote,
    created: Date.UTC(2015, 9, 2),
    updated: Date.UTC(2015, 9, 2),
  };
}

const render = (md: string) => new HtmlRenderer({ safe: false }).render(new Parser().parse(md));
/** Every element the renderer produced, by name, and every link target. */
function elements(html: string) {
  return { tags: [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]!), links: [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!) };
}
/** What the export itself writes around a plain note. */
const baseline = elements(render(exportMarkdown([annotation('x')])));

describe('Markdown export is inert', () => {
  it.each(HOSTILE)('renders a note and quote holding %j as text, with no element or link of their own', (note) => {
    const html = render(exportMarkdown([annotation(note, note)]));
    const seen = elements(html);
    expect(seen.links).toEqual(baseline.links);
    for (const tag of seen.tags) expect(['h1', 'h2', 'p', 'a', 'blockquote', 'em', 'code', 'br']).toContain(tag);
    // The reader's words are all there, as text.
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    for (const word of note.split(/\s+/).filter(Boolean)) expect(text).toContain(word);
  });

  it('any note text: only the elements and links the export writes itself (500 seeded cases)', () => {
    const piece = fc.constantFrom(...'<>[]()!&#;*_`~|\\-+=.:/ \nabcx1'.split(''), 'javascript:', 'https://', 'www.', '<img ', '<a href=', '&lt;');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), (note) => {
        const seen = elements(render(exportMarkdown([annotation(note.trim() || 'x')])));
        expect(seen.links).toEqual(baseline.links);
        for (const tag of seen.tags) expect(['h1', 'h2', 'p', 'a', 'blockquote', 'em', 'code', 'br']).toContain(tag);
      }),
      { numRuns: 500, seed: 12 },
    );
  });

  it('leaves plain words as they are', () => {
    expect(escapeBlock('Moscow said 141 sorties were flown.')).toBe('Moscow said 141 sorties were flown.');
    expect(escapeBlock('<b>x</b>')).toBe('\\<b\\>x\\</b\\>');
  });
});
