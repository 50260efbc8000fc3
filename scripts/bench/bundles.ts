/** Case 5 (size): every file of the built extension, raw and gzipped (level 9). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { row, type Row } from './report';

export function bundlesCase(dist: string): { rows: Row[]; notes: string[] } {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html|json)$/.test(name)) files.push(path);
    }
  };
  walk(dist);
  const c = '5 bundles (dist/)';
  const rows: Row[] = [];
  let raw = 0;
  let gz = 0;
  const sized = files.map((f) => {
    const data = readFileSync(f);
    return { name: relative(dist, f), raw: data.length / 1024, gz: gzipSync(data, { level: 9 }).length / 1024 };
  });
  sized.sort((a, b) => b.raw - a.raw);
  for (const f of sized) {
    raw += f.raw;
    gz += f.gz;
    if (f.raw < 1) continue;
    // hashed chunk names change every build: name them by what they are
    const name = f.name.replace(/-[A-Za-z0-9_-]{8}\.(js|css)$/, '.$1');
    rows.push(row(c, `${name} gzipped (raw ${f.raw.toFixed(1)} KB)`, 'KB', [f.gz], name === 'content.js' ? { target: { op: '<', value: 150 } } : {}));
  }
  // the one script every http(s) page evaluates (ADR 0051)
  const boot = sized.find((f) => f.name === 'bootstrap.js');
  if (boot) rows.push(row(c, 'bootstrap.js raw (evaluated on every page)', 'KB', [boot.raw], { target: { op: '<', value: 15 } }));
  rows.push(row(c, `all files gzipped (raw ${raw.toFixed(0)} KB)`, 'KB', [gz]));
  return { rows, notes: [`${files.length} files; files under 1 KB are left out of the table but counted in the totals`] };
}
