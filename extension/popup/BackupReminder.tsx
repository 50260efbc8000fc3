import { useEffect, useState } from 'preact/hooks';
import { unreadableMessage } from '../../src/db/unreadable-message';
import type { StorageStatus } from '../../src/db/durability';

export interface BackupReminderProps {
  /** The worker's storage status: `() => callWorker('status/get', {})`. */
  load: () => Promise<StorageStatus>;
  /** Opens the library page, where Export lives: `() => api.openLibrary()`. */
  onOpenLibrary: () => void;
  /** The reader has read the eviction notice: `() => callWorker('status/dismiss-eviction', {})`. */
  onDismissEviction: () => Promise<unknown>;
  /**
   * Asks the browser to keep Crosscheck's storage when it is not yet
   * persistent. Default: `navigator.storage.persist()` (offered to pages, not
   * to the service worker, so the popup asks).
   */
  requestPersistence?: () => Promise<boolean>;
}

const defaultPersist = () => navigator.storage?.persist?.() ?? Promise.resolve(false);

/**
 * Tells the reader when their notes are at risk: the browser wiped
 * Crosscheck's database (eviction detected), or many annotations were made
 * since the last backup. Renders nothing otherwise, and nothing while loading
 * or when the status cannot be read.
 */
export function BackupReminder({ load, onOpenLibrary, onDismissEviction, requestPersistence = defaultPersist }: BackupReminderProps) {
  const [status, setStatus] = useState<StorageStatus | null>(null);

  useEffect(() => {
    let live = true;
    load()
      .then((s) => {
        if (!live) return;
        setStatus(s);
        if (s.persisted === false) requestPersistence().catch(() => false);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Once per mount: callers may pass inline functions.
  }, []);

  if (!status) return null;

  if (status.evicted) {
    const when = new Date(status.evicted.detectedAt).toLocaleDateString();
    return (
      <section class="backup-reminder evicted" role="alert" data-backup="evicted">
        <p class="error">
          Your browser deleted Crosscheck’s saved notes (noticed {when}), most likely to free disk space. Notes saved since then are kept.
          If you exported a backup, import it from the library.
        </p>
        <p>
          <button type="button" class="link" onClick={onOpenLibrary}>
            Open the library
          </button>{' '}
          <button
            type="button"
            class="link"
            onClick={async () => {
              await onDismissEviction().catch(() => undefined);
              setStatus({ ...status, evicted: null });
            }}
          >
            Dismiss
          </button>
        </p>
      </section>
    );
  }

  if (status.unreadable) {
    return (
      <section class="backup-reminder" role="alert" data-backup="unreadable">
        <p>{unreadableMessage(status.unreadable)}</p>
        <p>
          <button type="button" class="link" onClick={onOpenLibrary}>
            Open the library
          </button>
        </p>
      </section>
    );
  }

  if (status.remindBackup) {
    const since = status.lastExport === null ? 'and you have never exported a backup' : `since your last backup on ${new Date(status.lastExport).toLocaleDateString()}`;
    return (
      <section class="backup-reminder" role="status" data-backup="remind">
        <p>
          You have made {status.unexportedCount} annotations {since}. Export a backup from the library so that a full disk or a new computer does not cost you
          your notes.
        </p>
        <p>
          <button type="button" class="link" onClick={onOpenLibrary}>
            Export a backup
          </button>
        </p>
      </section>
    );
  }

  return null;
}
