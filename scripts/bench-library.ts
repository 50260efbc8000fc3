/**
 * Library measurements over 10,000 annotations: insert, page queries, search
 * (MiniSearch in memory vs. a Dexie multi-entry word index), export/import.
 * Median of several runs each. Run: `npx tsx scripts/bench-library.ts [count] [--browser]`.
 *
 * Storage runs on fake-indexeddb (Node), which is slower than a browser's
 * IndexedDB; the in-memory search figures are what the service worker sees.
 * `--browser` also times the worker calls end to end in Chromium with the
 * built extension (run `npm run build` first): import, the first query after
 * the import (which builds the index), then warm queries.
 */
import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { dataset } from '../src/dataset';
import { CrosscheckDatabase } from '../src/db/database';
import { createLibraryStore } from '../src/db/library-store';
import { sampleAnnotations } from '../src/db/sample-annotations';
import { exportJsonLd, parseAnnotationFile } from '../src/io';
import { createLibrarySearch } from '../src/search/library-search';
import { foldedWords } from '../src/search/text';
import type { Annotation } from '../src/annotations/model';

const COUNT = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const BROWSER = process.argv.includes('--browser');
const rows: [string, string][] = [];

async function median(label: string, runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)]!;
  rows.push([label, `${m.toFixed(m < 10 ? 2 : 0)} ms${runs > 1 ? ` (median of ${runs})` : ''}`]);
  return m;
}

const sample = sampleAnnotations(COUNT, { seed: 42 });
let n = 0;
const freshDb = () => new CrosscheckDatabase(`bench-library-${process.pid}-${++n}`);

// ---- storage
{
  await median(`insert ${COUNT} (bulkAdd, one transaction)`, 3, async () => {
    const db = freshDb();
    await db.annotations.bulkAdd(sample);
    db.close();
    await db.delete();
  });
  await median(`insert ${COUNT} through import path (validate + dedupe + bulkAdd)`, 3, async () => {
    const db = freshDb();
    await createLibraryStore(db).insertNew(sample);
    db.close();
    await db.delete();
  });
}

const db = freshDb();
await db.annotations.bulkAdd(sample);
const store = createLibraryStore(db);
await median('page query: newest first, first page of 50', 9, () => store.listAll({ limit: 50 }));
await median('page query: newest first, page at offset 5000', 9, () => store.listAll({ offset: 5_000, limit: 50 }));
await median('page query: by tag (1 of 10 tags), first 50', 9, () => store.byTag('strikes', { limit: 50 }));
await median('page query: by site, first 50', 9, () => store.bySite('ledger.example', { limit: 50 }));
await median('page query: by date range (one week), first 50', 9, () => store.byDateRange(sample[2000]!.created, sample[2000]!.created + 7 * 86_400_000, { limit: 50 }));
await median(`load all ${COUNT} (index build input)`, 3, () => store.all());

// ---- search: MiniSearch in memory
const all = await store.all();
let search = createLibrarySearch({ actors: dataset.actors });
await median(`MiniSearch: build index over ${COUNT} (with actor mentions, ${dataset.actors.length} actors)`, 3, () => {
  search = createLibrarySearch({ actors: dataset.actors });
  search.reset(all);
});
const QUERIES: [string, Parameters<typeof search.query>[0]][] = [
  ['one word (sohr)', { text: 'sohr' }],
  ['one letter, as typed (c)', { text: 'c' }],
  ['two words (russian federation)', { text: 'russian federation' }],
  ['typo (observatry)', { text: 'observatry' }],
  ['actor name not in text (Islamic State → "Daesh")', { text: 'daesh' }],
  ['word + tag + site filters', { text: 'ministry', tag: 'strikes', site: 'ledger.example' }],
  ['no text, actor filter', { actor: 'russia' }],
  ['no text, newest first page', {}],
];
for (const [label, q] of QUERIES) {
  search.query(q);
  await median(`MiniSearch: ${label} → ${search.query(q).total} hits`, 15, () => search.query({ ...q, limit: 50 }));
}
await median('MiniSearch: facets (tags, sites, actors with counts)', 9, () => search.facets());

