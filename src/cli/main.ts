/**
 * `crosscheck`: the engine on the command line.
 *
 *   crosscheck analyze <file.html|file.txt> [--json] [--dataset <file.json>]
 *   crosscheck dataset [--json] [--dataset <file.json>]
 *   crosscheck --help | --version
 *
 * Errors are one line on stderr and a non-zero exit: 2 for usage and
 * unreadable files, 1 for input that cannot be analysed (binary, not UTF-8,
 * no article text) or a dataset that does not validate.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import * as v from 'valibot';
import { type Dataset, DatasetSchema } from '../dataset/schema';
import { analyzeHtml } from '../engine/html';
import { type Analysis, createEngine } from '../engine/index';
import { textModelFromString } from '../text/model';

export const HELP = `crosscheck — read the news critically: actors, claims and how they match known reports

Usage:
  crosscheck analyze <file.html|file.htm|file.txt> [--json] [--date YYYY-MM-DD] [--dataset <file.json>]
      Find the actors and claim sentences in an article and match each claim
      against the dataset's claims (corroborates / contradicts / related).
      HTML: the main content is found (<article>, main, or the densest block)
      and navigation, ads, comments and footers are left out.
      --json   print { "actors": [ { "id", "name", "type", "mentions": [ { "start",
               "end", "text" } ] } ], "claims": [ { "start", "end", "text",
               "claimant"?, "matches": [ { "claimId", "relation", "score",
               "reason" } ] } ] } — offsets are UTF-16 indices into "text"
               (the extracted article text, also printed).
      --date   the article's publication date (HTML pages: read from their
               meta tags when not given); undated sentences of an article
               from another month are not taken to contradict a claim.

  crosscheck dataset [--json] [--dataset <file.json>]
      Summarise the bundled dataset (counts, sources); --json prints it as it ships.

  crosscheck --help       this text
  crosscheck --version    the version

Options:
  --dataset <file.json>   use another dataset (validated against the schema)

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
  dataset?: string;
  date?: string;
  help: boolean;
  version: boolean;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let json = false;
  let dataset: string | undefined;
  let date: string | undefined;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--version' || a === '-v') version = true;
    else if (a === '--dataset') {
      dataset = argv[++i];
      if (dataset === undefined) throw new CliError('--dataset needs a file', 2);
    } else if (a.startsWith('--dataset=')) dataset = a.slice('--dataset='.length);
    else if (a === '--date' || a.startsWith('--date=')) {
      date = a === '--date' ? argv[++i] : a.slice('--date='.length);
      if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError('--date needs a date as YYYY-MM-DD', 2);
    }
    else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a} (see crosscheck --help)`, 2);
    else positional.push(a);
  }
  const out: Args = { positional, json, help, version };
  if (dataset !== undefined) out.dataset = dataset;
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

async function loadDataset(file: string | undefined): Promise<Dataset> {
  if (file !== undefined) {
    const text = decodeText(readBytes(file), file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new CliError(`${file} is not JSON: ${(e as Error).message}`, 1);
    }
    const r = v.safeParse(DatasetSchema, json);
    if (!r.success) {
      const first = r.issues[0];
      const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new CliError(`${file} is not a valid dataset: ${path ? path + ': ' : ''}${first?.message ?? 'invalid'}`, 1);
    }
    return r.output;
  }
  try {
    const mod = (await import('../dataset/index')) as { dataset: Dataset };
    return mod.dataset;
  } catch (e) {
    throw new CliError(`the bundled dataset could not be loaded: ${(e as Error).message.split('\n')[0]}`, 1);
  }
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
      if (rest.length > 0) throw new CliError(`dataset takes no file (did you mean --dataset ${rest[0]}?)`, 2);
      const d = await loadDataset(args.dataset);
      io.out(args.json ? JSON.stringify(d, null, 2) + '\n' : datasetSummary(d));
      return 0;
    }
    if (command === 'analyze' || command === 'analyse') {
      const file = rest[0];
      if (file === undefined) throw new CliError('analyze needs a file: crosscheck analyze <file.html|file.txt>', 2);
      if (rest.length > 1) throw new CliError(`analyze takes one file, got ${rest.length}`, 2);
      const raw = decodeText(readBytes(file), file);
      const dataset = await loadDataset(args.dataset);
      const engine = createEngine(dataset);
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
