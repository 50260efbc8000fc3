// Runs in the page (main world) before its scripts: marks the moments the
// bench measures with console.timeStamp (they land in Chromium's trace) and
// keeps the page's own long-task and long-animation-frame entries.
(() => {
  const state = { ready: -1, painted: -1, longtasks: [], loafs: [] };
  Object.defineProperty(window, '__bench', { value: state });
  console.timeStamp('bench-probe');
  const afterPaint = (label, done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        console.timeStamp(label);
        done(performance.now());
      };
      channel.port2.postMessage(null);
    });
  const watch = new MutationObserver(() => {
    const s = document.documentElement && document.documentElement.dataset.crosscheck;
    if (s !== 'ready' && s !== 'idle' && s !== 'off') return;
    watch.disconnect();
    console.timeStamp('cc-' + s);
    state.ready = performance.now();
    afterPaint('cc-painted', (t) => (state.painted = t));
  });
  // <html> does not exist yet when this runs: watch the document for that one attribute.
  watch.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-crosscheck'] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // not supported
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.loafs.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration, scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, fn: s.sourceFunctionName, duration: s.duration, invoker: s.invoker })) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // not supported
  }
})();
