// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageStatus } from '../../src/db/durability';
import { BackupReminder } from './BackupReminder';

const base: StorageStatus = { evicted: null, unexportedCount: 3, total: 10, lastExport: Date.UTC(2015, 9, 2), persisted: true, remindBackup: false };

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(status: StorageStatus, extra: { onDismissEviction?: () => Promise<unknown>; requestPersistence?: () => Promise<boolean> } = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const onOpenLibrary = vi.fn();
  await act(async () => {
    render(
      <BackupReminder
        load={async () => status}
        onOpenLibrary={onOpenLibrary}
        onDismissEviction={extra.onDismissEviction ?? (async () => null)}
        requestPersistence={extra.requestPersistence ?? (async () => true)}
      />,
      root,
    );
  });
  await act(async () => {});
  return { onOpenLibrary };
}

describe('BackupReminder', () => {
  it('says nothing when notes are backed up and nothing was lost', async () => {
    await mount(base);
    expect(root.textContent).toBe('');
  });

  it('reminds to export past the threshold, and opens the library', async () => {
    const { onOpenLibrary } = await mount({ ...base, unexportedCount: 57, remindBackup: true });
    const section = root.querySelector('[data-backup="remind"]')!;
    expect(section.textContent).toMatch(/57 annotations since your last backup/);
    (section.querySelector('button') as HTMLButtonElement).click();
    expect(onOpenLibrary).toHaveBeenCalled();
  });

  it('says when there was never a backup', async () => {
    await mount({ ...base, unexportedCount: 50, lastExport: null, remindBackup: true });
    expect(root.textContent).toMatch(/never exported a backup/);
  });

  it('reports an eviction until dismissed', async () => {
    const onDismissEviction = vi.fn(async () => null);
    await mount({ ...base, evicted: { detectedAt: Date.UTC(2015, 9, 3) }, remindBackup: true }, { onDismissEviction });
    const alert = root.querySelector('[role="alert"][data-backup="evicted"]')!;
    expect(alert.textContent).toMatch(/browser deleted Crosscheck’s saved notes/);
    const dismiss = [...alert.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss')!;
    await act(async () => dismiss.click());
    await act(async () => {});
    expect(onDismissEviction).toHaveBeenCalled();
    expect(root.querySelector('[data-backup="evicted"]')).toBeNull();
    expect(root.querySelector('[data-backup="remind"]')).not.toBeNull();
  });

  it('loads once, even when given a new function on every render', async () => {
    root = document.createElement('div');
    document.body.append(root);
    const load = vi.fn(async () => ({ ...base, unexportedCount: 60, remindBackup: true }));
    const draw = () => render(<BackupReminder load={() => load()} onOpenLibrary={() => {}} onDismissEviction={async () => null} requestPersistence={async () => true} />, root);
    await act(async () => draw());
    await act(async () => draw());
    await act(async () => {});
    expect(load).toHaveBeenCalledTimes(1);
    expect(root.textContent).toMatch(/60 annotations/);
  });

  it('asks for persistent storage when the browser has not granted it', async () => {
    const ask = vi.fn(async () => true);
    await mount({ ...base, persisted: false }, { requestPersistence: ask });
    expect(ask).toHaveBeenCalledTimes(1);
    const again = vi.fn(async () => true);
    render(null, root);
    root.remove();
    await mount({ ...base, persisted: true }, { requestPersistence: again });
    expect(again).not.toHaveBeenCalled();
  });
});
