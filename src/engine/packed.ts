/**
 * Data structures written as JSON text and read back: what the build uses to
 * ship compiled tables (the alias matcher's, ADR 0100) instead of compiling
 * them on every page. Generic on purpose: whatever a compile step returns
 * goes through, as long as it is data — plain objects and arrays, strings,
 * numbers, booleans, null and undefined, Map, Set, RegExp and typed arrays.
 * Objects reached twice come back as one object (a table may index the same
 * entry from several places, and code may key a Map by it). A function or a
 * class instance is refused with its path, so a table that stops being data
 * fails the build rather than the page.
 *
 * Typed arrays are written as runs (the scan tables are 64 K units, mostly
 * one value).
 */

type Packed = null | boolean | number | string | Packed[] | { [key: string]: Packed };

const TYPED = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Float32Array,
  Float64Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

function typedName(value: object): TypedName | undefined {
  for (const name of Object.keys(TYPED) as TypedName[]) if (value instanceof TYPED[name]) return name;
  return undefined;
}

/** Runs of a list of numbers: a value alone, or `[value, count]` for 4 or more equal values in a row. */
function runs(array: ArrayLike<number>): Packed[] {
  const out: Packed[] = [];
  for (let i = 0; i < array.length; ) {
    const v = array[i]!;
    let j = i + 1;
    while (j < array.length && Object.is(array[j], v)) j++;
    if (j - i >= 4) out.push([number(v), j - i]);
    else for (let k = i; k < j; k++) out.push(number(v));
    i = j;
  }
  return out;
}

/** A typed array as runs of its values or, for integers where that is shorter (offsets, node numbers), of the steps between them. */
function typedBody(name: TypedName, array: Typed): Packed {
  const plain: Packed = { $: 'T', t: name, n: array.length, v: runs(array) };
  if (name.startsWith('Float')) return plain;
  const steps = new Float64Array(array.length);
  for (let i = 0; i < array.length; i++) steps[i] = array[i]! - (i > 0 ? array[i - 1]! : 0);
  const delta: Packed = { $: 'T', t: name, n: array.length, d: 1, v: runs(steps) };
  return JSON.stringify(delta).length < JSON.stringify(plain).length ? delta : plain;
}

function number(v: number): Packed {
  return Number.isFinite(v) && !Object.is(v, -0) ? v : { $: 'n', v: Object.is(v, -0) ? '-0' : String(v) };
}

function readNumber(p: Packed): number {
  if (typeof p === 'number') return p;
  const s = (p as { v: string }).v;
  return s === '-0' ? -0 : Number(s);
}

/** `value` as JSON text (see above for what it may hold). */
export function pack(value: unknown): string {
  // objects seen more than once get an id: written whole the first time, by id after
  const seen = new Map<object, number>();
  const count = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    const n = seen.get(v) ?? 0;
    seen.set(v, n + 1);
    if (n > 0) return;
    if (Array.isArray(v)) v.forEach(count);
    else if (v instanceof Map)
      v.forEach((x, k) => {
        count(k);
        count(x);
      });
    else if (v instanceof Set) v.forEach(count);
    else if (!(v instanceof RegExp) && !ArrayBuffer.isView(v)) Object.values(v).forEach(count);
  };
  count(value);
  const ids = new Map<object, number>();
  const open = new Set<object>();
  let next = 0;

  const write = (v: unknown, path: string): Packed => {
    if (v === undefined) return { $: 'u' };
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') return number(v);
    if (typeof v !== 'object') throw new TypeError(`pack: ${path || 'the value'} is a ${typeof v}, not data`);
    const id = ids.get(v);
    if (id !== undefined) return { $: 'r', i: id };
    if (open.has(v)) throw new TypeError(`pack: ${path} contains itself`);
    open.add(v);
    const body = writeBody(v, path);
    open.delete(v);
    if ((seen.get(v) ?? 0) < 2) return body;
    const i = next++;
    ids.set(v, i);
    return { $: 'd', i, v: body };
  };

  // Arrays and plain objects are written as themselves (a plain object with a "$" key is
  // wrapped); everything else is an object tagged by "$".
  const writeBody = (v: object, path: string): Packed => {
    if (Array.isArray(v)) return v.map((x, k) => write(x, `${path}[${k}]`));
    if (v instanceof Map) return { $: 'M', v: [...v].map(([k, x], n) => [write(k, `${path}<key ${n}>`), write(x, `${path}.get(${String(k)})`)]) };
    if (v instanceof Set) return { $: 'S', v: [...v].map((x, n) => write(x, `${path}<item ${n}>`)) };
    if (v instanceof RegExp) return { $: 'R', s: v.source, f: v.flags };
    if (ArrayBuffer.isView(v)) {
      const name = typedName(v);
      if (!name) throw new TypeError(`pack: ${path} is a ${v.constructor.name}, not a typed array pack knows`);
      return typedBody(name, v as Typed);
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`pack: ${path || 'the value'} is a ${(v as object).constructor?.name ?? 'class instance'}, not plain data`);
    const fields = Object.create(null) as { [key: string]: Packed };
    for (const [k, x] of Object.entries(v)) fields[k] = write(x, `${path}.${k}`);
    return '$' in fields ? { $: 'o', v: fields } : fields;
  };
  return JSON.stringify(write(value, ''));
}

function plainObject(fields: { [key: string]: Packed }, read: (p: Packed) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in fields) {
    const x = read(fields[key]!);
    if (key === '__proto__') Object.defineProperty(out, key, { value: x, enumerable: true, writable: true, configurable: true });
    else out[key] = x;
  }
  return out;
}

/** The value `pack` wrote. */
export function unpack<T>(text: string): T {
  const refs: unknown[] = [];
  const read = (p: Packed): unknown => {
    if (p === null || typeof p !== 'object') return p;
    if (Array.isArray(p)) {
      const out = new Array<unknown>(p.length);
      for (let k = 0; k < p.length; k++) out[k] = read(p[k]!);
      return out;
    }
    switch (p.$) {
      case undefined:
        return plainObject(p, read);
      case 'u':
        return undefined;
      case 'n':
        return readNumber(p);
      case 'r':
        return refs[p.i as number];
      case 'd': {
        const v = read(p.v!);
        refs[p.i as number] = v;
        return v;
      }
      case 'o':
        return plainObject(p.v as { [key: string]: Packed }, read);
      case 'M': {
        const out = new Map<unknown, unknown>();
        for (const pair of p.v as Packed[][]) out.set(read(pair[0]!), read(pair[1]!));
        return out;
      }
      case 'S': {
        const out = new Set<unknown>();
        for (const x of p.v as Packed[]) out.add(read(x));
        return out;
      }
      case 'R':
        return new RegExp(p.s as string, p.f as string);
      case 'T': {
        const out = new TYPED[p.t as TypedName](p.n as number);
        let at = 0;
        for (const x of p.v as Packed[]) {
          if (Array.isArray(x)) {
            const n = x[1] as number;
            out.fill(readNumber(x[0]!), at, at + n);
            at += n;
          } else out[at++] = readNumber(x);
        }
        if (p.d === 1) for (let i = 1; i < out.length; i++) out[i] = out[i]! + out[i - 1]!;
        return out;
      }
      default:
        throw new TypeError(`unpack: unknown tag ${String(p.$)}`);
    }
  };
  return read(JSON.parse(text) as Packed) as T;
}
