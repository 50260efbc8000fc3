import { describe, expect, it } from 'vitest';
import { commonRun, contextDistance, contextSimilarity, EDGE_WEIGHT } from './similarity';

describe('context similarity', () => {
  const text = 'The mayor said the bridge was unsafe after engineers found cracks.';
  const quoteStart = text.indexOf('unsafe');
  const quoteEnd = quoteStart + 'unsafe'.length;

  it('reads the prefix backwards and the suffix forwards from the quote', () => {
    expect(commonRun('the bridge was ', text, quoteStart, 'before')).toBe(15);
    expect(commonRun('XXe bridge was ', text, quoteStart, 'before')).toBe(13);
    expect(commonRun(' after engineers', text, quoteEnd, 'after')).toBe(16);
    expect(commonRun(' after engineers', text, quoteEnd + 1, 'after')).toBe(0);
  });

  it('charges an insertion next to the quote only for the inserted characters', () => {
    const edited = text.replace('was unsafe', 'was QQQQQ unsafe');
    const start = edited.indexOf('unsafe');
    expect(contextDistance('the bridge was ', edited, start, 'before')).toBe(6); // "QQQQQ " inserted
    expect(contextDistance(' mayor said the bridge was ', text, quoteStart, 'before')).toBe(0);
  });

  it('charges a deletion next to the quote only for the deleted characters', () => {
    const edited = text.replace('the bridge was unsafe', 'the bridge unsafe');
    const start = edited.indexOf('unsafe');
    expect(contextDistance('the bridge was ', edited, start, 'before')).toBe(4);
  });

  it('counts missing text at the document edge as errors', () => {
    expect(contextDistance('xx The', text, 3, 'before')).toBe(3);
  });

  it('treats an empty context as the document edge and an absent one as unknown', () => {
    expect(contextSimilarity('', text, 0, 'before')).toEqual({ similarity: 1, weight: EDGE_WEIGHT, intact: true });
    expect(contextSimilarity('', text, 8, 'before')).toEqual({ similarity: 1 - 8 / EDGE_WEIGHT, weight: EDGE_WEIGHT, intact: false });
    expect(contextSimilarity(undefined, text, 8, 'before')).toBeNull();
  });

  it('calls a side intact when the characters next to the quote agree and the rest nearly does', () => {
    expect(contextSimilarity('the bridge was ', text, quoteStart, 'before')?.intact).toBe(true);
    // Same characters, but the ones next to the quote differ: not intact.
    expect(contextSimilarity('the bridge wasX', text, quoteStart, 'before')?.intact).toBe(false);
    // Short context reaching the document edge, all of it agreeing: intact.
    expect(contextSimilarity('The ', text, 4, 'before')?.intact).toBe(true);
  });
});
