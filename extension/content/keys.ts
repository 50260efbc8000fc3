/**
 * The reader's keys on the page. Escape closes cards and the note; Alt+Shift+N
 * / Alt+Shift+P step through the shown claims and notes (not every actor
 * mention), Alt+Shift+M through the shown actors (each once), Alt+Shift+X /
 * Alt+Shift+Z straight to the next / previous contradiction; each opens its
 * card with focus. Alt+Shift+H and Alt+Shift+1–4 switch layers (see
 * layer-prefs.ts); Alt+Shift+A annotates the selection.
 */
import { SWITCH_KEYS, type LayerPrefs, type LayerSwitch } from '../shared/layer-prefs';
import type { Listeners } from './listeners';
import type { Target } from './targets';

export interface KeyDeps {
  doc: Document;
  listeners: Listeners;
  /** Escape: cards and the note frame close. */
  dismiss(): void;
  prefs(): LayerPrefs;
  /** The reader switched layers from the keyboard (shown at once and remembered). */
  switchLayers(next: LayerPrefs): void;
  /** Every target, in document order. */
  targets(): readonly Target[];
  shown(target: Target): boolean;
  /** Opens the note form for the selection; false when nothing is selected. */
  annotate(): boolean;
  /** Scrolls to the next (or previous) of these targets and opens its card. */
  step(list: readonly Target[], forward: boolean): void;
}

export function watchKeys(deps: KeyDeps): void {
  deps.listeners.on(deps.doc, 'keydown', (event) => {
    if (!event.isTrusted) return; // a page's synthetic keys neither close nor step
    if (event.key === 'Escape') {
      deps.dismiss();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const toggle = (Object.keys(SWITCH_KEYS) as LayerSwitch[]).find((k) => SWITCH_KEYS[k].code === event.code);
    if (toggle) {
      event.preventDefault();
      const prefs = deps.prefs();
      const next = { ...prefs, [toggle]: !prefs[toggle] };
      // with everything hidden, a layer's own key shows it (and the rest as they were)
      if (toggle !== 'all' && !prefs.all) next.all = true;
      deps.switchLayers(next);
      return;
    }
    switch (event.code) {
      case 'KeyA':
        // the browser's command for Alt+Shift+A takes the key first where it is bound; this is the in-page fallback
        if (deps.annotate()) event.preventDefault();
        return;
      case 'KeyN':
      case 'KeyP':
        event.preventDefault();
        deps.step(deps.targets().filter((t) => t.kind !== 'actor' && deps.shown(t)), event.code === 'KeyN');
        return;
      case 'KeyM':
        event.preventDefault();
        deps.step(firstOfEachActor(deps.targets().filter(deps.shown)), true);
        return;
      case 'KeyX':
      case 'KeyZ':
        event.preventDefault();
        deps.step(deps.targets().filter((t) => t.kind === 'claim' && t.claim.matches[0]?.relation === 'contradicts'), event.code === 'KeyX');
        return;
    }
  });
}

/** Each actor once, at its first mention. */
function firstOfEachActor(targets: readonly Target[]): Target[] {
  const seen = new Set<string>();
  const firsts: Target[] = [];
  for (const t of targets) {
    if (t.kind !== 'actor') continue;
    const id = t.mention.refersTo ?? t.mention.actorId;
    if (seen.has(id)) continue;
    seen.add(id);
    firsts.push(t);
  }
  return firsts;
}
