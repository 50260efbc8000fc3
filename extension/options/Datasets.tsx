/**
 * Known claims: the bundled dataset and the ones the reader imported
 * (ClaimReview feeds, native datasets), each with its publisher, licence,
 * dates and size, an on/off switch, and removal with undo. Listing reads
 * only the datasets' records (never their claims), so it stays fast with
 * large feeds.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListedDataset } from '../../src/db/dataset-store';
import type { DatasetInfo } from '../../src/dataset/import';
import { IMPORT_LIMITS } from '../../src/dataset/import-limits';
import { formatCount, formatDay } from '../../src/text/day-format';

export interface DatasetsApi {
  list(): Promise<ListedDataset[]>;
  import(fileName: string, text: string): Promise<{ dataset: ListedDataset; duplicate: boolean }>;
  setEnabled(id: string, enabled: boolean): Promise<ListedDataset>;
  remove(id: string): Promise<ListedDataset>;
  restore(id: string): Promise<ListedDataset>;
  notesAsClaims(): Promise<boolean>;
  setNotesAsClaims(on: boolean): Promise<void>;
}

const FORMAT: Record<DatasetInfo['format'], string> = {
  bundled: 'Built in',
  native: 'Crosscheck dataset',
  claimreview: 'Fact checks (ClaimReview)',
  notes: 'Your notes',
};

const day = formatDay;

function range(info: DatasetInfo): string {
  if (!info.from || !info.to) return 'no dates';
  return info.from === info.to ? day(info.from) : `${day(info.from)} – ${day(info.to)}`;
}

const claims = (n: number) => `${formatCount(n)} claim${n === 1 ? '' : 's'}`;

function Facts({ info }: { info: DatasetInfo }) {
  return (
    <p class="muted facts">
      {FORMAT[info.format]} · {claims(info.claims)} · {range(info)}
      <br />
      From: {info.source}
      {info.licence ? ` · Licence: ${info.licence}` : ' · Licence: not stated'}
    </p>
  );
}

type Status = { kind: 'info' | 'error'; text: string } | null;

/** `firstList`: the first `api.list()`, when the caller asked it before rendering (options/main.tsx does). */
export function Datasets({ api, bundled, firstList }: { api: DatasetsApi; bundled: DatasetInfo; firstList?: Promise<ListedDataset[]> }) {
  const [list, setList] = useState<ListedDataset[] | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<ListedDataset | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const [notes, setNotes] = useState<boolean | null>(null);
  useEffect(() => void api.notesAsClaims().then(setNotes, () => setNotes(true)), []);

  const refresh = (listed = api.list()) =>
    listed.then(setList, (error: Error) => {
      setList([]);
      setStatus({ kind: 'error', text: `Your datasets could not be read: ${error.message}` });
    });
  useEffect(() => void refresh(firstList), []);

  async function importFile(picked: File) {
    setBusy(true);
    setStatus({ kind: 'info', text: `Reading ${picked.name}…` });
    try {
      if (picked.size > IMPORT_LIMITS.maxBytes) throw new Error(`${picked.name}: the file is larger than 20 MB; Crosscheck imports datasets of up to 20 MB.`);
      const { dataset, duplicate } = await api.import(picked.name, await picked.text());
      setStatus({ kind: 'info', text: duplicate ? `${picked.name} is already imported as “${dataset.name}”.` : `Imported “${dataset.name}”: ${claims(dataset.claims)}, switched on.` });
      await refresh();
    } catch (error) {
      setStatus({ kind: 'error', text: `Nothing was imported. ${(error as Error).message}` });
    } finally {
      setBusy(false);
      if (file.current) file.current.value = '';
    }
  }

  async function act(work: () => Promise<unknown>) {
    try {
      await work();
      await refresh();
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  }

  return (
    <section aria-labelledby="datasets-title" class="datasets">
      <h2 id="datasets-title">Known claims</h2>
      <p class="muted">Crosscheck compares what a page says with these datasets. Switch one off and its marks leave open pages at once.</p>
      <ul class="dataset-list" aria-label="Datasets">
        <li class="dataset" data-format="bundled">
          <div>
            <strong>{bundled.name}</strong>
            <Facts info={bundled} />
          </div>
          <span class="muted">Always on</span>
        </li>
        {(list ?? []).map((d) => (
          <li key={d.id} class="dataset" data-format={d.format} data-enabled={d.enabled ? 'true' : 'false'}>
            <div>
              <strong>{d.name}</strong>
              <Facts info={d} />
            </div>
            <div class="dataset-actions">
              <label class="switch">
                <input type="checkbox" checked={d.enabled} onChange={(e) => void act(() => api.setEnabled(d.id, e.currentTarget.checked))} aria-label={`On: use “${d.name}”`} />
                On
              </label>
              <button
                type="button"
                onClick={() =>
                  void act(async () => {
                    setRemoved(await api.remove(d.id));
                    setStatus(null);
                  })
                }
                aria-label={`Remove “${d.name}”`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      {list === null && <p class="muted">Loading…</p>}
      <label>
        <input
          type="checkbox"
          checked={notes !== false}
          disabled={notes === null}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setNotes(on);
            void api.setNotesAsClaims(on);
          }}
        />
        My notes: a note that quotes a claim sentence is a known claim on other pages (pages that say it again, or say otherwise, are marked; your note shows only in Crosscheck’s popup)
      </label>
      {removed && (
        <p role="status" class="undo">
          Removed “{removed.name}”.{' '}
          <button
            type="button"
            onClick={() =>
              void act(async () => {
                await api.restore(removed.id);
                setRemoved(null);
              })
            }
          >
            Undo
          </button>
        </p>
      )}
      <h3>Import a dataset</h3>
      <p class="muted">
        A fact-check feed in schema.org ClaimReview (JSON-LD: one check, a list, a <code>@graph</code>, or a saved page with JSON-LD), or a dataset in Crosscheck’s own format. Up to 20 MB and{' '}
        {formatCount(IMPORT_LIMITS.maxClaims)} claims a file; a file with any error is refused whole.
      </p>
      <label class="file">
        <span>Choose a file</span>{' '}
        <input
          ref={file}
          type="file"
          accept=".json,.jsonld,.html,.htm,application/json,application/ld+json,text/html"
          disabled={busy}
          onChange={(e) => {
            const picked = e.currentTarget.files?.[0];
            if (picked) void importFile(picked);
          }}
        />
      </label>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'error' ? 'error import-status' : 'import-status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
