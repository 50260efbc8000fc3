/**
 * Full-text search over a reader's annotations: notes, quotes, tags, page
 * titles and the names (and aliases) of the known actors each annotation
 * mentions, with filters by tag, actor, site and date. An in-memory MiniSearch
 * index (see docs/adr/0040-library-search-and-io.md for the measurements
 * behind the choice); the owner keeps it in step with the database by calling
 * `upsert` / `remove` after each write.
 *
 * Plain TypeScript with no storage or extension API: tests and the benchmark
 * drive it directly.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Annotation } from '../annotations/model';
import { actorSearchText, compileMentions, type ActorAliases } from './mentions';
import { fold, siteOfKey, words } from './text';

export interface LibraryFilters {
  /** Only annotations carrying this tag (case- and accent-insensitive). */
  tag?: string;
  /** Only annotations mentioning this actor (by id). */
  actor?: string;
  /** Only annotations on this site: the host part of the URL key, e.g. `news.example.com`. */
  site?: string;
  /** Created at or after this time (ms since the epoch). */
  from?: number;
  /** Created at or before this time (ms since the epoch). */
  to?: number;
  /**
   * What `from`/`to` bound: when the note was made (default), or the day the
   * article was published (notes whose article gave no date are left out).
   */
  dateOf?: 'note' | 'article';
}

/** A `YYYY-MM-DD` day as the time of its local midnight (the date inputs' bounds are local days too). */
function dayTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

export type LibrarySort = 'relevance' | 'newest' | 'oldest';

export interface LibraryQuery extends LibraryFilters {
  /** Words to find; the last one also matches as a prefix (search as you type). */
  text?: string;
  offset?: number;
  limit?: number;
  /** Default: relevance when there is text, else newest first. */
  sort?: LibrarySort;
}

export interface LibraryHit {
  annotation: Annotation;
  /** Ids of the known actors the annotation mentions. */
  actors: string[];
}

