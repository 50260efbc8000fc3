// The one place that knows how the Firefox manifest differs from Chrome's.

/** Gecko id: fixed so that storage survives reinstalls in Firefox. */
export const GECKO_ID = 'crosscheck@crosscheck.example';

/**
 * Firefox MV3 has no extension service workers: the same background module runs
 * as an event page (`background.scripts`). It also needs an explicit add-on id.
 */
export function firefoxManifest(chrome) {
  const m = structuredClone(chrome);
  const worker = m.background?.service_worker;
  if (worker) m.background = { scripts: [worker], type: 'module' };
  delete m.minimum_chrome_version;
  delete m.key;
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return m;
}
