// @vitest-environment happy-dom
/** The popup's reading of a page the bootstrap left alone (ADR 0125). */
import { describe, expect, it } from 'vitest';
import { leftAlonePage, readPageState, switchesOf } from './page-state';

const none = { pausedEverywhere: false, disabledSites: [] };

describe('a page left alone', () => {
  it('is idle where the bootstrap said idle, keyed by its canonical address', () => {
    const info = leftAlonePage({ flag: 'idle', url: 'https://www.shop.example/kettles?utm_source=x', canonical: 'https://shop.example/kettles', title: 'Kettles' }, none);
    expect(info).toEqual({ url: 'https://www.shop.example/kettles?utm_source=x', urlKey: 'shop.example/kettles', title: 'Kettles', state: 'idle' });
  });

  it('is off where the reader switched the site off or paused everywhere, or where the worker declined', () => {
    const page = { flag: 'idle', url: 'https://www.shop.example/', canonical: undefined, title: 'Shop' };
    expect(leftAlonePage(page, { pausedEverywhere: false, disabledSites: ['shop.example'] })?.state).toBe('off');
    expect(leftAlonePage(page, { pausedEverywhere: true, disabledSites: [] })?.state).toBe('off');
    expect(leftAlonePage({ ...page, flag: 'off' }, none)?.state).toBe('off');
  });

  it('is nothing Crosscheck judged where the flag is missing, still starting, or not one of its verdicts', () => {
    for (const flag of [undefined, '', 'ready', 'starting', 'idle ', 7]) expect(leftAlonePage({ flag, url: 'https://a.example/', canonical: undefined, title: '' }, none)).toBeNull();
    expect(leftAlonePage({ flag: 'idle', url: 42, canonical: undefined, title: '' }, none)).toBeNull();
  });

  it('takes no page-made value for anything but text', () => {
    const info = leftAlonePage({ flag: 'idle', url: 'https://a.example/x', canonical: { href: 'https://evil.example/' }, title: ['t'] }, none);
    expect(info).toEqual({ url: 'https://a.example/x', urlKey: 'a.example/x', title: '', state: 'idle' });
  });

  it('reads the stored switches as settings.ts does, dropping what is not a site key', () => {
    expect(switchesOf({ pausedEverywhere: 'yes', disabledSites: ['a.example', 3, null] })).toEqual({ pausedEverywhere: false, disabledSites: ['a.example'] });
    expect(switchesOf({})).toEqual(none);
  });

  it('reads the flag, address, canonical link and title from a document', () => {
    document.head.innerHTML = '<link rel="alternate canonical" href="https://mail.example/inbox">';
    document.title = 'Inbox';
    document.documentElement.dataset.crosscheck = 'idle';
    const state = readPageState();
    expect(state).toMatchObject({ flag: 'idle', canonical: 'https://mail.example/inbox', title: 'Inbox' });
    expect(typeof state.url).toBe('string');
  });
});
