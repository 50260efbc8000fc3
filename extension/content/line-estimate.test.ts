import { describe, expect, it } from 'vitest';
import { placeLines, placer } from './line-estimate';

/** A monospace font: every character 10 px wide. */
const mono = (s: string) => s.length * 10;
const box = (top: number, width: number, left = 0) => ({ left, top, width, height: 20 });
const ragged = { preserve: false, justify: false };

describe('placeLines', () => {
  it('splits a stretch over its line boxes at break opportunities, the wrapped space going with the line it ends', () => {
    const text = 'aaa bbb ccc ddd eee';
    // the browser broke after "aaa bbb" (70 px) and "ccc ddd" (70 px) in a 100 px column
    const lines = placeLines(text, 0, text.length, [box(0, 70), box(20, 70), box(40, 30)], mono, ragged);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['aaa bbb', 'ccc ddd', 'eee']);
  });

  it('never breaks inside a word, also when the box is wider than the words (justified lines)', () => {
    const text = 'aaa bbb cccccc ddd';
    const lines = placeLines(text, 0, text.length, [box(0, 100), box(20, 100)], mono, { preserve: false, justify: true });
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['aaa bbb', 'cccccc ddd']);
  });

  it('starts mid-line at the stretch and measures collapsed whitespace once', () => {
    const text = 'xx aaa  \n bbb ccc';
    const lines = placeLines(text, 3, text.length, [box(0, 70, 30), box(20, 30)], mono, ragged);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['aaa  \n bbb', 'ccc']);
  });

  it('keeps newlines as hard breaks when whitespace is preserved', () => {
    const text = 'title\n\nbody of it';
    const lines = placeLines(text, 0, text.length, [box(0, 50), box(20, 0), box(40, 100)], mono, { preserve: true, justify: false });
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['title', '', 'body of it']);
    expect(lines[2]!.start).toBe(text.indexOf('body'));
    // Chromium also gives a newline at a line's end a box of no width, right after the line's
    const withNewlineBoxes = placeLines(text, 0, text.length, [box(0, 50), box(0, 0, 50), box(20, 0), box(40, 100)], mono, { preserve: true, justify: false });
    expect(withNewlineBoxes.map((l) => text.slice(l.start, l.end))).toEqual(['title', '', 'body of it']);
  });

  it('takes a hanging space\'s own box as part of its line', () => {
    const text = 'aaa bbb ccc ddd';
    // pre-wrap: "aaa bbb" and, in a box of its own, the space it hangs
    const lines = placeLines(text, 0, text.length, [box(0, 70), box(0, 10, 70), box(20, 70)], mono, { preserve: true, justify: false });
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['aaa bbb', 'ccc ddd']);
  });
});

describe('placer', () => {
  const text = 'aaa bbb ccc ddd eee';
  const lines = placeLines(text, 0, text.length, [box(0, 70, 5), box(20, 70, 5), box(40, 30, 5)], mono, ragged);

  it('places a span by the width of what precedes it on its line', () => {
    expect(placer(text, lines, mono, ragged)(text.indexOf('ddd'), text.indexOf('ddd') + 3)).toEqual([{ left: 45, top: 20, width: 30, height: 20 }]);
  });

  it('gives a span over a line break one box per line', () => {
    const boxes = placer(text, lines, mono, ragged)(text.indexOf('bbb'), text.indexOf('ccc') + 3);
    expect(boxes).toEqual([
      { left: 45, top: 0, width: 30, height: 20 },
      { left: 5, top: 20, width: 30, height: 20 },
    ]);
  });

  it('stretches spaces on justified lines, not on the last', () => {
    const just = { preserve: false, justify: true };
    const placed = placeLines(text, 0, text.length, [box(0, 100), box(20, 100), box(40, 30)], mono, just);
    // "aaa bbb" is 70 px in a 100 px box: its one space takes 30 px more
    expect(placer(text, placed, mono, just)(4, 7)[0]!.left).toBe(70);
    expect(placer(text, placed, mono, just)(text.indexOf('eee'), text.length)[0]!.left).toBe(0);
  });
});
