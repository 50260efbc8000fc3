/**
 * The alias matcher's tables, built once per dataset from the folded
 * aliases: the alphabet of symbols, where a match may start (HEAD, CAP_NEXT,
 * the lower-case rests, PAIR for two ASCII units at once), and the trie
 * numbered depth-first and flattened into typed arrays. matcher.ts scans
 * with them; how they are read is documented there and in ADR 0020.
 */
import { CLS_DASH, CLS_NEWLINE, CLS_SPACE, CLS_WORD, clsOf, foldOf } from '../text/fold';
import { type AliasRules, restricted } from './alias-rules';
import { drain } from '../compile/steps';

/** Aliases (or eight times as many trie nodes) between two yields of the steps. */
const ALIASES_PER_STEP = 256;

/** The Latin-1 code units by the unit they fold to, built once (on the first compile). */
let latin1ByFold: Map<number, string[]> | undefined;

/**
 * The Latin-1 code units that fold to `f` ("e", "E", "é", "É"…), for the
 * candidate tests. Latin Extended forms are left out on purpose: the
 * candidate test only looks at an alias's first two letters.
 */
function variantsOf(f: number): string[] {
  if (latin1ByFold === undefined) {
    latin1ByFold = new Map();
    for (let c = 0; c < 0x100; c++) {
      const k = foldOf(c);
      const list = latin1ByFold.get(k);
      if (list) list.push(String.fromCharCode(c));
      else latin1ByFold.set(k, [String.fromCharCode(c)]);
    }
  }
  return latin1ByFold.get(f) ?? [String.fromCharCode(f)];
}

/** White space as JavaScript's `\s` has it (ECMAScript WhiteSpace and LineTerminator). */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** One alias to compile: its folded units (separators as 32) and its entry. */
export interface PendingAlias<E> {
  folded: number[];
  entry: E;
}

/** Build the scan tables and the trie for the aliases (once per dataset). */
export function buildScanTables<E extends { alias: string; rules: AliasRules | undefined }>(pending: readonly PendingAlias<E>[]) {
  return drain(buildScanTablesSteps(pending));
}

