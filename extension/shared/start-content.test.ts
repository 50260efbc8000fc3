import { describe, expect, it } from 'vitest';
import { CONTENT_PARTS, isStartContent, partRequested } from './start-content';

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
    expect(isStartContent({ type: 'content/start' })).toBe(true);
    expect(isStartContent({ type: 'content/part', part: 'cards' })).toBe(false);
  });
});
