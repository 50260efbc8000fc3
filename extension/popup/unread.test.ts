import { describe, expect, it } from 'vitest';
import { unreadMessage } from './unread';

describe('the message for parts of a page that could not be read', () => {
  it('names each part in the reader’s words, in a sentence', () => {
    expect(unreadMessage(['notes'])).toBe('Crosscheck could not load your notes on this page. Reload the page to try again.');
    expect(unreadMessage(['claims', 'notes'])).toBe('Crosscheck could not load the claims and your notes on this page. Reload the page to try again.');
    expect(unreadMessage(['actors', 'claims', 'notes'])).toBe('Crosscheck could not load the actors, the claims and your notes on this page. Reload the page to try again.');
  });
});
