/**
 * `crosscheck`: the engine on the command line.
 *
 *   crosscheck analyze <file.html|file.txt> [--json] [--dataset <file>]… [--no-bundled]
 *   crosscheck dataset [--json] [<file>]
 *   crosscheck --help | --version
 *
 * Errors are one line on stderr and a non-zero exit: 2 for usage and
 * unreadable files, 1 for input that cannot be analysed (binary, not UTF-8,
 * no article text) or a dataset that does not validate.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { bundledInfo, combineDatasets, type CombinedDatasets, type DatasetEntry } from '../dataset/collection';
import { ImportProblems, importDatasetText, importErrorMessage } from '../dataset/import';
import type { Dataset } from '../dataset/schema';
import { analyzeHtml } from '../engine/html';
import { type Analysis, createEngine } from '../engine/index';
import { textModelFromString } from '../text/model';

export const HELP = `crosscheck — read the news critically: actors, claims and how they match known reports

Usage:
  crosscheck analyze <file.html|file.htm|file.txt> [--json] [--date YYYY-MM-DD] [--dataset <file>]… [--no-bundled]
      Find the actors and claim sentences in an article and match each claim
      against the known claims (corroborates / contradicts / related): the
      bundled dataset's and those of every --dataset file.
      HTML: the main content is found (<article>, main, or the densest block)
      and navigation, ads, comments and footers are left out.
      --json   print { "actors": [ { "id", "name", "type", "mentions": [ { "start",
               "end", "text" } ] } ], "claims": [ { "start", "end", "text",
               "claimant"?, "matches": [ { "claimId", "relation", "score",
               "reason", "dataset" } ] } ] } — offsets are UTF-16 indices into
               "text" (the extracted article text, also printed); "dataset"
               says which dataset the claim is from ("syria-2015", or
               "import-…" for a --dataset file, whose claim ids are prefixed
               with it: "import-…:check-3").
      --date   the article's publication date (HTML pages: read from their
               meta tags when not given); undated sentences of an article
               from another month are not taken to contradict a claim.

  crosscheck dataset [--json] [<file>]
      Summarise a dataset file (counts, sources) after validating it, or the
      bundled dataset when no file is given; --json prints its claims in the
      native format (a ClaimReview feed as it would be imported).

  crosscheck --help       this text
  crosscheck --version    the version

Options:
  --dataset <file>   add a dataset for this run (repeatable): a ClaimReview feed
                     (JSON-LD: one object, a list, a @graph, or an HTML page with
                     JSON-LD blocks) or a native dataset (docs/dataset.md);
                     at most 20 MB and 25,000 claims a file
  --no-bundled       leave the bundled dataset out (the first --dataset file
                     then keeps its own claim ids)

Exit status: 0 on success; 1 when the input cannot be analysed (binary,
not UTF-8, no article text) or the dataset is invalid; 2 on usage errors
and unreadable files.
`;

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

interface Args {
  positional: string[];
  json: boolean;
  datasets: string[];
  noBundled: boolean;
  date?: string;
  help: boolean;
  version: boolean;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let json = false;
  const datasets: string[] = [];
  let noBundled = false;
  let date: string | undefined;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--version' || a === '-v') version = true;
    else if (a === '--no-bundled') noBundled = true;
    else if (a === '--dataset') {
      const f = argv[++i];
      if (f === undefined) throw new CliError('--dataset needs a file', 2);
      datasets.push(f);
    } else if (a.startsWith('--dataset=')) datasets.push(a.slice('--dataset='.length));
    else if (a === '--date' || a.startsWith('--date=')) {
      date = a === '--date' ? argv[++i] : a.slice('--date='.length);
      if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError('--date needs a date as YYYY-MM-DD', 2);
    }
    else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a} (see crosscheck --help)`, 2);
    else positional.push(a);
  }
  const out: Args = { positional, json, help, version, datasets, noBundled };
  if (date !== undefined) out.date = date;
  return out;
}

function readBytes(file: string): Buffer {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new CliError(`cannot read ${file}: no such file`, 2);
  }
  if (st.isDirectory()) throw new CliError(`cannot read ${file}: it is a directory`, 2);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`, 2);
  }
}

/** Decode UTF-8 strictly; refuse binary files. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new CliError(`${name} looks like a binary file, not HTML or text`, 1);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 (convert it first, e.g. iconv -t UTF-8)`, 1);
  }
  // control characters other than tab/newline/CR/form feed: binary after all
  let ctrl = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  if (ctrl > n * 0.01 + 2) throw new CliError(`${name} looks like a binary file, not HTML or text`, 1);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function looksLikeHtml(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt' || ext === '.text' || ext === '.md') return false;
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

/** A dataset file (ClaimReview or native), validated and mapped as the extension's import does. */
async function readDatasetFile(file: string): Promise<DatasetEntry> {
  const text = decodeText(readBytes(file), file);
  try {
    return await importDatasetText(text, basename(file));
  } catch (e) {
    if (e instanceof ImportProblems) {
      const [first, ...others] = e.problems.map((p) => p.replace(/^[^:]*: /, ''));
      throw new CliError(`${file} is not a valid dataset: ${first}${others.length ? ` (and ${others.length} more problem${others.length === 1 ? '' : 's'}: ${others.slice(0, 3).join('; ')}${others.length > 3 ? '; …' : ''})` : ''}`, 1);
    }
    throw new CliError(`${file} is not a valid dataset: ${importErrorMessage(e).replace(/^[^:]*: /, '')}`, 1);
  }
}

