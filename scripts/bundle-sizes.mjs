#!/usr/bin/env node
// What a content script is made of: `node scripts/bundle-sizes.mjs [content|content-ui|bootstrap] [--top N]`.
// Builds the one script in memory (nothing written) with minification and a source map, and attributes
// every byte of the minified output to the source module it came from (by the map's segments), so the
// figures are the minified bytes a page evaluates, not sizes before minification.
import { resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { register } from 'tsx/esm/api';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'content';
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 40;
register();
process.env.CROSSCHECK_OUT = resolve(repo, 'node_modules/.cache/bundle-sizes');

const result = await build({ logLevel: 'warn', configFile: resolve(repo, 'vite.config.ts'), configLoader: 'runner', mode, build: { write: false, sourcemap: true } });
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
if (!chunk?.map) throw new Error(`no entry chunk with a source map for mode ${mode}`);

/** VLQ decoding of the map's mappings: for each generated line, segments [col, source]. */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function* segments(mappings) {
  let line = 0, source = 0, col = 0;
  for (const group of mappings.split(';')) {
    col = 0;
    for (const seg of group.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0, shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      yield { line, col, source: fields.length > 1 ? source : -1 };
    }
    line++;
  }
}
const lines = chunk.code.split('\n');
const bytes = new Map();
let prev = null;
const add = (source, n) => bytes.set(source, (bytes.get(source) ?? 0) + n);
for (const seg of segments(chunk.map.mappings)) {
  if (prev && prev.line === seg.line) add(prev.source, seg.col - prev.col);
  else if (prev) add(prev.source, lines[prev.line].length - prev.col);
  prev = seg;
}
if (prev) add(prev.source, lines[prev.line].length - prev.col);
const total = chunk.code.length;
const mapped = [...bytes.values()].reduce((a, b) => a + b, 0);
// the map's sources are relative to where the script would be written
const sourceName = (s) => (s < 0 ? '(no source)' : relative(repo, resolve(process.env.CROSSCHECK_OUT, chunk.map.sources[s])).replace(/^.*node_modules\//, 'node_modules/'));
const rows = [...bytes].map(([s, n]) => [sourceName(s), n]);
// per folder as well
const folders = new Map();
for (const [name, n] of rows) {
  const folder = name.startsWith('node_modules/') ? name.split('/').slice(0, name.split('/')[1].startsWith('@') ? 3 : 2).join('/') : dirname(name);
  folders.set(folder, (folders.get(folder) ?? 0) + n);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log(`${mode}: ${kb(total)} minified (${kb(total - mapped)} unmapped)`);
console.log('\nby module:');
for (const [name, n] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(n)}  ${name}`);
console.log('\nby folder:');
for (const [name, n] of [...folders].sort((a, b) => b[1] - a[1])) console.log(`${kb(n)}  ${name}`);
