import { ACTOR_LAYERS, ANNOTATION_LAYERS, CLAIM_LAYERS, type LayerDef } from '../shared/layers';
import { SWITCH_KEYS, SWITCH_LABEL, type LayerSwitch } from '../shared/layer-prefs';

const BADGES: { className: string; label: string; meaning: string }[] = [
  { className: 'rel-corroborates', label: 'Corroborated', meaning: 'a known report says the same' },
  { className: 'rel-contradicts', label: 'Contradicts', meaning: 'a known report says otherwise (another figure, another speaker, a denial)' },
  { className: 'rel-related', label: 'Related', meaning: 'close to a known claim, but not the same' },
  { className: 'rel-unknown', label: 'New', meaning: 'not in the known reports' },
];

const KEYS: [string, string][] = [
  ['Alt+Shift+A', 'Annotate the selected text (select with the mouse, or with Shift and the arrow keys)'],
  ['Alt+Shift+N / P', 'Next / previous claim or note, with its card'],
  ['Alt+Shift+X / Z', 'Next / previous contradiction'],
  ['Alt+Shift+M', 'Next actor (each one once), with its card'],
  ...(['all', 'actors', 'claims', 'moreClaims', 'notes'] as LayerSwitch[]).map((k): [string, string] => [`Alt+Shift+${SWITCH_KEYS[k].key}`, `Show or hide: ${SWITCH_LABEL[k].toLowerCase()}`]),
  ['Escape', 'Close a card'],
];

function Sample({ layer }: { layer: LayerDef }) {
  return (
    // on a piece of "page" (white): the tints are drawn over the article, not over the popup
    <span class="paper">
      <span class="sample" style={{ background: layer.tint === 'transparent' ? undefined : layer.tint, textDecoration: layer.css.match(/text-decoration: ([^;]+);/)?.[1] }}>
        Abc
      </span>
    </span>
  );
}

function Rows({ layers }: { layers: LayerDef[] }) {
  return (
    <dl class="legend-list">
      {layers.map((l) => (
        <div key={l.layer}>
          <dt>
            <Sample layer={l} />
          </dt>
          <dd>{l.label}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What every colour, underline, badge and key means (the same definitions the page is drawn with). */
export function Legend() {
  return (
    <div class="legend legend-tab">
      <h2>Claims: underlined</h2>
      <Rows layers={CLAIM_LAYERS} />
      <h2>Actors: a light grey wash, underlined by type</h2>
      <Rows layers={ACTOR_LAYERS} />
      <h2>Your notes: the colour you chose</h2>
      <Rows layers={ANNOTATION_LAYERS} />
      <p class="muted small-line">A bar in the page’s right margin marks each line with a note.</p>
      <h2>Badges in the Claims tab</h2>
      <dl class="legend-list">
        {BADGES.map((b) => (
          <div key={b.label}>
            <dt>
              <span class={`badge ${b.className}`}>{b.label}</span>
            </dt>
            <dd>{b.meaning}</dd>
          </div>
        ))}
      </dl>
      <h2>Keys on the page</h2>
      <dl class="legend-list keys">
        {KEYS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
