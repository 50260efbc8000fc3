/**
 * The in-page switch for the highlight layers: a small "Highlights" button in
 * the bottom corner that unfolds into one switch per layer, with the key that
 * does the same (Alt+Shift+H, Alt+Shift+1–4). The choice takes effect at once
 * and is remembered for the site by the caller.
 */
import { SWITCH_KEYS, SWITCH_LABEL, type LayerPrefs, type LayerSwitch } from '../../shared/layer-prefs';
import { h } from './dom';
import type { UiHost } from './host';

export interface LayerSwitchUi {
  /** Shows the reader's current choice (changed from the keyboard or the popup). */
  update(prefs: LayerPrefs): void;
}

const ORDER: LayerSwitch[] = ['all', 'actors', 'claims', 'moreClaims', 'notes'];

export function createLayerSwitch(ui: UiHost, initial: LayerPrefs, change: (prefs: LayerPrefs) => void): LayerSwitchUi {
  let prefs = { ...initial };
  const toggle = h('button', { type: 'button', class: 'layer-toggle', 'aria-expanded': 'false', 'aria-controls': 'cc-layers', 'data-action': 'layers' }, 'Highlights');
  const inputs = new Map<LayerSwitch, HTMLInputElement>();
  const list = h('ul', { class: 'layer-list', id: 'cc-layers', hidden: true });
  for (const key of ORDER) {
    const input = h('input', { type: 'checkbox', role: 'switch', 'data-layer': key });
    input.addEventListener('change', () => {
      const next = { ...prefs, [key]: input.checked };
      if (key !== 'all' && input.checked) next.all = true;
      prefs = next;
      paint();
      change(next);
    });
    inputs.set(key, input);
    list.append(h('li', {}, h('label', {}, input, h('span', { class: 'layer-name' }, SWITCH_LABEL[key]), h('kbd', {}, `Alt+Shift+${SWITCH_KEYS[key].key}`))));
  }
  toggle.addEventListener('click', () => {
    const open = list.hidden;
    list.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });
  const box = h('div', { class: 'panel layer-switch', role: 'group', 'aria-label': 'Crosscheck highlights' }, list, toggle);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.hidden) {
      list.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    }
  });
  ui.root.append(box);

  function paint() {
    for (const [key, input] of inputs) {
      input.checked = prefs[key];
      input.setAttribute('aria-checked', String(prefs[key]));
    }
    toggle.classList.toggle('off', !prefs.all);
  }
  paint();
  return {
    update(next) {
      prefs = { ...next };
      paint();
    },
  };
}
