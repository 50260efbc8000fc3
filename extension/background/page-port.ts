/**
 * Answers down a port a page opened, which the page may close before the
 * answer is ready: it navigated away or reloaded, or cancelled a reading.
 * Firefox throws on `postMessage` to a disconnected port ("Attempt to
 * postMessage on disconnected port"), which in a `.then` became an uncaught
 * error in the event page on every page left while it started; a closed port
 * gets nothing instead.
 */
export interface PagePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

export interface PortAnswer {
  /** Sends `message` unless the page closed the port. */
  post(message: unknown): void;
  /** Closes the port from this side (a request refused or failed), once. */
  close(): void;
  closed(): boolean;
}

export function answerOn(port: PagePort): PortAnswer {
  let closed = false;
  port.onDisconnect.addListener(() => (closed = true));
  return {
    post(message) {
      if (closed) return;
      try {
        port.postMessage(message);
      } catch {
        // closed by the page in the same moment, before its disconnect reached us
        closed = true;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        port.disconnect();
      } catch {
        // already gone
      }
    },
    closed: () => closed,
  };
}
