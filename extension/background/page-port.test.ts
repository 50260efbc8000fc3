import { describe, expect, it } from 'vitest';
import { answerOn, type PagePort } from './page-port';

/** A port as Firefox's behaves: postMessage after either side disconnected throws. */
function firefoxLikePort() {
  const listeners: (() => void)[] = [];
  const port = {
    sent: [] as unknown[],
    gone: false,
    postMessage(message: unknown) {
      if (port.gone) throw new Error('Attempt to postMessage on disconnected port');
      port.sent.push(message);
    },
    disconnect() {
      if (port.gone) throw new Error('already disconnected');
      port.gone = true;
    },
    onDisconnect: { addListener: (l: () => void) => void listeners.push(l) },
    /** The page goes away: the port is dead at once, the event comes later (or, here, when asked). */
    pageLeaves(deliver: boolean) {
      port.gone = true;
      if (deliver) listeners.forEach((l) => l());
    },
  };
  return port satisfies PagePort;
}

describe('answerOn', () => {
  it('sends while the page keeps the port open', () => {
    const port = firefoxLikePort();
    answerOn(port).post({ ok: true });
    expect(port.sent).toEqual([{ ok: true }]);
  });

  it('sends nothing, and throws nothing, once the page closed the port', async () => {
    const port = firefoxLikePort();
    const answer = answerOn(port);
    port.pageLeaves(true);
    // the worker's answer comes after the page left, from a promise as in background/index.ts
    await expect(Promise.resolve({ ok: true }).then(answer.post)).resolves.toBeUndefined();
    expect(answer.closed()).toBe(true);
    expect(port.sent).toEqual([]);
  });

  it('throws nothing when the port died before its disconnect event arrived', () => {
    const port = firefoxLikePort();
    const answer = answerOn(port);
    port.pageLeaves(false);
    expect(() => answer.post({ ok: true })).not.toThrow();
    expect(answer.closed()).toBe(true);
    expect(() => answer.close()).not.toThrow();
  });

  it('closes from this side once', () => {
    const port = firefoxLikePort();
    const answer = answerOn(port);
    answer.close();
    expect(port.gone).toBe(true);
    expect(() => answer.close()).not.toThrow();
    answer.post({ ok: true });
    expect(port.sent).toEqual([]);
  });
});
