import { useRef } from 'preact/hooks';
import type { LibraryHit } from '../../src/search/library-search';
import { showInvisible } from '../../src/text/visible-controls';

export interface ResultListProps {
  hits: LibraryHit[];
  selected: ReadonlySet<string>;
  /** Notes whose passage was not on their page at the last visit (id → when seen). */
  changed?: Readonly<Record<string, number>>;
  actorNames: ReadonlyMap<string, string>;
  onToggle: (id: string) => void;
  /** Delete key on a result: delete the selection, or this result when nothing is selected. */
  onDeleteKey: (id: string) => void;
}

/**
 * The results as a list of articles. Keyboard: ↑/↓ (or j/k), Home/End move
 * between results; Space or x selects; Enter opens the page; Delete deletes.
 */
export function ResultList({ hits, selected, changed = {}, actorNames, onToggle, onDeleteKey }: ResultListProps) {
  const list = useRef<HTMLUListElement>(null);

  function move(from: HTMLElement, to: 'next' | 'prev' | 'first' | 'last') {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[data-result]') ?? [])];
    const at = items.indexOf(from);
    const index = to === 'first' ? 0 : to === 'last' ? items.length - 1 : to === 'next' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
    items[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent, id: string) {
    const item = event.currentTarget as HTMLElement;
    if (event.target !== item) return; // keys inside the checkbox or link act on them
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(item, 'next'),
      j: () => move(item, 'next'),
      ArrowUp: () => move(item, 'prev'),
      k: () => move(item, 'prev'),
      Home: () => move(item, 'first'),
      End: () => move(item, 'last'),
      ' ': () => onToggle(id),
      x: () => onToggle(id),
      Enter: () => item.querySelector<HTMLAnchorElement>('a.page')?.click(),
      Delete: () => onDeleteKey(id),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  return (
    <ul class="results" ref={list} aria-label="Annotations">
      {hits.map(({ annotation: a, actors }, i) => {
        const checked = selected.has(a.id);
        const when = new Date(a.created);
        return (
          <li
            key={a.id}
            class={`annotation result color-${a.color}${checked ? ' selected' : ''}${changed[a.id] ? ' orphaned' : ''}`}
            data-result
            data-annotation-id={a.id}
            data-orphaned={changed[a.id] ? true : undefined}
            tabIndex={i === 0 ? 0 : -1}
            aria-label={`${a.quote.slice(0, 80)}${checked ? ', selected' : ''}`}
            onKeyDown={(e) => onKeyDown(e, a.id)}
          >
            <div class="result-head">
              <input type="checkbox" checked={checked} onChange={() => onToggle(a.id)} aria-label={`Select note on “${a.quote.slice(0, 40)}”`} tabIndex={-1} />
              <a class="page" href={a.url} target="_blank" rel="noopener noreferrer" tabIndex={-1}>
                {showInvisible(a.title) || a.urlKey}
              </a>
              <time dateTime={when.toISOString()}>{when.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}</time>
            </div>
            {changed[a.id] !== undefined && (
              <p class="orphan-note" role="note">
                The page’s text has changed: this passage was not found there on{' '}
                {new Date(changed[a.id]!).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}. Kept, not deleted.
              </p>
            )}
            <blockquote class="quote">{a.quote}</blockquote>
            {a.note && <p class="note">{a.note}</p>}
            {(a.tags.length > 0 || actors.length > 0) && (
              <ul class="tags" aria-label="Tags and actors">
                {a.tags.map((t) => (
                  <li key={`t:${t}`} class="tag">
                    {showInvisible(t)}
                  </li>
                ))}
                {actors.map((id) => (
                  <li key={`a:${id}`} class="actor" title="Actor mentioned">
                    {actorNames.get(id) ?? id}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
