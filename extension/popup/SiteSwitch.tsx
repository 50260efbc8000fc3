import { useState } from 'preact/hooks';
import type { PageInfo } from '../shared/messages';

/** "Crosscheck on this site": the reader's choice persists and applies after a reload. */
export function SiteSwitch({ page, site, onChange }: { page: PageInfo; site: string; onChange: (enabled: boolean) => Promise<void> }) {
  const [enabled, setEnabled] = useState(page.state !== 'off');
  const [changed, setChanged] = useState(false);
  return (
    <div class="site-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          aria-checked={enabled}
          onChange={async (event) => {
            const next = event.currentTarget.checked;
            setEnabled(next);
            setChanged(true);
            await onChange(next);
          }}
        />
        <span>
          Crosscheck on <strong>{site}</strong>
        </span>
      </label>
      {changed && <p class="muted small">Reload the page to apply.</p>}
    </div>
  );
}
