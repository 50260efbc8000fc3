/** The popup's site switch writes the same stored list the content script and options page read. */
import { afterEach, describe, expect, it } from 'vitest';
import { browserApi } from './api';

const g = globalThis as { chrome?: unknown };
afterEach(() => {
  delete g.chrome;
});

function fakeStorage(initial: Record<string, unknown>) {
  const data = { ...initial };
  g.chrome = {
    runtime: {},
    storage: {
      local: {
        get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
        set: async (patch: Record<string, unknown>) => void Object.assign(data, patch),
      },
    },
  };
  return data;
}

describe('site switch', () => {
  it('adds a site to the disabled list and takes it off again, keeping the others', async () => {
    const data = fakeStorage({ disabledSites: ['other.example', 7] });
    await browserApi.setSiteEnabled('news.example', false);
    expect(data.disabledSites).toEqual(['other.example', 'news.example']);
    await browserApi.setSiteEnabled('news.example', false);
    expect(data.disabledSites).toEqual(['other.example', 'news.example']);
    await browserApi.setSiteEnabled('news.example', true);
    expect(data.disabledSites).toEqual(['other.example']);
  });

  it('starts a list where none is stored', async () => {
    const data = fakeStorage({});
    await browserApi.setSiteEnabled('news.example', false);
    expect(data.disabledSites).toEqual(['news.example']);
  });
});
