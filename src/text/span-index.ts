/**
 * Which spans contain a text offset? The Highlight API gives highlights no
 * pointer events, so hover cards find what is under the pointer by offset.
 * Spans are sorted once; a lookup is a binary search plus a short scan back
 * over spans that start earlier and may still cover the offset.
 */
export interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  private readonly spans: T[];
  /** Running maximum of `end` up to each position, to stop the scan back early. */
  private readonly maxEnd: Int32Array;

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = new Int32Array(this.spans.length);
    let max = -1;
    this.spans.forEach((s, i) => {
      max = Math.max(max, s.end);
      this.maxEnd[i] = max;
    });
  }

  get size(): number {
    return this.spans.length;
  }

  /** Spans with start <= offset < end, innermost (shortest) first. */
  at(offset: number): T[] {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const found: T[] = [];
    for (let i = lo - 1; i >= 0 && this.maxEnd[i]! > offset; i--) {
      const s = this.spans[i]!;
      if (s.end > offset) found.push(s);
    }
    return found.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  all(): readonly T[] {
    return this.spans;
  }
}
