/**
 * Finds the annotations of a large JSON file without parsing it whole: one
 * linear scan locates the list of items (`first.items`, `items`, `rows` or a
 * top-level list — the shapes `itemsOf` accepts) and the text span of each
 * item, so that items can be parsed, validated and written a batch at a time.
 * What lies outside the list (the "skeleton") is small and parsed as usual.
 */
import { InputError } from './safe-json';

export interface ItemSpans {
  /** Where the list is, in the words of import errors ("first.items"). */
  where: string;
  /** [start, end) of each item's text. */
  spans: [number, number][];
  /** The file with the list emptied: checked with the ordinary parser. */
  skeleton: string;
}

interface Frame {
  array: boolean;
  /** The key path from the root to this container. */
  path: string;
  /** In an object: the last key read. */
  key: string | null;
  expectKey: boolean;
}

const CANDIDATES: Record<string, number> = { '.first.items': 0, '.items': 1, '.rows': 2, '': 3 };
const WHERE = ['first.items', 'items', 'rows', 'the top-level list'];

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The item spans of the preferred list, or null when the file holds none of
 * the known lists (a single annotation, or not JSON at all: the ordinary
 * parser then says what is wrong). Throws InputError when the file ends early.
 */
export function scanItems(text: string): ItemSpans | null {
  const stack: Frame[] = [];
  const found: { rank: number; open: number; close: number; spans: [number, number][] }[] = [];
  let collecting: { rank: number; open: number; depth: number; spans: [number, number][]; start: number } | null = null;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    const top = stack[stack.length - 1];
    if (collecting && stack.length === collecting.depth && collecting.start < 0 && c !== 0x2c && c !== 0x5d) collecting.start = i;
    if (c === 0x22) {
      // a string: find its end, honouring escapes
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      if (j >= text.length) throw new InputError('The file is not valid JSON: it ends inside a string (is it complete?).');
      if (top && !top.array && top.expectKey) {
        top.key = j - i < 200 ? safeKey(text.slice(i, j + 1)) : null;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      const path = top ? (top.array ? `${top.path}[]` : `${top.path}.${top.key ?? ''}`) : '';
      stack.push({ array: c === 0x5b, path, key: null, expectKey: c === 0x7b });
      const rank = c === 0x5b ? CANDIDATES[path] : undefined;
      if (rank !== undefined && !collecting && (rank < 3 || stack.length === 1)) collecting = { rank, open: i, depth: stack.length, spans: [], start: -1 };
    } else if (c === 0x7d || c === 0x5d) {
      if (collecting && stack.length === collecting.depth && c === 0x5d) {
        endItem(collecting, text, i);
        found.push({ rank: collecting.rank, open: collecting.open, close: i, spans: collecting.spans });
        collecting = null;
      }
      stack.pop();
    } else if (c === 0x2c) {
      if (collecting && stack.length === collecting.depth) {
        endItem(collecting, text, i);
        collecting.start = -1;
      }
      if (top && !top.array) top.expectKey = true;
    }
  }
  if (stack.length) throw new InputError('The file is not valid JSON: it ends before its lists and objects are closed (is it complete?).');
  if (!found.length) return null;
  const best = found.reduce((a, b) => (b.rank < a.rank ? b : a));
  return { where: WHERE[best.rank]!, spans: best.spans, skeleton: text.slice(start, best.open + 1) + text.slice(best.close) };
}

function endItem(collecting: { spans: [number, number][]; start: number }, text: string, at: number) {
  if (collecting.start < 0) return;
  let end = at;
  while (end > collecting.start && isSpace(text.charCodeAt(end - 1))) end--;
  collecting.spans.push([collecting.start, end]);
}

function safeKey(literal: string): string | null {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return null;
  }
}
