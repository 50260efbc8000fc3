// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import { sampleAnnotations } from '../../src/db/sample-annotations';
import { exportFile, parseAnnotationFile } from '../../src/io';
import { exportInParts } from '../../src/io/batched';
import type { ExportFile } from '../../src/io/formats';
import { createLibrarySearch } from '../../src/search/library-search';
import type { ActorAliases } from '../../src/search/mentions';
import { CallError } from '../shared/messages';
import type { LibraryApi } from './api';
import { App, PAGE_SIZE } from './App';
import { dateBounds } from './Filters';

const ACTORS: ActorAliases[] = [
  { id: 'russia', name: 'Russia', aliases: ['Russia', 'Russian Federation', 'Kremlin'] },
  { id: 'hezbollah', name: 'Hezbollah', aliases: ['Hezbollah'] },
];

/** The library interface over an in-memory list, with the real search and import code. */
function fakeApi(initial: Annotation[]) {
  let records = [...initial];
  const search = createLibrarySearch({ actors: ACTORS });
  search.reset(records);
  const saved: ExportFile[] = [];
  const backups: number[] = [];
  const api: LibraryApi = {
    query: vi.fn(async (q) => search.query(q)),
    changedNotes: async () => ({ 'note-0003': Date.UTC(2015, 9, 6) }),
    facets: async () => search.facets(),
    deleteMany: vi.fn(async (ids) => {
      const gone = records.filter((a) => ids.includes(a.id));
      records = records.filter((a) => !ids.includes(a.id));
      search.remove(...ids);
      return gone;
    }),
    restore: vi.fn(async (list) => {
      records.push(...list);
      search.upsert(...list);
      return { restored: list.length };
    }),
    exportFile: async (format, ids) =>
      exportInParts(format, async () => ({ annotations: ids ? records.filter((a) => ids.includes(a.id)) : records, unreadable: 0, next: null }), new Date(Date.UTC(2025, 0, 2))),
    importText: async (text) => {
      try {
        const parsed = parseAnnotationFile(text);
        const fresh = parsed.records.filter((a) => !search.has(a.id));
        records.push(...fresh);
        search.upsert(...fresh);
        return { added: fresh.length, duplicates: parsed.records.length - fresh.length, repeated: 0, unsupported: parsed.unsupported };
      } catch (error) {
        throw new CallError('invalid', (error as Error).message);
      }
    },
    save: async (file) => void saved.push({ filename: file.filename, mimeType: file.mimeType, text: file.parts.join('') }),
    backupDone: async (at) => void backups.push(at),
    unreadableRows: async () => [],
  };
  return { api, saved, backups, records: () => records };
}

function note(id: string, fields: Partial<Annotation>): Annotation {
  const quote = fields.quote ?? 'a quoted passage';
  return {
    id,
    url: 'https://news.example.com/story',
    urlKey: 'news.example.com/story',
    title: 'A story',
    selectors: [{ type: 'TextQuoteSelector', exact: quote }],
    note: '',
    tags: [],
    color: 'yellow',
    quote,
    created: Date.UTC(2015, 9, 2),
    updated: Date.UTC(2015, 9, 2),
    ...fields,
  };
}

const FIXTURES = [
  note('note-0001', { quote: 'the raids near Raqqa killed 12', note: 'compare with SOHR figures', tags: ['casualties'], created: Date.UTC(2015, 9, 1), published: '2015-10-02' }),
  note('note-0002', { quote: 'the Kremlin denied it', note: 'a denial', tags: ['denial'], created: Date.UTC(2015, 9, 3), url: 'https://ledger.example/x', urlKey: 'ledger.example/x', title: 'Ledger story' }),
  note('note-0003', { quote: 'Hezbollah fighters joined', note: 'ground offensive', tags: ['casualties', 'ground'], created: Date.UTC(2015, 9, 5), published: '2015-09-30' }),
];

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function waitFor(check: () => void, timeout = 2_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(() => new Promise((r) => setTimeout(r, 10)));
    }
  }
}