async function bundledDataset(): Promise<Dataset> {
  try {
    const mod = (await import('../dataset/index')) as { dataset: Dataset };
    return mod.dataset;
  } catch (e) {
    throw new CliError(`the bundled dataset could not be loaded: ${(e as Error).message.split('\n')[0]}`, 1);
  }
}

/** The bundled dataset (unless left out) and every --dataset file, combined. */
async function loadDatasets(args: Args): Promise<CombinedDatasets> {
  const entries: DatasetEntry[] = [];
  if (!args.noBundled) {
    const bundled = await bundledDataset();
    entries.push({ info: bundledInfo(bundled), dataset: bundled });
  }
  const seen = new Set<string>();
  for (const file of args.datasets) {
    const entry = await readDatasetFile(file);
    // the same file twice is one dataset
    if (seen.has(entry.info.id)) continue;
    seen.add(entry.info.id);
    entries.push(entry);
  }
  if (entries.length === 0) throw new CliError('--no-bundled needs at least one --dataset file', 2);
  if (args.noBundled) entries[0] = { ...entries[0]!, info: { ...entries[0]!.info, id: entries[0]!.dataset.id } };
  return combineDatasets(entries);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : one.slice(0, n - 1) + '…';
}

/** The readable report. */
export function formatReport(file: string, text: string, analysis: Analysis, dataset: Dataset, date?: string): string {
  const lines: string[] = [];
  const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const words = text.split(/\s+/).filter(Boolean).length;
  lines.push(`${file}: ${words} words, ${analysis.sentences.length} sentences${date ? `, dated ${date}` : ''}`);
  lines.push('');
  lines.push(`Actors (${analysis.actors.length})`);
  if (analysis.actors.length === 0) lines.push('  none found');
  for (const a of analysis.actors) {
    const metonyms = a.mentions.filter((m) => m.refersTo).length;
    const extra = metonyms > 0 ? `  (${metonyms} for ${a.mentions.find((m) => m.refersTo)?.refersTo})` : '';
    lines.push(`  ${pad(String(a.mentions.length), 4)} ${pad(a.name, 40)} ${pad(a.type, 13)}${extra}`);
  }
  lines.push('');
  const matched = analysis.claims.filter((c) => c.matches.length > 0);
  lines.push(`Claims (${analysis.claims.length} claim sentences, ${matched.length} with matches)`);
  let k = 0;
  for (const c of analysis.claims) {
    k++;
    const who = c.claimant ? ` — claimant: ${c.claimant.actorId ? dataset.actors.find((a) => a.id === c.claimant!.actorId)?.name ?? c.claimant.actorId : clip(c.claimant.text, 40)}` : '';
    lines.push(`  [${k}] ${clip(c.text, 160)}`);
    lines.push(`      ${c.cues.join(', ')}${who}`);
    for (const m of c.matches) {
      const claim = claimsById.get(m.claimId);
      const srcs = claim
        ? [...new Set(claim.evidence.map((e) => e.source))]
            .map((s) => {
              const src = sourcesById.get(s);
              return src ? `${src.outlet ?? clip(src.headline, 40)}, ${src.date}` : s;
            })
            .join('; ')
        : '';
      lines.push(`      ${m.relation.toUpperCase()} ${m.claimId} (${m.score.toFixed(2)}): ${m.reason}`);
      if (claim) lines.push(`        known: "${clip(claim.statement, 120)}" — ${srcs}`);
      if (claim?.review) {
        const r = claim.review;
        lines.push(`        checked by ${r.by}${r.date ? ` on ${r.date}` : ''}: ${r.rating}${r.url ? ` — ${r.url}` : ''}`);
      }
    }
  }
  const tally = { corroborates: 0, contradicts: 0, related: 0 };
  for (const c of analysis.claims) for (const m of c.matches) tally[m.relation]++;
  lines.push('');
  lines.push(`Summary: ${tally.corroborates} corroborate, ${tally.contradicts} contradict, ${tally.related} related`);
  return lines.join('\n') + '\n';
}

