// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/annotations/model';
import type { PageAnalysis } from '../shared/messages';
import type { PopupApi } from './api';
import { DEFAULT_LAYER_PREFS } from '../shared/layer-prefs';
import { App, type AppProps } from './App';
import { ClaimList, FIRST_SCREEN } from './ClaimList';
import { knowledge } from './knowledge';

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
    currentTab: async () => 5,
    pageInfo: async () => ({ url: 'https://news.example/story', urlKey: 'news.example/story', title: 'Story', state: 'ready' }),
    analysis: async () => analysis,
    listAnnotations: async () => [note],
    orphanedIds: async () => [],
    updateAnnotation: async (_id, patch) => ({ ...note, ...patch }) as Annotation,
    deleteAnnotation: async () => {},
    reveal: vi.fn(async () => {}),
    nextMention: vi.fn(async () => ({ index: 0, total: 3 })),
    revealAnnotation: async () => true,
    setSiteEnabled: async () => {},
    layerPrefs: async () => ({ ...DEFAULT_LAYER_PREFS }),
    setLayerPrefs: async () => {},
    openLibrary: async () => {},
    storageStatus: async () => ({ evicted: null, unexportedCount: 0, total: 1, lastExport: null, persisted: true, remindBackup: false }),
    dismissEviction: async () => {},
    ...overrides,
  };
}

let root: HTMLElement;
afterEach(() => render(null, root));

/** Renders the popup with the bundled dataset, as main.tsx does. */
async function mount(api: PopupApi, props: Partial<AppProps> = { knowledge }) {
  root = document.createElement('main');
  document.body.append(root);
  await act(async () => {
    render(<App api={api} {...props} />, root);
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
  it('says which parts of the page could not be read, and still shows the rest (not "not an article")', async () => {
    await mount(fakeApi({ pageInfo: async () => ({ url: 'https://news.example/story', urlKey: 'news.example/story', title: 'Story', state: 'ready', unavailable: ['notes'] }) }));
    expect(root.querySelector('[role="status"].error')?.textContent).toBe('Crosscheck could not load your notes on this page. Reload the page to try again.');
    expect(root.textContent).not.toContain('does not look like a news article');
    expect(root.textContent).toContain('Claims (3)');
  });

  it('opens on the article\'s verdict, each count unfolding into sentences that show themselves on the page', async () => {
    const api = fakeApi();
    await mount(api);
    const rows = [...root.querySelectorAll('.verdict-row summary')].map((s) => s.textContent);
    expect(rows).toEqual(['1 claim the known reports contradict', '1 claim the known reports corroborate', '1 claim not in the known reports (new)']);
    await click(root.querySelector('[data-bucket="contradicts"] button'));
    expect(api.reveal).toHaveBeenCalledWith(5, 50, 90);
  });

  it('shows the highlight switches for the site and saves a change', async () => {
    const api = fakeApi({ setLayerPrefs: vi.fn(async () => {}) });
    await mount(api);
    await vi.waitFor(() => expect(root.querySelector('input[data-layer="moreClaims"]')).not.toBeNull());
    const more = root.querySelector<HTMLInputElement>('input[data-layer="moreClaims"]')!;
    expect(more.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('input[data-layer="notes"]')!.checked).toBe(true);
    await click(more);
    expect(api.setLayerPrefs).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ moreClaims: true, notes: true }));
  });

  it('lists claims with their relation', async () => {
    await mount(fakeApi());
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
    await mount(fakeApi({ pageInfo: async () => null }));
    expect(root.textContent).toMatch(/does not run on this page/);
  });

  it('uses the bundled dataset when it is not handed one', async () => {
    await mount(fakeApi(), {});
    await vi.waitFor(() => expect(root.querySelector('.claim .known')?.textContent).toMatch(/12/), { timeout: 5_000 });
  });

  it('asks for the storage status only once the page\'s data is drawn', async () => {
    let release!: (list: Annotation[]) => void;
    const drawnWhenAsked: boolean[] = [];
    const storageStatus = vi.fn(async () => {
      drawnWhenAsked.push(root.querySelector('.verdict') !== null);
      return { evicted: null, unexportedCount: 0, total: 1, lastExport: null, persisted: true, remindBackup: false };
    });
    await mount(fakeApi({ listAnnotations: () => new Promise((r) => (release = r)), storageStatus }));
    expect(root.textContent).toMatch(/Reading this page/);
    expect(storageStatus).not.toHaveBeenCalled();
    await act(async () => {
      release([note]);
      await new Promise((r) => setTimeout(r, 0));
    });
    await vi.waitFor(() => expect(storageStatus).toHaveBeenCalledTimes(1));
    // its work in the worker and its answer come after the frame that paints the page's data (ADR 0365)
    expect(drawnWhenAsked).toEqual([true]);
  });

  it('takes over the shell popup.html paints before any script runs', async () => {
    const html = readFileSync(resolve(import.meta.dirname, 'popup.html'), 'utf8');
    const shell = /<main id="app"[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
    expect(shell).toBeTruthy();
    root = document.createElement('main');
    root.innerHTML = shell!;
    document.body.append(root);
    const title = root.querySelector('h1');
    const line = root.querySelector('p');
    expect(title?.textContent).toBe('Crosscheck');
    await act(async () => {
      render(<App api={fakeApi()} data={new Promise(() => {})} knowledge={knowledge} />, root);
    });
    expect(root.querySelectorAll('header').length).toBe(1);
    expect(root.querySelector('h1')).toBe(title); // the same elements, not a second copy
    expect(root.querySelector('p')).toBe(line);
    expect(root.querySelectorAll('p').length).toBe(1);
    expect(root.querySelector('p')?.textContent).toBe('Reading this page…');
    expect(root.querySelector('header button')?.textContent).toMatch(/Library/);
  });
});

describe('claim list', () => {
  const claims = Array.from({ length: FIRST_SCREEN + 12 }, (_, i) => ({ ...analysis.claims[0]!, start: i * 50, end: i * 50 + 40, text: `Claim ${i}.` }));

  it('first draws what the popup shows before scrolling, then every claim with its evidence', async () => {
    root = document.createElement('main');
    document.body.append(root);
    render(<ClaimList claims={claims} lookup={knowledge.lookup} onReveal={() => {}} />, root);
    expect(root.querySelectorAll('.claim').length).toBe(FIRST_SCREEN);
    expect(root.querySelectorAll('.claim .known').length).toBe(FIRST_SCREEN);
    await vi.waitFor(() => expect(root.querySelectorAll('.claim').length).toBe(claims.length));
    expect(root.querySelectorAll('.claim details .evidence').length).toBe(claims.length);
    expect(root.querySelector('.evidence cite')?.textContent).toMatch(/\d{4}/);
  });
});