const shown = () => [...root.querySelectorAll<HTMLElement>('[data-annotation-id]')].map((el) => el.dataset.annotationId);
const $ = <T extends Element = HTMLElement>(selector: string) => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`not found: ${selector}`);
  return el;
};

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(select: HTMLSelectElement | HTMLInputElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function click(el: HTMLElement) {
  await act(() => el.click());
}

function buttonNamed(name: RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('library page', () => {
  it('lists everything newest first, then searches as you type (debounced)', async () => {
    const { api } = fakeApi(FIXTURES);
    await act(() => render(<App api={api} />, root));
    await waitFor(() => expect(shown()).toEqual(['note-0003', 'note-0002', 'note-0001']));
    expect($('.total').textContent).toBe('3 annotations');
    expect($('[role="search"] input').getAttribute('type')).toBe('search');

    const calls = (api.query as ReturnType<typeof vi.fn>).mock.calls.length;
    const box = $<HTMLInputElement>('#library-search');
    await type(box, 'c');
    await type(box, 'co');
    await type(box, 'compare');
    await waitFor(() => expect(shown()).toEqual(['note-0001']));
    // Three keystrokes, one query.
    expect((api.query as ReturnType<typeof vi.fn>).mock.calls.length).toBe(calls + 1);
    expect($('#results-heading').textContent).toContain('1 match');

    await type(box, 'russia'); // an actor, found through the alias "Kremlin"
    await waitFor(() => expect(shown()).toEqual(['note-0002']));
    expect($('[data-annotation-id="note-0002"] .actor').textContent).toBe('Russia');

    await type(box, 'zzzz');
    await waitFor(() => expect($('.empty').textContent).toMatch(/Nothing matches/));
  });

  it('filters by tag, actor, site and date', async () => {
    const { api } = fakeApi(FIXTURES);
    await act(() => render(<App api={api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(3));
    await waitFor(() => expect(root.querySelectorAll('select[name="tag"] option')).toHaveLength(4));
    expect($('select[name="tag"] option:nth-child(2)').textContent).toBe('casualties (2)');

    await choose($<HTMLSelectElement>('select[name="tag"]'), 'casualties');
    await waitFor(() => expect(shown()).toEqual(['note-0003', 'note-0001']));
    await choose($<HTMLSelectElement>('select[name="actor"]'), 'hezbollah');
    await waitFor(() => expect(shown()).toEqual(['note-0003']));
    await click(buttonNamed(/Clear filters/));
    await waitFor(() => expect(shown()).toHaveLength(3));

    await choose($<HTMLSelectElement>('select[name="site"]'), 'ledger.example');
    await waitFor(() => expect(shown()).toEqual(['note-0002']));
    await click(buttonNamed(/Clear filters/));

    await choose($<HTMLInputElement>('input[name="from"]'), '2015-10-02');
    await choose($<HTMLInputElement>('input[name="to"]'), '2015-10-04');
    await waitFor(() => expect(shown()).toEqual(['note-0002']));
    // the same days, now of the articles' publication (a note whose article gave no date is left out)
    await choose($<HTMLSelectElement>('select[name="dateOf"]'), 'article');
    await waitFor(() => expect(shown()).toEqual(['note-0001']));
    await choose($<HTMLInputElement>('input[name="from"]'), '2015-09-01');
    await waitFor(() => expect(shown()).toEqual(['note-0003', 'note-0001']));
  });

  it('deletes the selection and undoes it from the toast', async () => {
    const fake = fakeApi(FIXTURES);
    await act(() => render(<App api={fake.api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(3));
    expect(buttonNamed(/Delete selected/).disabled).toBe(true);

    await click($('[data-annotation-id="note-0001"] input[type="checkbox"]'));
    await click($('[data-annotation-id="note-0003"] input[type="checkbox"]'));
    expect(buttonNamed(/Delete selected/).textContent).toBe('Delete selected (2)');
    await click(buttonNamed(/Delete selected/));
    await waitFor(() => expect(shown()).toEqual(['note-0002']));
    expect($('.toast').textContent).toContain('Deleted 2 annotations.');
    expect($('.toast').getAttribute('role')).toBe('status');

    await click(buttonNamed(/^Undo$/));
    await waitFor(() => expect(shown()).toEqual(['note-0003', 'note-0002', 'note-0001']));
    expect(fake.api.restore).toHaveBeenCalledTimes(1);
    expect(fake.records().find((a) => a.id === 'note-0001')).toEqual(FIXTURES[0]);
  });

  it('moves between results with the keyboard, selects with Space and deletes with Delete', async () => {
    const { api } = fakeApi(FIXTURES);
    await act(() => render(<App api={api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(3));
    const items = () => [...root.querySelectorAll<HTMLElement>('[data-result]')];
    expect(items().map((el) => el.tabIndex)).toEqual([0, -1, -1]);

    const key = (el: HTMLElement, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    await key($('#library-search'), 'ArrowDown');
    expect(document.activeElement).toBe(items()[0]);
    await key(items()[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(items()[1]);
    await key(items()[1]!, 'End');
    expect(document.activeElement).toBe(items()[2]);
    await key(items()[2]!, ' ');
    expect(items()[2]!.classList.contains('selected')).toBe(true);
    await key(items()[2]!, 'Delete');
    await waitFor(() => expect(shown()).toEqual(['note-0003', 'note-0002']));

    await key(document.body, '/');
    expect(document.activeElement).toBe($('#library-search'));
  });

  it('exports the library, or the selection, as a file download', async () => {
    const fake = fakeApi(FIXTURES);
    await act(() => render(<App api={fake.api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(3));
    await click($('button[data-format="jsonld"]'));
    await waitFor(() => expect(fake.saved).toHaveLength(1));
    expect(fake.saved[0]!.filename).toBe('crosscheck-annotations-2025-01-02.jsonld');
    expect(parseAnnotationFile(fake.saved[0]!.text).records).toHaveLength(3);

    await click($('[data-annotation-id="note-0002"] input[type="checkbox"]'));
    await click($('button[data-format="csv"]'));
    await waitFor(() => expect(fake.saved).toHaveLength(2));
    expect(fake.saved[1]!.text.trim().split('\r\n')).toHaveLength(2);
    expect($('.notice').textContent).toContain('Exported 1 selected annotation as crosscheck-annotations-2025-01-02.csv');
  });

  it('imports a file and reports counts; a broken file shows the error and changes nothing', async () => {
    const fake = fakeApi(FIXTURES.slice(0, 1));
    await act(() => render(<App api={fake.api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(1));
    const input = $<HTMLInputElement>('input[type="file"]');
    const pick = (file: File) =>
      act(() => {
        Object.defineProperty(input, 'files', { value: [file], configurable: true });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });

    const good = exportFile('jsonld', FIXTURES).text;
    await pick(new File([good], 'mine.jsonld'));
    await waitFor(() => expect($('.notice').textContent).toContain('Imported 2 annotations from “mine.jsonld”. 1 annotation was already in your library (skipped as duplicates).'));
    await waitFor(() => expect(shown()).toHaveLength(3));

    const broken = JSON.parse(good);
    broken.first.items[1].target.selector[0].exact = '';
    const before = [...fake.records()];
    await pick(new File([JSON.stringify(broken)], 'broken.jsonld'));
    await waitFor(() => expect($('[role="alert"]').textContent).toMatch(/Nothing was imported[^]*item 2 \(id urn:crosscheck:annotation:note-0002\): target\.selector\[0\]\.exact: must not be empty/));
    expect(fake.records()).toEqual(before);
  });

  it('flags a note whose passage was not on its page at the last visit', async () => {
    const { api } = fakeApi(FIXTURES);
    await act(() => render(<App api={api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(3));
    await waitFor(() => expect($('[data-annotation-id="note-0003"] .orphan-note').textContent).toMatch(/text has changed/));
    expect(root.querySelectorAll('.orphan-note')).toHaveLength(1);
  });

  it('says plainly that CSV and Markdown exports cannot be imported, and which file to choose', async () => {
    const fake = fakeApi(FIXTURES.slice(0, 1));
    const importText = vi.spyOn(fake.api, 'importText');
    await act(() => render(<App api={fake.api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(1));
    const input = $<HTMLInputElement>('input[type="file"]');
    for (const [file, kind] of [
      [new File([exportFile('csv', FIXTURES).text], 'notes.csv'), 'CSV'],
      [new File([exportFile('markdown', FIXTURES).text], 'notes.md'), 'Markdown'],
      [new File([exportFile('csv', FIXTURES).text], 'renamed.jsonld'), 'CSV'],
    ] as const) {
      await act(() => {
        Object.defineProperty(input, 'files', { value: [file], configurable: true });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor(() => expect($('[role="alert"]').textContent).toContain(`is a ${kind} export`));
      expect($('[role="alert"]').textContent).toMatch(/choose a JSON-LD file/);
    }
    expect(importText).not.toHaveBeenCalled();
  });

  it('drops the toast of an earlier action when the next one starts', async () => {
    const fake = fakeApi(FIXTURES);
    await act(() => render(<App api={fake.api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(3));
    await click($('[data-annotation-id="note-0001"] input[type="checkbox"]'));
    await click(buttonNamed(/Delete selected/));
    await waitFor(() => expect(root.querySelector('.toast')).not.toBeNull());
    await click($('button[data-format="jsonld"]'));
    await waitFor(() => expect(fake.saved).toHaveLength(1));
    expect(root.querySelector('.toast')).toBeNull();
  });

  it('refuses a file over 500 MB before reading it', async () => {
    const fake = fakeApi([]);
    const importText = vi.spyOn(fake.api, 'importText');
    await act(() => render(<App api={fake.api} />, root));
    await waitFor(() => expect($('.empty').textContent).toMatch(/No annotations yet/));
    const input = $<HTMLInputElement>('input[type="file"]');
    const huge = { name: 'huge.jsonld', size: 501 * 1024 * 1024, text: vi.fn() } as unknown as File;
    await act(() => {
      Object.defineProperty(input, 'files', { value: [huge], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect($('[role="alert"]').textContent).toMatch(/too large \(501 MB\)/));
    expect(importText).not.toHaveBeenCalled();
    expect(huge.text).not.toHaveBeenCalled();
  });

  it('pages through large results', async () => {
    const { api } = fakeApi(sampleAnnotations(120, { seed: 2 }));
    await act(() => render(<App api={api} />, root));
    await waitFor(() => expect(shown()).toHaveLength(PAGE_SIZE));
    expect($('.pager').textContent).toContain('1–50 of 120');
    await click(buttonNamed(/Next/));
    await waitFor(() => expect($('.pager').textContent).toContain('51–100 of 120'));
    await click(buttonNamed(/Next/));
    await waitFor(() => expect(shown()).toHaveLength(20));

    // Deleting the whole last page goes back to the page before it.
    await click($('.select-all input'));
    await click(buttonNamed(/Delete selected \(20\)/));
    await waitFor(() => expect($('.pager').textContent).toContain('51–100 of 100'));
    expect(shown()).toHaveLength(50);
  });
});

describe('dateBounds', () => {
  it('spans whole local days', () => {
    const { from, to } = dateBounds({ tag: '', actor: '', site: '', from: '2015-10-02', to: '2015-10-02', dateOf: '' });
    expect(new Date(from!).getHours()).toBe(0);
    expect(to! - from!).toBe(86_400_000 - 1);
    expect(dateBounds({ tag: '', actor: '', site: '', from: '', to: 'nope', dateOf: '' })).toEqual({});
  });
});