// ---- search: Dexie multi-entry word index (the alternative)
interface Indexed extends Annotation {
  words: string[];
}
class WordDb extends Dexie {
  annotations!: Table<Indexed, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ annotations: 'id, created, *words' });
  }
}
const wordsOf = (a: Annotation) => [...new Set(foldedWords(`${a.quote} ${a.note} ${a.tags.join(' ')} ${a.title}`))];
const wdb = new WordDb(`bench-library-words-${process.pid}`);
await median(`Dexie *words: insert ${COUNT} with word index`, 1, () => wdb.annotations.bulkAdd(all.map((a) => ({ ...a, words: wordsOf(a) }))));
async function wordQuery(text: string) {
  const terms = foldedWords(text);
  let ids = null as Set<string> | null;
  for (const [i, term] of terms.entries()) {
    const keys = await (i === terms.length - 1 ? wdb.annotations.where('words').startsWith(term) : wdb.annotations.where('words').equals(term)).primaryKeys();
    const next = new Set(keys);
    ids = ids === null ? next : new Set([...ids].filter((id) => next.has(id)));
  }
  const found = (await wdb.annotations.bulkGet([...(ids ?? [])])).filter((a): a is Indexed => !!a);
  found.sort((a, b) => b.created - a.created);
  return { total: found.length, hits: found.slice(0, 50) };
}
for (const text of ['sohr', 'c', 'russian federation']) {
  await median(`Dexie *words: "${text}" → ${(await wordQuery(text)).total} hits`, 5, () => wordQuery(text));
}

// ---- export / import
let file = '';
await median(`export ${COUNT} as JSON-LD`, 3, () => {
  file = exportJsonLd(all);
});
rows.push(['JSON-LD file size', `${(file.length / 1024 / 1024).toFixed(1)} MB`]);
await median(`parse + validate ${COUNT} from JSON-LD`, 3, () => parseAnnotationFile(file));

if (BROWSER) await inBrowser(file);

wdb.close();
await wdb.delete();
db.close();
await db.delete();

const width = Math.max(...rows.map(([l]) => l.length));
console.log(`library benchmark: ${COUNT} annotations, node ${process.version}, fake-indexeddb for storage\n`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);

/** The worker calls, timed from the library page in Chromium (real IndexedDB, message round trips included). */
async function inBrowser(file: string) {
  const { launchWithExtension } = await import('../tests/e2e/harness');
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library/library.html`);
    // Plain JavaScript text: tsx would add helpers to a compiled function that the page does not have.
    const figures = (await page.evaluate(`(async (text) => {
      const send = (message) => chrome.runtime.sendMessage(message);
      const out = {};
      const ms = (t) => t.toFixed(t < 10 ? 2 : 0) + ' ms';
      let t = performance.now();
      const imported = await send({ type: 'library/import', text });
      out['import ' + JSON.stringify(imported.value)] = ms(performance.now() - t);
      t = performance.now();
      await send({ type: 'library/query', limit: 50 });
      out['first query (loads all, builds the index)'] = ms(performance.now() - t);
      const median = async (label, message) => {
        const times = [];
        let total = 0;
        for (let i = 0; i < 9; i++) {
          const s = performance.now();
          total = (await send(message)).value.total;
          times.push(performance.now() - s);
        }
        times.sort((a, b) => a - b);
        out[label + ' -> ' + total + ' hits'] = ms(times[4]) + ' (median of 9)';
      };
      await median('query: newest first page', { type: 'library/query', limit: 50 });
      await median('query: "sohr"', { type: 'library/query', text: 'sohr', limit: 50 });
      await median('query: "co" (as typed)', { type: 'library/query', text: 'co', limit: 50 });
      await median('query: "russian federation"', { type: 'library/query', text: 'russian federation', limit: 50 });
      await median('query: word + tag + site', { type: 'library/query', text: 'ministry', tag: 'strikes', site: 'ledger.example', limit: 50 });
      t = performance.now();
      await send({ type: 'library/export', format: 'jsonld' });
      out['export JSON-LD'] = ms(performance.now() - t);
      return out;
    })(${JSON.stringify(file)})`)) as Record<string, string>;
    for (const [label, value] of Object.entries(figures)) rows.push([`Chromium worker call: ${label}`, value]);
  } finally {
    await browser.close();
  }
}
