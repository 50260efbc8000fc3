import { useState } from 'preact/hooks';
import type { Annotation, AnnotationPatch } from '../../src/annotations/model';
import type { DatasetLookup } from '../../src/dataset/lookup';

interface Props {
  annotations: Annotation[];
  orphaned?: string[];
  /** Known claims near each annotation (from the page's analysis). */
  claimsOf?: Record<string, string[]>;
  /** The dataset's lookups, for the known claims' statements. */
  lookup: DatasetLookup;
  onDelete: (id: string) => void;
  onSave?: (id: string, patch: AnnotationPatch) => Promise<void>;
  onJump?: (annotation: Annotation) => void;
}

export function AnnotationList({ annotations, orphaned = [], claimsOf = {}, lookup, onDelete, onSave, onJump }: Props) {
  if (!annotations.length) {
    return <p class="muted">No notes yet. Select text on the page and press “Annotate”.</p>;
  }
  return (
    <ul class="annotations" aria-label="Annotations on this page">
      {annotations.map((a) => (
        <AnnotationItem key={a.id} annotation={a} orphan={orphaned.includes(a.id)} claimIds={claimsOf[a.id] ?? []} lookup={lookup} onDelete={onDelete} onSave={onSave} onJump={onJump} />
      ))}
    </ul>
  );
}

function AnnotationItem({ annotation: a, orphan, claimIds, lookup, onDelete, onSave, onJump }: { annotation: Annotation; orphan: boolean; claimIds: string[] } & Omit<Props, 'annotations' | 'orphaned' | 'claimsOf'>) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags.join(', '));
  const [error, setError] = useState('');
  const linked = [...new Set([...(a.claimId ? [a.claimId] : []), ...claimIds])].map((id) => lookup.claim(id)).filter((c) => c !== undefined);

  async function save(event: Event) {
    event.preventDefault();
    try {
      await onSave?.(a.id, { note: note.trim(), tags: [...new Set(tags.split(',').map((t) => t.trim()).filter(Boolean))] });
      setEditing(false);
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <li class={`annotation color-${a.color}${orphan ? ' orphaned' : ''}`} data-annotation-id={a.id} data-orphaned={orphan || undefined}>
      {orphan && (
        <p class="orphan-note" role="note">
          Not found in the page’s current text. Kept, not deleted.
        </p>
      )}
      <blockquote class="quote">{a.quote}</blockquote>
      {editing ? (
        <form class="edit" onSubmit={save}>
          <textarea aria-label="Note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <input aria-label="Tags, separated by commas" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          {error && <p role="alert" class="error">{error}</p>}
          <div class="actions">
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" class="primary">
              Save
            </button>
          </div>
        </form>
      ) : (
        <>
          {a.note && <p class="note">{a.note}</p>}
          {a.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {a.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {linked.length > 0 && (
        <p class="linked muted">
          Near known claim{linked.length > 1 ? 's' : ''}: {linked.map((c) => c.statement).join(' · ')}
        </p>
      )}
      {!editing && (
        <div class="actions">
          <time dateTime={new Date(a.created).toISOString()}>{new Date(a.created).toLocaleString()}</time>
          <span>
            {!orphan && onJump && (
              <button type="button" onClick={() => onJump(a)} aria-label={`Show note on “${a.quote.slice(0, 40)}” on the page`}>
                Show
              </button>
            )}
            {onSave && (
              <button type="button" onClick={() => setEditing(true)} aria-label={`Edit note on “${a.quote.slice(0, 40)}”`}>
                Edit
              </button>
            )}
            <button type="button" class="delete" onClick={() => onDelete(a.id)} aria-label={`Delete note on “${a.quote.slice(0, 40)}”`}>
              Delete
            </button>
          </span>
        </div>
      )}
    </li>
  );
}
