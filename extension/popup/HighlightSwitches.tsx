import { useEffect, useState } from 'preact/hooks';
import { SWITCH_KEYS, SWITCH_LABEL, type LayerPrefs, type LayerSwitch } from '../shared/layer-prefs';

const ORDER: LayerSwitch[] = ['all', 'actors', 'claims', 'moreClaims', 'notes'];

/**
 * Which highlights the page shows, per site: the page follows at once (no
 * reload). The same switches are in the page (the "Highlights" button) and on
 * the keyboard, shown next to each.
 */
export function HighlightSwitches({ site, load, save }: { site: string; load: (site: string) => Promise<LayerPrefs>; save: (site: string, prefs: LayerPrefs) => Promise<void> }) {
  const [prefs, setPrefs] = useState<LayerPrefs | null>(null);
  useEffect(() => {
    let live = true;
    load(site).then((p) => live && setPrefs(p), () => undefined);
    return () => {
      live = false;
    };
  }, [site]);
  if (!prefs) return null;
  return (
    <fieldset class="switches">
      <legend>Highlights on {site}</legend>
      {ORDER.map((key) => (
        <label key={key} class={key === 'all' ? 'switch all' : key === 'moreClaims' ? 'switch sub' : 'switch'}>
          <input
            type="checkbox"
            role="switch"
            data-layer={key}
            checked={prefs[key]}
            aria-checked={prefs[key]}
            disabled={key !== 'all' && !prefs.all}
            onChange={(event) => {
              const next = { ...prefs, [key]: event.currentTarget.checked };
              setPrefs(next);
              void save(site, next);
            }}
          />
          <span>{SWITCH_LABEL[key]}</span>
          <kbd>Alt+Shift+{SWITCH_KEYS[key].key}</kbd>
        </label>
      ))}
    </fieldset>
  );
}
