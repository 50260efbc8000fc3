import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../src/annotations/model';
import type { ExportFormat } from '../../src/io/formats';
import type { LibraryFacets, LibraryHit } from '../../src/search/library-search';
import type { ChangedNotes } from '../shared/changed-notes';
import type { LibraryApi } from './api';
import { Filters, NO_FILTERS, dateBounds, type FilterValues } from './Filters';
import { ResultList } from './ResultList';
import { unreadableMessage } from '../../src/db/row-check';

export const PAGE_SIZE = 50;
export const SEARCH_DELAY_MS = 150;
/**
 * Checked before reading a file. A file is read as one string, and Chromium's
 * longest string is 2^29 − 24 characters (about 500 MB, some 500,000 notes of
 * a typical size); it is then split and sent in batches (src/io/batched.ts).
 */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;

interface Results {
  hits: LibraryHit[];
  total: number;
}

interface Toast {
  message: string;
  undo?: Annotation[];
}

type Notice = { kind: 'error' | 'info'; text: string } | null;

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'jsonld', label: 'JSON-LD' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
];

/** "CSV" or "Markdown" when a file is one of the export-only formats (by name, or by its first characters), else null. */
export function exportOnlyKind(name: string, head: string): 'CSV' | 'Markdown' | null {
  if (/\.csv$/i.test(name)) return 'CSV';
  if (/\.(md|markdown)$/i.test(name)) return 'Markdown';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return null;
  if (/^#\s/.test(start)) return 'Markdown';
  if (/^[^,\n]+(,[^,\n]+){2,}\r?\n/.test(start)) return 'CSV';
  return null;
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function App({ api, toastMs = 10_000 }: { api: LibraryApi; toastMs?: number }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [results, setResults] = useState<Results | null>(null);
  const [facets, setFacets] = useState<(LibraryFacets & { unreadable?: number; quarantined?: number }) | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toast, setToast] = useState<Toast | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const [changed, setChanged] = useState<ChangedNotes>({});
  const search = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  // Debounce typing; filters apply at once.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => setOffset(0), [query, filters]);

  useEffect(() => {
    const ticket = ++latest.current;
    const request = {
      ...(query.trim() ? { text: query.trim() } : {}),
      ...(filters.tag ? { tag: filters.tag } : {}),
      ...(filters.actor ? { actor: filters.actor } : {}),
      ...(filters.site ? { site: filters.site } : {}),
      ...dateBounds(filters),
      offset,
      limit: PAGE_SIZE,
    };
    api
      .query(request)
      .then((page) => {
        if (ticket === latest.current) setResults(page);
      })
      .catch((error: Error) => ticket === latest.current && setNotice({ kind: 'error', text: error.message }));
  }, [api, query, filters, offset, version]);

  useEffect(() => {
    api.facets().then(setFacets, (error: Error) => setNotice({ kind: 'error', text: error.message }));
    api.changedNotes().then(setChanged, () => undefined);
  }, [api, version]);

  // A page emptied by a delete: go back to the last page that has results.
  useEffect(() => {
    if (results && results.hits.length === 0 && results.total > 0 && offset > 0) {
      setOffset(Math.floor((results.total - 1) / PAGE_SIZE) * PAGE_SIZE);
    }
  }, [results, offset]);

  // Keep the selection to what is shown.
  useEffect(() => {
    if (!results) return;
    setSelected((current) => {
      const shown = new Set(results.hits.map((h) => h.annotation.id));
      const kept = [...current].filter((id) => shown.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [results]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), toastMs);
    return () => clearTimeout(timer);
  }, [toast, toastMs]);

  // "/" focuses the search box from anywhere but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select')) return;
      event.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const refresh = () => setVersion((v) => v + 1);
  const actorNames = useMemo(() => new Map((facets?.actors ?? []).map((a) => [a.id, a.name])), [facets]);
  const hits = results?.hits ?? [];
  const allSelected = hits.length > 0 && hits.every((h) => selected.has(h.annotation.id));

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  async function remove(ids: string[]) {
    if (!ids.length) return;
    setNotice(null);
    setBusy(true);
    try {
      const deleted = await api.deleteMany(ids);
      setSelected(new Set());
      setToast({ message: `Deleted ${plural(deleted.length, 'annotation')}.`, undo: deleted });
      refresh();
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function undo() {
    const records = toast?.undo;
    if (!records) return;
    setToast(null);
    try {
      const { restored } = await api.restore(records);
      setToast({ message: `Restored ${plural(restored, 'annotation')}.` });
      refresh();
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
    }
  }

  async function exportAs(format: ExportFormat) {
    setToast(null);
    setBusy(true);
    const startedAt = Date.now();
    const ids = selected.size ? [...selected] : undefined;
    setNotice({ kind: 'info', text: 'Exporting…' });
    try {
      const file = await api.exportFile(format, ids);
      await api.save(file);
      // Only now is it a backup: the file was handed to the reader. A full JSON-LD export is one.
      if (format === 'jsonld' && !ids) await api.backupDone(startedAt);
      const skipped = file.unreadable ? ` ${unreadableMessage(file.unreadable).replace(' from the library.', '')}: they are not in this file.` : '';
      setNotice({ kind: 'info', text: `Exported ${ids ? plural(file.count, 'selected annotation') : `the library (${plural(file.count, 'annotation')})`} as ${file.filename}.${skipped}` });
    } catch (error) {
      setNotice({ kind: 'error', text: `The export failed and nothing was saved: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  async function exportUnreadable() {
    try {
      const rows = await api.unreadableRows();
      await api.save({
        filename: `crosscheck-unreadable-notes-${new Date().toISOString().slice(0, 10)}.json`,
        mimeType: 'application/json',
        parts: [JSON.stringify(rows, null, 2) + '\n'],
        count: rows.length,
        unreadable: 0,
      });
    } catch (error) {
      setNotice({ kind: 'error', text: `The export failed: ${(error as Error).message}` });
    }
  }

  async function importFile(file: File) {
    setToast(null); // an earlier action's toast does not outlive the next action
    if (file.size > MAX_IMPORT_BYTES) {
      setNotice({ kind: 'error', text: `“${file.name}” is too large (${Math.round(file.size / 1024 / 1024)} MB); Crosscheck imports files of up to 500 MB.` });
      return;
    }
    const exportOnly = exportOnlyKind(file.name, await file.slice(0, 200).text());
    if (exportOnly) {
      setNotice({
        kind: 'error',
        text: `“${file.name}” is a ${exportOnly} export. CSV and Markdown are for reading and spreadsheets only: Crosscheck cannot import them. To import notes, choose a JSON-LD file (Export: JSON-LD, a .jsonld file).`,
      });
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setBusy(true);
    setNotice({ kind: 'info', text: `Importing “${file.name}”…` });
    try {
      const report = await api.importText(await file.text());
      const parts = [`Imported ${plural(report.added, 'annotation')} from “${file.name}”.`];
      if (report.duplicates) parts.push(`${report.duplicates === 1 ? '1 annotation was' : `${report.duplicates} annotations were`} already in your library (skipped as duplicates).`);
      if (report.repeated) {
        parts.push(
          `${report.repeated === 1 ? '1 annotation' : `${report.repeated} annotations`} of the file repeated the id of an earlier one in the same file; the first of each was imported, the repeat${report.repeated === 1 ? ' was' : 's were'} left out.`,
        );
      }
      if (report.unsupported) parts.push(`${plural(report.unsupported, 'item')} (page notes, replies or non-web documents) left out.`);
      setNotice({ kind: 'info', text: parts.join(' ') });
      refresh();
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  const filtered = query.trim() !== '' || [filters.tag, filters.actor, filters.site, filters.from, filters.to].some((v) => v !== '');

  return (
    <>
      <header class="bar">
        <img src="../icons/icon-32.png" alt="" width={24} height={24} />
        <h1>Crosscheck library</h1>
        <span class="muted total" aria-live="polite">
          {facets ? plural(facets.total, 'annotation') : ''}
        </span>
      </header>

      <form role="search" class="search" aria-label="Search annotations" onSubmit={(e) => (e.preventDefault(), setQuery(text))}>
        <label class="visually-hidden" for="library-search">
          Search notes, quotes, tags, page titles and actors
        </label>
        <input
          id="library-search"
          ref={search}
          type="search"
          name="q"
          placeholder="Search notes, quotes, tags, titles, actors…  ( / )"
          autocomplete="off"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.preventDefault();
              setText('');
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('[data-result]')?.focus();
            }
          }}
        />
      </form>
      <Filters facets={facets} value={filters} onChange={setFilters} />

      <section class="toolbar" aria-label="Selection, export and import">
        <label class="select-all">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={!hits.length}
            onChange={() => setSelected(allSelected ? new Set() : new Set(hits.map((h) => h.annotation.id)))}
          />
          Select all shown
        </label>
        <button type="button" class="delete" disabled={busy || selected.size === 0} onClick={() => remove([...selected])}>
          Delete selected{selected.size ? ` (${selected.size})` : ''}
        </button>
        <span class="spacer" />
        <span role="group" aria-label={selected.size ? 'Export the selected annotations' : 'Export the whole library'} class="group">
          <span class="muted">{selected.size ? 'Export selected:' : 'Export:'}</span>
          {FORMATS.map(({ format, label }) => (
            <button key={format} type="button" data-format={format} disabled={busy} onClick={() => exportAs(format)}>
              {label}
            </button>
          ))}
        </span>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          name="import"
          class="visually-hidden"
          tabIndex={-1}
          aria-label="Import a JSON-LD annotation file"
          accept=".jsonld,.json,application/ld+json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </section>

      {(facets?.unreadable ?? 0) + (facets?.quarantined ?? 0) > 0 && (
        <p class="notice error" role="alert" data-unreadable>
          {unreadableMessage((facets?.unreadable ?? 0) + (facets?.quarantined ?? 0))}{' '}
          <button type="button" class="link" onClick={() => void exportUnreadable()}>
            Export them
          </button>
        </p>
      )}

      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button type="button" class="link" aria-label="Dismiss message" onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      )}

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">
          {results === null ? 'Loading…' : filtered ? `${plural(results.total, 'match', 'matches')}` : `All annotations`}{' '}
          {results !== null && <span class="count">{results.total}</span>}
        </h2>
        <p class="visually-hidden" aria-live="polite">
          {results === null ? '' : `${plural(results.total, 'result')}`}
        </p>
        {results !== null && results.total === 0 && (
          <p class="muted empty">{filtered ? 'Nothing matches. Try fewer words or clear the filters.' : 'No annotations yet. Select text on a news page and press “Annotate”.'}</p>
        )}
        <ResultList hits={hits} selected={selected} changed={changed} actorNames={actorNames} onToggle={toggle} onDeleteKey={(id) => remove(selected.size ? [...selected] : [id])} />
        {results !== null && results.total > PAGE_SIZE && (
          <nav class="pager" aria-label="Pages">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              ← Previous
            </button>
            <span class="muted">
              {offset + 1}–{offset + hits.length} of {results.total}
            </span>
            <button type="button" disabled={offset + PAGE_SIZE >= results.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              Next →
            </button>
          </nav>
        )}
      </section>

      {toast && (
        <div class="toast" role="status" aria-live="polite">
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" onClick={undo}>
              Undo
            </button>
          )}
          <button type="button" class="link" aria-label="Close" onClick={() => setToast(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
