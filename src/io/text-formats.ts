/**
 * Exports for people and spreadsheets: Markdown grouped by page, and CSV
 * (RFC 4180) guarded against formula injection.
 */
import { positionSelector, type Annotation } from '../annotations/model';
import { showInvisible } from '../text/visible-controls';

// ---------------------------------------------------------------- Markdown

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|!&~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

function linkTarget(url: string): string {
  return url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC');
}

/**
 * The reader's words and the page's quote as inert Markdown text: every
 * character a renderer would read as HTML, an entity, a link or image, code,
 * emphasis or a table is backslash-escaped (CommonMark lets any ASCII
 * punctuation be escaped); `://` is broken so that GFM does not autolink a
 * bare address; markers that would start a list, heading or rule at the start
 * of a line are escaped. Line breaks are kept.
 */
export function escapeBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]()<>#|!&~{}]/g, (c) => `\\${c}`)
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
        .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, marker: string) => `${space}${/\d/.test(marker) ? `${marker}\\` : `\\${marker}`}`),
    )
    .join('\n');
}

/** Indents every line of a block (notes keep their own line breaks). */
function blockquote(text: string): string {
  return escapeBlock(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

export interface MarkdownOptions {
  generated?: Date;
  /** The known claim's wording for a linked note; Markdown is read by people, so it never shows a claim id. */
  claimText?: (claimId: string) => string | undefined;
}

export function exportMarkdown(annotations: readonly Annotation[], options: MarkdownOptions = {}): string {
  const pages = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = pages.get(a.urlKey);
    if (list) list.push(a);
    else pages.set(a.urlKey, [a]);
  }
  // Pages with the most recent note first; within a page, in reading order.
  const latest = (list: Annotation[]) => Math.max(...list.map((a) => a.created));
  const ordered = [...pages.values()].sort((a, b) => latest(b) - latest(a));
  const at = (a: Annotation) => positionSelector(a.selectors)?.start ?? Number.MAX_SAFE_INTEGER;

  const generated = (options.generated ?? new Date()).toISOString().slice(0, 10);
  const out: string[] = [
    '# Crosscheck annotations',
    '',
    `Exported ${generated}: ${annotations.length} annotation${annotations.length === 1 ? '' : 's'} on ${ordered.length} page${ordered.length === 1 ? '' : 's'}.`,
  ];
  for (const list of ordered) {
    list.sort((a, b) => at(a) - at(b) || a.created - b.created);
    const head = list[0]!;
    const title = escapeInline(showInvisible(head.title)) || escapeInline(head.urlKey);
    out.push('', `## [${title}](${linkTarget(head.url)})`);
    for (const a of list) {
      out.push('', blockquote(a.quote));
      if (a.note) out.push('', escapeBlock(a.note));
      const meta = [utcStamp(a.created)];
      if (a.tags.length) meta.push(`tags: ${a.tags.map((t) => `\`${showInvisible(t).replace(/`/g, "'")}\``).join(', ')}`);
      if (a.claimId) {
        const known = options.claimText?.(a.claimId);
        meta.push(known ? `linked to the known claim “${escapeInline(showInvisible(known))}”` : 'linked to a known claim');
      }
      out.push('', `*${meta.join(' · ')}*`);
    }
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = ['id', 'created', 'updated', 'url', 'title', 'quote', 'note', 'tags', 'color', 'claimId'] as const;

/**
 * Text a spreadsheet may run as a formula: = + - @ (or their fullwidth forms
 * ＝ ＋ － ＠, which some spreadsheets fold), also after leading spaces, tabs,
 * line breaks or other control characters (which spreadsheets trim), and a
 * leading tab or carriage return by itself.
 */
const FORMULA = /^[\s\u0000-\u001f\u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/**
 * One CSV field. A formula-leading field is prefixed with an apostrophe; every
 * field holding a quote, a separator a spreadsheet may use (`,` `;` tab), a
 * line break or leading/trailing space is quoted with inner quotes doubled
 * (RFC 4180), so no locale splits it into cells that start a formula.
 */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header row, CRLF line ends, and a UTF-8 byte order mark so spreadsheets read accents right. */
export function exportCsv(annotations: readonly Annotation[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const a of annotations) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: a.id,
      created: new Date(a.created).toISOString(),
      updated: new Date(a.updated).toISOString(),
      url: a.url,
      title: showInvisible(a.title),
      quote: a.quote,
      note: a.note,
      tags: a.tags.map(showInvisible).join('; '),
      color: a.color,
      claimId: a.claimId ?? '',
    };
    rows.push(CSV_COLUMNS.map((c) => csvField(cells[c])).join(','));
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
