// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describePage, pageUrlKey } from './page-info';

describe('the page key', () => {
  it('is the key describePage gives, read without the rest of the page (ADR 0415)', () => {
    const doc = document.implementation.createHTMLDocument('A story');
    const link = doc.createElement('link');
    link.rel = 'canonical';
    link.href = 'https://news.example/2015/10/01/story.html?utm_source=feed';
    doc.head.append(link);
    expect(pageUrlKey(doc)).toBe(describePage(doc, 'idle').urlKey);
    expect(pageUrlKey(doc)).toContain('news.example/2015/10/01/story.html');
    expect(pageUrlKey(doc)).not.toContain('utm_source');
  });
});
