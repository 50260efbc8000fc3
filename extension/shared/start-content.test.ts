import { describe, expect, it } from 'vitest';
import { CONTENT_PARTS, MAX_TOP_CHARS, partRequested, startRequested } from './start-content';

describe('what a content script may ask the worker to inject', () => {
  it('names a part only by its name, never a file', () => {
    expect(partRequested({ type: 'content/part', part: 'cards' })).toBe('cards');
    expect(partRequested({ type: 'content/part', part: 'matcher' })).toBe('matcher');
    for (const part of ['content.js', CONTENT_PARTS.cards, '../background.js', 'toString', '__proto__', 42, undefined]) {
      expect(partRequested({ type: 'content/part', part })).toBeNull();
    }
    expect(partRequested({ type: 'content/part', part: 'cards', files: ['x.js'] })).toBeNull();
    expect(partRequested({ type: 'content/start' })).toBeNull();
    expect(partRequested(null)).toBeNull();
  });

  it('keeps the start request apart', () => {
    expect(startRequested({ type: 'content/start' })).toEqual({ top: '' });
    expect(startRequested({ type: 'content/part', part: 'cards' })).toBeNull();
  });

  it('takes the top of an article with the start request, a string of bounded length and nothing else', () => {
    expect(startRequested({ type: 'content/start', top: 'Kerry met Lavrov.' })).toEqual({ top: 'Kerry met Lavrov.' });
    expect(startRequested({ type: 'content/start', top: 'x'.repeat(MAX_TOP_CHARS) })).toEqual({ top: 'x'.repeat(MAX_TOP_CHARS) });
    expect(startRequested({ type: 'content/start', top: 'x'.repeat(MAX_TOP_CHARS + 1) })).toBeNull();
    expect(startRequested({ type: 'content/start', top: 42 })).toBeNull();
    expect(startRequested({ type: 'content/start', top: 'a', files: ['x.js'] })).toBeNull();
    expect(startRequested({ type: 'content/start', files: ['x.js'] })).toBeNull();
  });
});
