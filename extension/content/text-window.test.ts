import { describe, expect, it, vi } from 'vitest';
import type { TextModel } from '../../src/text/model';
import { createTextWindow, WINDOW_ABOVE_RANGES } from './text-window';

/** A model of `n` paragraphs of 10 characters, each in its own element. */
function fakeModel(n: number): { model: TextModel; elements: object[] } {
  const elements = Array.from({ length: n }, (_, i) => ({ id: i }));
  const paragraphs = Array.from({ length: n }, (_, i) => ({ start: i * 12, end: i * 12 + 10 }));
  const model = {
    text: '',
    root: null,
    paragraphs,
    rangeFor(start: number) {
      const i = Math.floor(start / 12);
      return { startContainer: { parentElement: elements[i] }, startOffset: 0, endContainer: {}, endOffset: 0 };
    },
    toRange: () => null,
    offsetOf: () => -1,
  } as unknown as TextModel;
  return { model, elements };
}

/** A window whose IntersectionObserver the test drives by hand. */
function fakeWindow() {
  let callback: ((entries: { target: object; isIntersecting: boolean }[]) => void) | null = null;
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const win = {
    IntersectionObserver: class {
      constructor(cb: typeof callback) {
        callback = cb;
      }
      observe() {}
      disconnect() {}
    },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    cancelAnimationFrame: () => {},
    setTimeout: (f: () => void) => timers.push(f),
    clearTimeout: () => {},
  };
  return {
    win: win as unknown as Window & typeof globalThis,
    report: (entries: { target: object; isIntersecting: boolean }[]) => callback!(entries),
    frame: () => frames.splice(0).forEach((f) => f()),
    timeout: () => timers.splice(0).forEach((f) => f()),
  };
}

const spans = (paragraphs: number[]) => paragraphs.map((i) => ({ start: i * 12 + 2, end: i * 12 + 5, i }));

describe('the text window', () => {
  it('draws everything on pages with few ranges', async () => {
    const w = fakeWindow();
    const tw = createTextWindow(() => {}, w.win);
    const { model } = fakeModel(10);
    await tw.update(model, WINDOW_ABOVE_RANGES);
    expect(tw.active).toBe(false);
    expect(tw.filter(spans([0, 5, 9]))).toHaveLength(3);
  });

  it('on big pages draws the paragraphs near the viewport, and follows scrolling', async () => {
    const w = fakeWindow();
    const moved = vi.fn();
    const tw = createTextWindow(moved, w.win);
    const { model, elements } = fakeModel(100);
    const ready = tw.update(model, WINDOW_ABOVE_RANGES + 1);
    w.report(elements.map((target, i) => ({ target, isIntersecting: i < 3 })));
    await ready;
    expect(tw.active).toBe(true);
    expect(tw.filter(spans([0, 2, 3, 50])).map((s) => s.i)).toEqual([0, 2]);
    // the first report answers update(); it needs no redraw of its own
    w.frame();
    expect(moved).not.toHaveBeenCalled();

    // the reader scrolls: paragraphs 0-2 leave, 50 comes near
    w.report([...[0, 1, 2].map((i) => ({ target: elements[i]!, isIntersecting: false })), { target: elements[50]!, isIntersecting: true }]);
    w.frame();
    expect(moved).toHaveBeenCalledTimes(1);
    expect(tw.filter(spans([0, 2, 50])).map((s) => s.i)).toEqual([50]);
  });

  it('in a tab that renders no frames, draws after a while, and again once the first report comes', async () => {
    const w = fakeWindow();
    const moved = vi.fn();
    const tw = createTextWindow(moved, w.win);
    const { model, elements } = fakeModel(100);
    const ready = tw.update(model, WINDOW_ABOVE_RANGES + 1);
    w.timeout();
    await ready;
    expect(tw.filter(spans([0, 1]))).toHaveLength(0);
    w.report(elements.map((target, i) => ({ target, isIntersecting: i < 2 })));
    w.frame();
    expect(moved).toHaveBeenCalledTimes(1);
    expect(tw.filter(spans([0, 1, 2])).map((s) => s.i)).toEqual([0, 1]);
  });
});
