import type { Annotation } from '../../src/annotations/model';

export function AnnotationList({ annotations, orphaned = [], onDelete }: { annotations: Annotation[]; orphaned?: string[]; onDelete: (id: string) => void }) {
  if (!annotations.length) {
    return <p class="muted">No notes yet. Select text on the page and press “Annotate”.</p>;
  }
  return (
    <ul class="annotations" aria-label="Annotations on this page">
      {annotations.map((a) => (
        <li key={a.id} class={`annotation color-${a.color}${orphaned.includes(a.id) ? ' orphaned' : ''}`} data-annotation-id={a.id} data-orphaned={orphaned.includes(a.id) || undefined}>
          {orphaned.includes(a.id) && (
            <p class="orphan-note" role="note">
              Not found in the page’s current text. Kept, not deleted.
            </p>
          )}
          <blockquote class="quote">{a.quote}</blockquote>
          {a.note && <p class="note">{a.note}</p>}
          {a.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {a.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
          <div class="actions">
            <time dateTime={new Date(a.created).toISOString()}>{new Date(a.created).toLocaleString()}</time>
            <button type="button" class="delete" onClick={() => onDelete(a.id)} aria-label={`Delete note on “${a.quote.slice(0, 40)}”`}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
