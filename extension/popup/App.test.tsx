// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import type { PageAnalysis } from '../shared/messages';
import type { PopupApi } from './api';
import { App } from './App';

const note: Annotation = {
  id: 'note-0001',
  url: 'https://news.example/story',
  urlKey: 'news.example/story',
  title: 'Story',
  selectors: [{ type: 'TextQuoteSelector', exact: 'killed 12 militants' }],
  quote: 'killed 12 militants',
  note: 'SOHR figure',
  tags: ['casualties'],
  color: 'yellow',
  created: 1,
  updated: 1,
};

const analysis: PageAnalysis = {
  claims: [
    { start: 0, end: 40, text: 'The monitor said 12 militants were killed.', claimant: 'Syrian Observatory for Human Rights', matches: [{ claimId: 'sohr-at-least-12-militants-killed-raqqa', relation: 'corroborates', score: 0.9, reason: 'same figure: 12 militants killed' }] },
    { start: 50, end: 90, text: 'Activists said 30 militants died.', matches: [{ claimId: 'sohr-at-least-12-militants-killed-raqqa', relation: 'contradicts', score: 0.7, reason: 'different figure: 30 vs 12' }] },
    { start: 100, end: 130, text: 'Bread prices doubled.', matches: [] },
  ],
  actors: [{ id: 'raqqa', name: 'Raqqa', type: 'place', mentions: 3 }],
  annotationClaims: { 'note-0001': ['sohr-at-least-12-militants-killed-raqqa'] },
};

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    currentPage: async () => ({ tabId: 5, page: { url: 'https://news.example/story', urlKey: 'news.example/story', title: 'Story', state: 'ready' } }),
    analysis: async () => analysis,
    listAnnotations: async () => [note],
    orphanedIds: async () => [],
    updateAnnotation: async (_id, patch) => ({ ...note, ...patch }) as Annotation,
    deleteAnnotation: async () => {},
    reveal: vi.fn(async () => {}),
    nextMention: vi.fn(async () => ({ index: 0, total: 3 })),
    revealAnnotation: async () => true,
    setSiteEnabled: async () => {},
    openLibrary: async () => {},
    storageStatus: async () => ({ evicted: null, unexportedCount: 0, total: 1, lastExport: null, persisted: true, remindBackup: false }),
    dismissEviction: async () => {},
    ...overrides,
  };
}

let root: HTMLElement;
afterEach(() => render(null, root));

async function mount(api: PopupApi) {
  root = document.createElement('main');
  document.body.append(root);
  await act(async () => {
    render(<App api={api} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

const click = async (el: Element | null | undefined) => {
  await act(async () => {
    (el as HTMLElement).click();
  });
};

describe('popup', () => {
  it('summarises the page and lists claims with their relation', async () => {
    await mount(fakeApi());
    expect(root.querySelector('.summary')?.textContent).toBe('1 actors · 3 claims · 2 match known claims · 1 contradict');
    const claims = [...root.querySelectorAll('.claim')].map((li) => li.getAttribute('data-relation'));
    expect(claims).toEqual(['corroborates', 'contradicts', 'unknown']);
    expect(root.querySelector('.claim .known')?.textContent).toMatch(/12/);
  });

  it('reveals a claim on the page when it is clicked', async () => {
    const api = fakeApi();
    await mount(api);
    await click(root.querySelector('.claim-text'));
    expect(api.reveal).toHaveBeenCalledWith(5, 0, 40);
  });

  it('moves between tabs with the arrow keys and shows coverage, actors and notes', async () => {
    const api = fakeApi();
    await mount(api);
    const tablist = root.querySelector('[role="tablist"]')!;
    await act(async () => {
      tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Coverage');
    expect(root.querySelectorAll('.coverage-rows li').length).toBe(1);
    expect(root.querySelector('.coverage-rows li')?.getAttribute('data-page-mark')).toBe('contradicted');

    await click(root.querySelector('#tab-actors'));
    await click(root.querySelector('[data-actor-id="raqqa"]'));
    expect(api.nextMention).toHaveBeenCalledWith(5, 'raqqa');

    await click(root.querySelector('#tab-notes'));
    expect(root.querySelector('[data-annotation-id="note-0001"] .note')?.textContent).toBe('SOHR figure');
    expect(root.querySelector('.linked')?.textContent).toMatch(/Near known claim/);
  });

  it('says so when Crosscheck cannot run on the page', async () => {
    await mount(fakeApi({ currentPage: async () => null }));
    expect(root.textContent).toMatch(/does not run on this page/);
  });
});
