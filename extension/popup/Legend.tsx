import { ACTOR_LAYERS, CLAIM_LAYERS } from '../shared/layers';

/** What the colours and underlines on the page mean (same definitions as the content script draws). */
export function Legend() {
  return (
    <dl class="legend" aria-label="What the highlights mean">
      {[...CLAIM_LAYERS, ...ACTOR_LAYERS].map((l) => (
        <div key={l.layer}>
          <dt>
            <span class="sample" style={{ background: l.tint === 'transparent' ? undefined : l.tint, textDecoration: l.css.match(/text-decoration: ([^;]+);/)?.[1] }}>
              Abc
            </span>
          </dt>
          <dd>{l.label}</dd>
        </div>
      ))}
    </dl>
  );
}
