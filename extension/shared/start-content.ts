/**
 * The one message the bootstrap content script sends (ADR 0051): "this page
 * is worth reading, inject the full content script into my frame". The
 * worker takes the tab and frame from the sender the browser reports, never
 * from the message, so a content script can only ask for its own frame.
 */
export const START_CONTENT = 'content/start';

export function isStartContent(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === START_CONTENT && Object.keys(message).length === 1;
}