export interface LibraryResult {
  hits: LibraryHit[];
  /** How many annotations match in all (the hits are one page of them). */
  total: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface LibraryFacets {
  total: number;
  tags: FacetCount[];
  sites: FacetCount[];
  actors: { id: string; name: string; count: number }[];
}

interface Entry {
  annotation: Annotation;
  actors: string[];
  site: string;
  tags: Set<string>;
}

interface Doc {
  id: string;
  quote: string;
  note: string;
  tags: string;
  title: string;
  actors: string;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export interface LibrarySearchOptions {
  actors?: readonly ActorAliases[];
  /** Fuzzy matching for words of 5+ letters (edit distance 20 % of the length, at most 2). Default on. */
  fuzzy?: boolean;
}

export function createLibrarySearch(options: LibrarySearchOptions = {}) {
  const mentions = compileMentions(options.actors ?? []);
  const actorText = new Map((options.actors ?? []).map((a) => [a.id, actorSearchText(a)]));
  const entries = new Map<string, Entry>();
  let byNewest: Entry[] | null = null;

  const searchOptions: SearchOptions = {
    combineWith: 'AND',
    // Search as you type: the last word also matches longer words, from its second letter on
    // (a one-letter prefix matches nearly everything and costs the most).
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    fuzzy: options.fuzzy === false ? false : (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
    boost: { note: 2, tags: 2, title: 1.5 },
  };
  const index = new MiniSearch<Doc>({
    idField: 'id',
    fields: ['quote', 'note', 'tags', 'title', 'actors'],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm: (term) => fold(term),
    searchOptions,
    autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
  });

  function toEntry(annotation: Annotation): Entry {
    return {
      annotation,
      actors: mentions(annotation.quote, annotation.note),
      site: siteOfKey(annotation.urlKey),
      tags: new Set(annotation.tags.map(fold)),
    };
  }

  function toDoc(entry: Entry): Doc {
    const a = entry.annotation;
    return {
      id: a.id,
      quote: a.quote,
      note: a.note,
      tags: a.tags.join(' '),
      title: a.title,
      actors: entry.actors.map((id) => actorText.get(id) ?? '').join(' '),
    };
  }

  function matches(entry: Entry, f: LibraryFilters): boolean {
    if (f.from !== undefined || f.to !== undefined) {
      const published = entry.annotation.published;
      if (f.dateOf === 'article' && !published) return false;
      const time = f.dateOf === 'article' ? dayTime(published!) : entry.annotation.created;
      if (f.from !== undefined && time < f.from) return false;
      if (f.to !== undefined && time > f.to) return false;
    }
    if (f.site && entry.site !== f.site.toLowerCase()) return false;
    if (f.tag && !entry.tags.has(fold(f.tag.trim()))) return false;
    if (f.actor && !entry.actors.includes(f.actor)) return false;
    return true;
  }

  function newestFirst(): Entry[] {
    byNewest ??= [...entries.values()].sort(compareNewest);
    return byNewest;
  }

  const api = {
    get size() {
      return entries.size;
    },

    has: (id: string) => entries.has(id),

    /** Replaces the whole content (e.g. after loading from the database). */
    reset(annotations: readonly Annotation[]) {
      index.removeAll();
      entries.clear();
      byNewest = null;
      const list = annotations.map(toEntry);
      for (const entry of list) entries.set(entry.annotation.id, entry);
      index.addAll([...entries.values()].map(toDoc));
    },

    /** Adds or replaces annotations. */
    upsert(...annotations: Annotation[]) {
      for (const annotation of annotations) {
        if (entries.has(annotation.id)) index.discard(annotation.id);
        const entry = toEntry(annotation);
        entries.set(annotation.id, entry);
        index.add(toDoc(entry));
      }
      if (annotations.length) byNewest = null;
    },

    remove(...ids: string[]) {
      for (const id of ids) {
        if (!entries.delete(id)) continue;
        index.discard(id);
        byNewest = null;
      }
    },

    /** Actor ids an annotation in the index mentions. */
    actorsOf: (id: string): string[] => entries.get(id)?.actors ?? [],

    query(q: LibraryQuery = {}): LibraryResult {
      const offset = Math.max(0, Math.floor(q.offset ?? 0));
      const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(q.limit ?? DEFAULT_LIMIT)));
      const text = (q.text ?? '').trim();
      let found: Entry[];
      if (words(text).length === 0) {
        found = newestFirst().filter((e) => matches(e, q));
        if (q.sort === 'oldest') found.reverse();
      } else {
        const results = index.search(text, {
          filter: (r) => {
            const entry = entries.get(r.id as string);
            return entry !== undefined && matches(entry, q);
          },
        });
        found = results.map((r) => entries.get(r.id as string)!);
        if (q.sort === 'newest') found.sort(compareNewest);
        else if (q.sort === 'oldest') found.sort(compareNewest).reverse();
      }
      return {
        total: found.length,
        hits: found.slice(offset, offset + limit).map((e) => ({ annotation: e.annotation, actors: e.actors })),
      };
    },

    /** What the filters can offer: tags, sites and mentioned actors, with counts, most used first. */
    facets(): LibraryFacets {
      const tags = new Map<string, FacetCount>();
      const sites = new Map<string, number>();
      const actors = new Map<string, number>();
      for (const entry of entries.values()) {
        for (const tag of entry.annotation.tags) {
          const key = fold(tag);
          const seen = tags.get(key);
          if (seen) seen.count++;
          else tags.set(key, { value: tag, count: 1 });
        }
        sites.set(entry.site, (sites.get(entry.site) ?? 0) + 1);
        for (const id of entry.actors) actors.set(id, (actors.get(id) ?? 0) + 1);
      }
      const byCount = <T extends { count: number }>(key: (t: T) => string) => (a: T, b: T) => b.count - a.count || key(a).localeCompare(key(b));
      return {
        total: entries.size,
        tags: [...tags.values()].sort(byCount((t) => t.value)),
        sites: [...sites].map(([value, count]) => ({ value, count })).sort(byCount((t) => t.value)),
        actors: [...actors]
          .map(([id, count]) => ({ id, name: mentions.actors.get(id)?.name ?? id, count }))
          .sort(byCount((t) => t.name)),
      };
    },
  };
  return api;
}

export type LibrarySearch = ReturnType<typeof createLibrarySearch>;

function compareNewest(a: Entry, b: Entry): number {
  return b.annotation.created - a.annotation.created || (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0);
}