/** `buildScanTables` in steps (src/compile/steps.ts): the aliases a few hundred at a time. */
export function* buildScanTablesSteps<E extends { alias: string; rules: AliasRules | undefined }>(pending: readonly PendingAlias<E>[]) {
  let step = 0;
  // The alphabet: one symbol per folded unit that occurs in an alias.
  // 0 other (not a word character), 1 word character outside the alphabet,
  // 2 separator (space, dash), 3 line break, then punctuation, then word symbols.
  const punct: number[] = [];
  const wordUnits: number[] = [];
  for (const { folded } of pending) {
    for (const f of folded) {
      if (f === 32) continue;
      const list = clsOf(f) === CLS_WORD ? wordUnits : punct;
      if (!list.includes(f)) list.push(f);
    }
  }
  const W0 = 4 + punct.length;
  const A = W0 + wordUnits.length;
  if (A > 250) throw new Error(`alias alphabet too large (${A} symbols)`);
  /** symbol of each folded unit of the alphabet (0: not in it) */
  const SYM_OF_FOLDED = new Uint8Array(65536);
  punct.forEach((f, k) => (SYM_OF_FOLDED[f] = 4 + k));
  wordUnits.forEach((f, k) => (SYM_OF_FOLDED[f] = W0 + k));
  
  // Where a match can start. A capitalised alias needs its capital, followed
  // by one of the second units some alias with that capital has, as written
  // in ASCII, or any Latin-1/Latin Extended unit, or a separator when an
  // alias has one there ("Ru", "RU", "Sy", "U."…); any accented capital
  // starts a candidate; an alias written in lower case needs its whole first
  // word ("al", "moderate"). HEAD holds, per code unit, 1 = always a
  // candidate, 2 = a capital whose next unit is checked in CAP_NEXT
  // (head × ASCII unit; CAP_SEP: separators too), 4 = the first letter of a
  // lower-case alias's first word (rests in LOWER_RESTS; LOWER_NEXT: head ×
  // ASCII unit that starts a rest, LOWER_ANY: a head with a rest that is
  // empty or starts outside ASCII, always checked in full).
  const HEAD = new Uint8Array(65536);
  const CAP_NEXT = new Uint8Array(128 * 128);
  const CAP_SEP = new Uint8Array(128);
  const LOWER_RESTS = new Map<number, string[]>();
  const LOWER_NEXT = new Uint8Array(128 * 128);
  const LOWER_ANY = new Uint8Array(128);
  const firstPairs = new Map<string, Set<string>>();
  for (const { folded, entry } of pending) {
    if (++step % ALIASES_PER_STEP === 0) yield;
    const first = entry.alias.charAt(0);
    if (isUpper(first) || /[0-9]/.test(first)) {
      // the second unit as it may appear: both cases, its accented forms, or a separator
      const second = folded[1];
      let set = firstPairs.get(first);
      if (!set) firstPairs.set(first, (set = new Set()));
      if (second === undefined) set.add('');
      else if (second === 32) set.add('SEP');
      else for (const v of variantsOf(second)) set.add(v);
      continue;
    }
    let w = '';
    for (const f of folded) {
      if (f === 32 || clsOf(f) !== CLS_WORD) break;
      w += String.fromCharCode(f);
    }
    if (w === '') continue;
    const head = w.charCodeAt(0);
    HEAD[head]! |= 4;
    if (head < 128) {
      const r0 = w.charCodeAt(1);
      if (w.length > 1 && r0 < 128) LOWER_NEXT[head * 128 + r0] = 1;
      else LOWER_ANY[head] = 1;
    }
    const rests = LOWER_RESTS.get(head);
    if (rests === undefined) LOWER_RESTS.set(head, [w.slice(1)]);
    else if (!rests.includes(w.slice(1))) rests.push(w.slice(1));
  }
  for (const [first, seconds] of firstPairs) {
    // the capital itself, in ASCII (accented capitals are candidates anyway, below)
    const heads = variantsOf(foldOf(first.charCodeAt(0))).filter((v) => v.charCodeAt(0) < 128 && (isUpper(v) || /[0-9]/.test(v)));
    for (const v of heads) {
      const h = v.charCodeAt(0);
      if (seconds.has('')) {
        HEAD[h]! |= 1;
        continue;
      }
      HEAD[h]! |= 2;
      for (const x of seconds) {
        if (x === 'SEP') {
          CAP_SEP[h] = 1;
          // the ASCII separators: white space and the hyphen
          for (let c2 = 0; c2 < 128; c2++) if (c2 === 45 || isJsSpace(c2)) CAP_NEXT[h * 128 + c2] = 1;
        } else if (x.charCodeAt(0) < 128) CAP_NEXT[h * 128 + x.charCodeAt(0)] = 1;
      }
    }
  }
  // any word starting with an accented capital ("Érdogan"): rare, so always a candidate
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) HEAD[c]! |= 1;
  
  /** symbol of each raw code unit; 255 = not computed yet */
  const SYM = new Uint8Array(65536).fill(255);
  /**
   * What the scan reads for each code unit: bit 1 = a word character, bit 2 =
   * may start a candidate (HEAD); 255 = not computed yet. A candidate is a
   * unit with bit 2 after a unit without bit 1.
   */
  const SCAN = new Uint8Array(65536).fill(255);
  const symOf = symbolReader({ W0, SYM_OF_FOLDED, HEAD, SYM, SCAN });
  for (let c = 0; c < 0x250; c++) symOf(c);
  for (const c of LOWER_RESTS.keys()) symOf(c);
  /**
   * SCAN for two ASCII units (index unit × 128 + next unit): bit 1 as in
   * SCAN, bit 2 only where the next unit lets a candidate start (CAP_NEXT,
   * LOWER_NEXT), so that most words starting with a capital or with "a",
   * "t"… do not stop the scan. Not ASCII on either side: SCAN decides.
   */
  const PAIR = new Uint8Array(128 * 128);
  for (let h = 0; h < 128; h++) {
    const f = HEAD[h]!;
    const word = SCAN[h]! & 1;
    for (let c2 = 0; c2 < 128; c2++) {
      const head = (f & 1) !== 0 || ((f & 2) !== 0 && CAP_NEXT[h * 128 + c2] === 1) || ((f & 4) !== 0 && (LOWER_ANY[h] === 1 || LOWER_NEXT[h * 128 + c2] === 1));
      PAIR[h * 128 + c2] = word | (head ? 2 : 0);
    }
  }
  
  // The automaton: a trie over the symbols. Built with a list of edges per
  // node, then numbered depth-first and flattened: a node's edges are
  // EDGE_SYM/EDGE_NEXT[EDGE_AT[node] .. EDGE_AT[node + 1]), so a walk down
  // one alias reads neighbouring entries; the root's edges are one dense row
  // (ROOT, by symbol), and so are those of any node with more than a few
  // (DENSE, row ROW_OF[node] - 1). Node 0 is the root; 0 as a target means none.
  const kids: number[][] = [[]];
  const built: E[][] = [[]];
  for (const { folded, entry } of pending) {
    if (++step % ALIASES_PER_STEP === 0) yield;
    let node = 0;
    for (const f of folded) {
      const sym = f === 32 ? 2 : SYM_OF_FOLDED[f]!;
      const edges = kids[node]!;
      let next = 0;
      for (let k = 0; k < edges.length; k += 2) {
        if (edges[k] === sym) {
          next = edges[k + 1]!;
          break;
        }
      }
      if (next === 0) {
        next = kids.length;
        kids.push([]);
        built.push([]);
        edges.push(sym, next);
      }
      node = next;
    }
    built[node]!.push(entry);
  }
  const nodeCount = kids.length;
  if (nodeCount >= 0x10000) throw new Error(`alias trie too large (${nodeCount} nodes)`);
  // depth-first order
  const order: number[] = [];
  const idOf = new Int32Array(nodeCount);
  const stack = [0];
  while (stack.length > 0) {
    const old = stack.pop()!;
    idOf[old] = order.length;
    order.push(old);
    const edges = kids[old]!;
    for (let k = edges.length - 2; k >= 0; k -= 2) stack.push(edges[k + 1]!);
  }
  const EDGE_AT = new Uint16Array(nodeCount + 1);
  const EDGE_SYM = new Uint8Array(nodeCount);
  const EDGE_NEXT = new Uint16Array(nodeCount);
  const ROOT = new Uint16Array(A);
  const ROW_OF = new Uint16Array(nodeCount);
  let rows = 0;
  for (const edges of kids) if (edges.length > 8) rows++;
  const DENSE = new Uint16Array(rows * A);
  rows = 0;
  const entryLists: E[][] = [];
  const terminal = new Uint8Array(nodeCount);
  let edgeCount = 0;
  for (let id = 0; id < nodeCount; id++) {
    if (id % (8 * ALIASES_PER_STEP) === 0) yield;
    const old = order[id]!;
    EDGE_AT[id] = edgeCount;
    const edges = kids[old]!;
    const row = edges.length > 8 ? ++rows : 0;
    ROW_OF[id] = row;
    for (let k = 0; k < edges.length; k += 2) {
      EDGE_SYM[edgeCount] = edges[k]!;
      EDGE_NEXT[edgeCount] = idOf[edges[k + 1]!]!;
      if (id === 0) ROOT[edges[k]!] = idOf[edges[k + 1]!]!;
      if (row !== 0) DENSE[(row - 1) * A + edges[k]!] = idOf[edges[k + 1]!]!;
      edgeCount++;
    }
    const list = built[old]!;
    // context-bound entries first: they are the more specific reading
    if (list.length > 1) list.sort((x, y) => (restricted(y) ? 1 : 0) - (restricted(x) ? 1 : 0));
    entryLists.push(list);
    terminal[id] = list.length > 0 ? 1 : 0;
  }
  EDGE_AT[nodeCount] = edgeCount;

  return { W0, A, SYM_OF_FOLDED, HEAD, CAP_NEXT, CAP_SEP, LOWER_RESTS, LOWER_NEXT, LOWER_ANY, SYM, SCAN, PAIR, EDGE_AT, EDGE_SYM, EDGE_NEXT, ROOT, ROW_OF, DENSE, entryLists, terminal, nodeCount };
}

/** The tables as built: data only (the build ships them, ADR 0100). */
export type ScanTables<E extends { alias: string; rules: AliasRules | undefined }> = ReturnType<typeof buildScanTables<E>>;

/**
 * The symbol of a code unit, computed the first time the scan meets it and
 * kept in SYM and SCAN (which start at 255, "not computed", beyond Latin).
 */
export function symbolReader(t: { W0: number; SYM_OF_FOLDED: Uint8Array; HEAD: Uint8Array; SYM: Uint8Array; SCAN: Uint8Array }): (c: number) => number {
  const { W0, SYM_OF_FOLDED, HEAD, SYM, SCAN } = t;
  return (c: number): number => {
    const k = clsOf(c);
    let sym: number;
    if (k === CLS_SPACE || k === CLS_DASH) sym = 2;
    else if (k === CLS_NEWLINE) sym = 3;
    else sym = SYM_OF_FOLDED[foldOf(c)]! || (k === CLS_WORD ? 1 : 0);
    SYM[c] = sym;
    SCAN[c] = (sym === 1 || sym >= W0 ? 1 : 0) | (HEAD[c] !== 0 ? 2 : 0);
    return sym;
  };
}
