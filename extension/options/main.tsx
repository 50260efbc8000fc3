import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, type Settings } from '../shared/settings';
import type { DatasetInfo } from '../../src/dataset/import';
import { callWorker } from '../shared/client';
import { notesAsClaims, setNotesAsClaims } from '../shared/notes-as-claims';
import { Datasets, type DatasetsApi } from './Datasets';

/**
 * The bundled dataset's facts (name, publisher, dates, claim count), written
 * by the build (vite.config.ts): the page does not load the dataset itself.
 */
declare const __BUNDLED_INFO__: DatasetInfo;

const datasetsApi: DatasetsApi = {
  list: () => callWorker('datasets/list', {}),
  import: (fileName, text) => callWorker('datasets/import', { fileName, text }),
  setEnabled: (id, enabled) => callWorker('datasets/set-enabled', { id, enabled }),
  remove: (id) => callWorker('datasets/remove', { id }),
  restore: (id) => callWorker('datasets/restore', { id }),
  notesAsClaims,
  setNotesAsClaims,
};
// Asked before the first render, beside the settings: the list is what the page is opened for.
const firstList = datasetsApi.list();
firstList.catch(() => undefined); // Datasets reports it

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ pausedEverywhere: false, disabledSites: [], highlightMode: 'auto' }));
  }, []);
  const header = (
    <header class="bar">
      <img src="../icons/icon-32.png" alt="" width={20} height={20} />
      <h1>Crosscheck settings</h1>
    </header>
  );
  const datasets = <Datasets api={datasetsApi} bundled={__BUNDLED_INFO__} firstList={firstList} />;
  // The datasets do not wait for the settings (each is one round trip, asked together).
  if (!settings)
    return (
      <>
        {header}
        <p class="muted">Loading…</p>
        {datasets}
      </>
    );

  const update = async (patch: Partial<Settings>) => {
    await saveSettings(patch);
    setSettings({ ...settings, ...patch });
  };

  return (
    <>
      {header}
      <label>
        <input type="checkbox" checked={settings.pausedEverywhere} onChange={(e) => update({ pausedEverywhere: e.currentTarget.checked })} />
        Pause Crosscheck on every site
      </label>
      <label>
        <input type="checkbox" checked={settings.highlightMode === 'wrap'} onChange={(e) => update({ highlightMode: e.currentTarget.checked ? 'wrap' : 'auto' })} />
        Compatibility mode: draw highlights as marks in the page (for pages where highlights do not show)
      </label>
      <h2>Sites where Crosscheck is off</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">None. Switch a site off from the popup while you read it.</p>
      ) : (
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => update({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                Switch back on
              </button>
            </li>
          ))}
        </ul>
      )}
      {datasets}
      <p class="muted">Your annotations are stored only in this browser, in Crosscheck’s own storage. No page can read them, and nothing is sent anywhere.</p>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
