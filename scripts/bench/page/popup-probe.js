// In the popup page before its scripts: when the first render with the
// page's data (the verdict) lands in the DOM, and the frame after it.
(() => {
  const state = { data: -1, dataPainted: -1 };
  Object.defineProperty(window, '__popupBench', { value: state });
  const watch = new MutationObserver(() => {
    if (state.data >= 0 || !document.querySelector('.verdict')) return;
    state.data = performance.now();
    watch.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (state.dataPainted = performance.now());
      channel.port2.postMessage(null);
    });
  });
  watch.observe(document, { childList: true, subtree: true });
})();
