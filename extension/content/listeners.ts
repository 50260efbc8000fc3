/**
 * Everything a session hangs on the page — event listeners on the document
 * and window, observers, timers — registered in one collection, so that one
 * `stop()` takes all of it away (ADR 0090). Listeners on Crosscheck's own
 * elements need no entry: they go with the elements.
 *
 * After an extension update or reload the old script's extension context is
 * invalidated: its messages and storage fail, but its listeners still fire.
 * Each handler first asks `alive()`; the first event after the context died
 * calls `onDead` (the session's teardown) instead of the handler. No timer
 * polls for it: a page nobody touches costs nothing.
 */

type Handler<E extends Event> = (event: E) => void;

export interface Listeners {
  on<K extends keyof DocumentEventMap>(target: Document, type: K, handler: Handler<DocumentEventMap[K]>, options?: AddEventListenerOptions): void;
  on<K extends keyof WindowEventMap>(target: Window, type: K, handler: Handler<WindowEventMap[K]>, options?: AddEventListenerOptions): void;
  on(target: EventTarget, type: string, handler: Handler<Event>, options?: AddEventListenerOptions): void;
  /** Runs `cleanup` on stop (observers to disconnect, timers to clear); at once if already stopped. */
  onStop(cleanup: () => void): void;
  /** Whether the extension context is still usable (false after an update or reload). */
  alive(): boolean;
  /** Removes every listener and runs every cleanup, newest first; a failing cleanup does not stop the others. */
  stop(): void;
  readonly stopped: boolean;
}

export interface ListenerOptions {
  /** Whether the extension context still answers (default: always). */
  alive?: () => boolean;
  /** Called once, by the first event that finds the context dead. */
  onDead?: () => void;
}

export function createListeners(options: ListenerOptions = {}): Listeners {
  const alive = options.alive ?? (() => true);
  const cleanups: (() => void)[] = [];
  let stopped = false;
  let dead = false;

  const onStop = (cleanup: () => void) => {
    if (stopped) cleanup();
    else cleanups.push(cleanup);
  };

  return {
    on(target: EventTarget, type: string, handler: Handler<Event>, listenerOptions?: AddEventListenerOptions) {
      if (stopped) return;
      const guarded = (event: Event) => {
        if (stopped) return;
        if (!alive()) {
          if (!dead) {
            dead = true;
            options.onDead?.();
          }
          return;
        }
        handler(event);
      };
      target.addEventListener(type, guarded, listenerOptions);
      const capture = listenerOptions?.capture ?? false;
      cleanups.push(() => target.removeEventListener(type, guarded, { capture }));
    },
    onStop,
    alive,
    stop() {
      if (stopped) return;
      stopped = true;
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          cleanup();
        } catch {
          // a page that replaced a DOM method, or a context already gone: the rest still go
        }
      }
    },
    get stopped() {
      return stopped;
    },
  };
}

/**
 * Whether this script's extension context is still there: after an update or
 * reload `runtime.id` is undefined (or reading it throws). Firefox takes its
 * content scripts away with the extension; this is Chromium's case.
 */
export function extensionAlive(): boolean {
  try {
    // `chrome`, never `browser`: a page element with id="browser" would answer for that name (ADR 0051)
    return typeof chrome !== 'undefined' && Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}
