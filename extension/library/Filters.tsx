import type { LibraryFacets } from '../../src/search/library-search';

export interface FilterValues {
  tag: string;
  actor: string;
  site: string;
  /** `YYYY-MM-DD` or '' */
  from: string;
  to: string;
  /** What the dates bound: '' (when the note was made) or 'article' (when the article was published). */
  dateOf: '' | 'article';
}

export const NO_FILTERS: FilterValues = { tag: '', actor: '', site: '', from: '', to: '', dateOf: '' };

/** Local-day bounds of the date inputs as times (ms): from the start of `from` to the end of `to`. */
export function dateBounds(f: FilterValues): { from?: number; to?: number; dateOf?: 'article' } {
  const day = (text: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
  };
  const start = day(f.from);
  const end = day(f.to);
  const out: { from?: number; to?: number; dateOf?: 'article' } = {};
  if (start) out.from = Math.max(0, start.getTime());
  if (end) out.to = Math.max(0, end.getTime() + 86_400_000 - 1);
  if ((start || end) && f.dateOf === 'article') out.dateOf = 'article';
  return out;
}

export function Filters({ facets, value, onChange }: { facets: LibraryFacets | null; value: FilterValues; onChange: (next: FilterValues) => void }) {
  const set = (key: keyof FilterValues) => (event: Event) => onChange({ ...value, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const active = [value.tag, value.actor, value.site, value.from, value.to].some((v) => v !== '');
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">Filters</legend>
      <label>
        <span>Tag</span>
        <select name="tag" value={value.tag} onChange={set('tag')}>
          <option value="">Any tag</option>
          {facets?.tags.map((t) => (
            <option key={t.value} value={t.value}>
              {t.value} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Actor</span>
        <select name="actor" value={value.actor} onChange={set('actor')}>
          <option value="">Any actor</option>
          {facets?.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Site</span>
        <select name="site" value={value.site} onChange={set('site')}>
          <option value="">Any site</option>
          {facets?.sites.map((s) => (
            <option key={s.value} value={s.value}>
              {s.value} ({s.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Dates of</span>
        <select name="dateOf" value={value.dateOf} onChange={set('dateOf')}>
          <option value="">the note</option>
          <option value="article">the article</option>
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" name="from" value={value.from} max={value.to || undefined} onChange={set('from')} />
      </label>
      <label>
        <span>To</span>
        <input type="date" name="to" value={value.to} min={value.from || undefined} onChange={set('to')} />
      </label>
      {active && (
        <button type="button" class="link" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
