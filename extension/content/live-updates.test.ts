// @vitest-environment happy-dom
// Following a live page (ADR 0004, 0157): a change schedules one reading;
// between that change and the reading's start the page is not observed (a
// live page pays for no record of each of its changes meanwhile), and a
// change made while a reading runs is read by the next one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, watchPage } from './live-updates';

const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS + 50));

describe('watchPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('stops observing once a reading is scheduled, and observes again when it starts', async () => {
    document.body.innerHTML = '<article><p>Moscow said the strikes hit Raqqa.</p></article><div id="ui"></div>';
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    let readings = 0;
    const watcher = watchPage(document, document.getElementById('ui')!, async () => void readings++);
    expect(observe).toHaveBeenCalledTimes(1);
    const p = document.querySelector('p')!;
    p.append(' Updated.');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    // the change scheduled a reading: nothing more is recorded until it starts
    expect(disconnect).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) p.append(` (${i})`);
    await settle();
    expect(readings).toBe(1);
    expect(observe).toHaveBeenCalledTimes(2);
    watcher.stop();
  });

  it('reads again after a change made while a reading runs, and ignores changes in its own element', async () => {
    document.body.innerHTML = '<article><p>Moscow said the strikes hit Raqqa.</p></article><div id="ui"></div>';
    const p = document.querySelector('p')!;
    let readings = 0;
    let during: (() => void) | null = () => p.append(' Changed while read.');
    const watcher = watchPage(document, document.getElementById('ui')!, async () => {
      readings++;
      during?.();
      during = null;
      await new Promise((r) => setTimeout(r, 20));
    });
    document.getElementById('ui')!.append('card');
    await settle();
    expect(readings).toBe(0);
    p.append(' Updated.');
    await settle();
    expect(readings).toBe(1);
    // the change made during the first reading: read again (after the minimum interval)
    await vi.waitFor(() => expect(readings).toBe(2), { timeout: 3_000 });
    watcher.stop();
  });
});