function datasetSummary(d: Dataset): string {
  const lines: string[] = [];
  lines.push(`${d.title} (${d.id}, version ${d.version})`);
  const byType = new Map<string, number>();
  for (const a of d.actors) byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
  const byKind = new Map<string, number>();
  for (const c of d.claims) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const aliases = d.actors.reduce((n, a) => n + a.aliases.length, 0);
  lines.push(`  ${d.sources.length} sources, ${d.actors.length} actors (${aliases} aliases), ${d.claims.length} claims, ${d.relations.length} relations`);
  lines.push(`  actors by type: ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
  lines.push(`  claims by kind: ${[...byKind].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
  const rel = { corroborates: 0, contradicts: 0 };
  for (const r of d.relations) rel[r.type]++;
  lines.push(`  relations: ${rel.corroborates} corroborates, ${rel.contradicts} contradicts`);
  lines.push('');
  lines.push('Sources:');
  for (const s of d.sources) {
    const n = d.claims.filter((c) => c.evidence.some((e) => e.source === s.id)).length;
    lines.push(`  ${s.date}  ${pad(s.outlet ?? '—', 8)} ${pad(s.id, 26)} ${clip(s.headline, 70)}  (${n} claims)`);
  }
  return lines.join('\n') + '\n';
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help || args.positional[0] === 'help') {
      io.out(HELP);
      return 0;
    }
    if (args.version) {
      io.out('crosscheck 0.1.0\n');
      return 0;
    }
    const [command, ...rest] = args.positional;
    if (command === undefined) {
      io.err('crosscheck: missing command (analyze or dataset); see crosscheck --help\n');
      return 2;
    }
    if (command === 'dataset') {
      const files = [...rest, ...args.datasets];
      if (files.length > 1) throw new CliError(`dataset takes one file, got ${files.length}`, 2);
      const d = files[0] !== undefined ? (await readDatasetFile(files[0])).dataset : await bundledDataset();
      io.out(args.json ? JSON.stringify(d, null, 2) + '\n' : datasetSummary(d));
      return 0;
    }
    if (command === 'analyze' || command === 'analyse') {
      const file = rest[0];
      if (file === undefined) throw new CliError('analyze needs a file: crosscheck analyze <file.html|file.txt>', 2);
      if (rest.length > 1) throw new CliError(`analyze takes one file, got ${rest.length}`, 2);
      const raw = decodeText(readBytes(file), file);
      const combined = await loadDatasets(args);
      const dataset = combined.dataset;
      const engine = createEngine(dataset, { datasetOf: combined.datasetOf });
      let text: string;
      let analysis: Analysis;
      let date = args.date;
      if (looksLikeHtml(file, raw)) {
        const r = await analyzeHtml(engine, raw, date);
        text = r.model.text;
        analysis = r.analysis;
        date = r.date;
      } else {
        const model = textModelFromString(raw);
        text = model.text;
        analysis = engine.analyzeText(text, date !== undefined ? { paragraphs: model.paragraphs, date } : { paragraphs: model.paragraphs });
      }
      if (text.trim() === '') throw new CliError(`${file} has no article text to analyse`, 1);
      if (args.json) {
        const { sentences: _sentences, ...rest2 } = analysis;
        io.out(JSON.stringify({ file, ...(date !== undefined ? { date } : {}), text, ...rest2 }, null, 2) + '\n');
      } else {
        io.out(formatReport(file, text, analysis, dataset, date));
      }
      return 0;
    }
    throw new CliError(`unknown command "${command}" (analyze or dataset; see crosscheck --help)`, 2);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`crosscheck: ${e.message}\n`);
      return e.code;
    }
    io.err(`crosscheck: internal error: ${(e as Error).message}\n`);
    return 1;
  }
}
