import { describe, expect, it } from 'vitest';
import { createTabKeys, type SessionArea } from './tab-keys';

/** storage.session in memory; `failing` makes every write reject. */
function sessionArea(failing = false): SessionArea & { data: Map<string, unknown>; writes: number } {
  const data = new Map<string, unknown>();
  const area = {
    data,
    writes: 0,
    get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items: Record<string, unknown>) => {
      area.writes++;
      if (failing) throw new Error('quota');
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
  };
  return area;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('tab keys', () => {
  it('recalls the key a tab last asked by, also after the worker was stopped and started again', async () => {
    const area = sessionArea();
    const keys = createTabKeys(area);
    keys.remember(4, 'news.example/one');
    keys.remember(4, 'news.example/two');
    keys.remember(9, 'other.example/story');
    expect(await keys.recall(4)).toBe('news.example/two');
    await settle();
    const next = createTabKeys(area); // a new worker life: nothing in memory
    expect(await next.recall(4)).toBe('news.example/two');
    expect(await next.recall(9)).toBe('other.example/story');
    expect(await next.recall(5)).toBeUndefined();
  });

  it('writes a key again only when it changed', async () => {
    const area = sessionArea();
    const keys = createTabKeys(area);
    for (let i = 0; i < 5; i++) keys.remember(4, 'news.example/one');
    keys.remember(4, 'news.example/two');
    await settle();
    expect(area.writes).toBe(2);
  });

  it('a failed write or no session storage only leaves the key unknown to later worker lives', async () => {
    const area = sessionArea(true);
    const keys = createTabKeys(area);
    keys.remember(4, 'news.example/one');
    await settle();
    expect(await createTabKeys(area).recall(4)).toBeUndefined();
    const none = createTabKeys(undefined);
    none.remember(4, 'news.example/one');
    expect(await none.recall(4)).toBe('news.example/one');
    expect(await createTabKeys(undefined).recall(4)).toBeUndefined();
  });
});
