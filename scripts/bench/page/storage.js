// Worker calls timed from an extension page (real IndexedDB in the service
// worker, message round trips included). Plain JavaScript, injected as it is.
(() => {
  const send = async (message) => {
    const reply = await chrome.runtime.sendMessage(message);
    if (!reply || !reply.ok) throw new Error(`${message.type}: ${reply ? reply.error.message : 'no reply'}`);
    return reply.value;
  };
  const storage = {
    /** Times one call; returns [ms, value]. */
    async once(message) {
      const t0 = performance.now();
      const value = await send(message);
      return [performance.now() - t0, value];
    },
    /** Times the same call `n` times in a row; returns the durations and the last value's size. */
    async repeat(message, n) {
      const times = [];
      let value;
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        value = await send(message);
        times.push(performance.now() - t0);
      }
      const size = Array.isArray(value) ? value.length : value && typeof value.total === 'number' ? value.total : null;
      return { times, size };
    },
    /** Creates annotations one call each; returns per-call durations and the new ids. */
    async createEach(list) {
      const times = [];
      const ids = [];
      for (const annotation of list) {
        const t0 = performance.now();
        const saved = await send({ type: 'annotations/create', annotation });
        times.push(performance.now() - t0);
        ids.push(saved.id);
      }
      return { times, ids };
    },
  };
  Object.defineProperty(window, '__storage', { value: storage });
})();
