import type { JSX } from 'preact';

export interface TabDef {
  id: string;
  label: string;
  render: () => JSX.Element;
}

/** WAI-ARIA tabs: arrow keys move between tabs, Home/End jump to the ends. */
export function Tabs({ tabs, selected, onSelect }: { tabs: TabDef[]; selected: string; onSelect: (id: string) => void }) {
  const current = tabs.find((t) => t.id === selected) ?? tabs[0]!;
  function onKeyDown(event: KeyboardEvent) {
    const i = tabs.findIndex((t) => t.id === current.id);
    const next = event.key === 'ArrowRight' ? i + 1 : event.key === 'ArrowLeft' ? i - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    document.getElementById(`tab-${tab.id}`)?.focus();
  }
  return (
    <>
      <div role="tablist" aria-label="Crosscheck views" class="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === current.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} class="panel" tabIndex={0}>
        {current.render()}
      </section>
    </>
  );
}
