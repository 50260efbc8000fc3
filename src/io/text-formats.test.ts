import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/model';
import { CSV_COLUMNS, csvField, exportCsv, exportMarkdown } from './text-formats';
import { exportFile } from './index';

function annotation(fields: Partial<Annotation>): Annotation {
  const quote = fields.quote ?? 'a quote';
  return {
    id: 'aaaaaaaa',
    url: 'https://news.example.com/story',
    urlKey: 'news.example.com/story',
    title: 'Story',
    selectors: [{ type: 'TextQuoteSelector', exact: quote }],
    note: '',
    tags: [],
    color: 'yellow',
    quote,
    created: Date.UTC(2015, 9, 2, 14, 3),
    updated: Date.UTC(2015, 9, 2, 14, 3),
    ...fields,
  };
}

/** A strict RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('guards every formula-leading form: leading spaces, tabs, CR/LF, fullwidth signs; quotes cells holding separators', () => {
    // What a spreadsheet would run, however it is dressed.
    for (const value of [' =1+1', '  +CMD', '\t=1', '\r-1', '\n@SUM(A1)', '\u00a0=1', '\u3000=1', '\u0001=1', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝HYPERLINK("x")']) {
      const cell = csvField(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted.startsWith("'"), JSON.stringify(value)).toBe(true);
      expect(unquoted.slice(1)).toBe(value);
    }
    // Cells a semicolon- or tab-separated locale would split, and leading/trailing spaces a spreadsheet would trim: quoted.
    expect(csvField('a;=1+1')).toBe('"a;=1+1"');
    expect(csvField('a\t=1')).toBe('"a\t=1"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('a,b')).toBe('"a,b"');
    // Plain text and text with signs inside stays as it is.
    for (const value of ['plain', 'a=b', '3-2', 'x@y.z', '１２３']) expect(csvField(value)).toBe(value);
  });

  it('writes a header and one row per annotation that read back exactly', () => {
    const a = annotation({ note: 'line one\r\nline "two", three', tags: ['x', 'y z'], claimId: 'c-1', quote: '=1+1', selectors: [{ type: 'TextQuoteSelector', exact: '=1+1' }] });
    const text = exportCsv([a, annotation({ id: 'bbbbbbbb', title: 'Ümlaut, café' })]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual(['aaaaaaaa', '2015-10-02T14:03:00.000Z', '2015-10-02T14:03:00.000Z', a.url, 'Story', "'=1+1", 'line one\r\nline "two", three', 'x; y z', 'yellow', 'c-1']);
    expect(rows[2]![4]).toBe('Ümlaut, café');
    expect(rows).toHaveLength(3);
  });
});

describe('Markdown export', () => {
  it('groups by page, most recent page first, notes in reading order', () => {
    const older = annotation({ id: 'p1-second', quote: 'second passage', selectors: [{ type: 'TextQuoteSelector', exact: 'second passage' }, { type: 'TextPositionSelector', start: 50, end: 64 }], note: 'my note\nover two lines', tags: ['a', 'b'], created: Date.UTC(2015, 9, 3) });
    const first = annotation({ id: 'p1-first', quote: 'first passage', selectors: [{ type: 'TextQuoteSelector', exact: 'first passage' }, { type: 'TextPositionSelector', start: 5, end: 18 }], created: Date.UTC(2015, 9, 1) });
    const other = annotation({ id: 'p2', url: 'https://ledger.example/a (b)', urlKey: 'ledger.example/a (b)', title: 'A [bracketed] *title*', created: Date.UTC(2015, 9, 5) });
    const md = exportMarkdown([older, first, other], { generated: new Date(Date.UTC(2025, 0, 2)) });
    expect(md).toBe(
      [
        '# Crosscheck annotations',
        '',
        'Exported 2025-01-02: 3 annotations on 2 pages.',
        '',
        '## [A \\[bracketed\\] \\*title\\*](https://ledger.example/a%20%28b%29)',
        '',
        '> a quote',
        '',
        '*2015-10-05 00:00 UTC*',
        '',
        '## [Story](https://news.example.com/story)',
        '',
        '> first passage',
        '',
        '*2015-10-01 00:00 UTC*',
        '',
        '> second passage',
        '',
        'my note\nover two lines',
        '',
        '*2015-10-03 00:00 UTC · tags: `a`, `b`*',
        '',
      ].join('\n'),
    );
  });
});

describe('exportFile', () => {
  it('names files by format and date', () => {
    const when = new Date(Date.UTC(2025, 5, 7));
    expect(exportFile('jsonld', [], when)).toMatchObject({ filename: 'crosscheck-annotations-2025-06-07.jsonld', mimeType: 'application/ld+json' });
    expect(exportFile('markdown', [], when).filename).toBe('crosscheck-annotations-2025-06-07.md');
    expect(exportFile('csv', [], when).text).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('Markdown names a linked known claim in words', () => {
  const linked = annotation({ claimId: 'mod-four-days-of-strikes', note: 'see the ministry' });

  it('gives the known claim’s wording, never its id', () => {
    const text = exportMarkdown([linked], { claimText: (id) => (id === 'mod-four-days-of-strikes' ? 'Russia has struck for four days' : undefined) });
    expect(text).toContain('linked to the known claim “Russia has struck for four days”');
    expect(text).not.toContain('mod-four-days-of-strikes');
  });

  it('says only that a claim is linked when its wording is not at hand', () => {
    const text = exportMarkdown([linked]);
    expect(text).toContain('linked to a known claim');
    expect(text).not.toContain('mod-four-days-of-strikes');
  });
});
