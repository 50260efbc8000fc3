/**
 * Replies of the message protocol (messages.ts): data, never thrown errors,
 * so a failure crosses contexts intact. Kept apart from the protocol's
 * valibot schemas: the callers (popup, content script, pages) need these and
 * not the validation the receiving ends do.
 */

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

export interface ReplyError {
  /** `invalid-message`: malformed request; `forbidden`: not this sender's page; others from storage. */
  code: 'invalid-message' | 'forbidden' | 'invalid' | 'not-found' | 'quota' | 'storage' | 'conflict' | 'internal' | 'unavailable';
  message: string;
}

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(code: ReplyError['code'], message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** Thrown on the calling side when a reply says the call failed. */
export class CallError extends Error {
  constructor(readonly code: ReplyError['code'], message: string) {
    super(message);
    this.name = 'CallError';
  }
}

/** Unwraps a reply, turning a missing or failed one into a CallError. */
export function unwrap<T>(reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new CallError('unavailable', 'Crosscheck did not answer. Reload the page and try again.');
  }
  const r = reply as Reply<T>;
  if (r.ok) return r.value;
  throw new CallError(r.error.code, r.error.message);
}
