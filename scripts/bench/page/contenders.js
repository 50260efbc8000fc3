// The other ways a developer would highlight names on a page, run in the
// page's main world by scripts/bench/highlight.ts. Each one stamps its start
// and end into Chromium's trace (console.timeStamp) and reports the time it
// took and what it found. Plain JavaScript: it is injected as it is.
(() => {
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          console.timeStamp('c-painted');
          resolve(performance.now());
        };
        channel.port2.postMessage(null);
      }),
    );

  async function timed(work) {
    console.timeStamp('c-start');
    const t0 = performance.now();
    const count = work();
    const t1 = performance.now();
    console.timeStamp('c-done');
    const painted = await afterPaint();
    return { count, ms: t1 - t0, paintedMs: painted - t0 };
  }

  const contenders = {
    /** The floor: visit every text node and read its data, nothing else. */
    treewalker() {
      return timed(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        let nodes = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          chars += n.data.length;
          nodes++;
        }
        window.__benchFloor = { chars, nodes };
        return 0;
      });
    },

    /** A reference: the floor plus one compiled RegExp per text node and Highlight API StaticRanges. */
    regexHighlight(source) {
      return timed(() => {
        const re = new RegExp(source, 'g');
        const highlight = new Highlight();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const data = n.data;
          re.lastIndex = 0;
          for (let m = re.exec(data); m; m = re.exec(data)) {
            highlight.add(new StaticRange({ startContainer: n, startOffset: m.index, endContainer: n, endOffset: m.index + m[0].length }));
          }
        }
        CSS.highlights.set('bench-ref', highlight);
        return highlight.size;
      });
    },

    /** mark.js with one compiled pattern. */
    markRegExp(source) {
      return timed(() => {
        let found = 0;
        new Mark(document.body).markRegExp(new RegExp(source, 'g'), { element: 'mark', className: 'bench-hl', done: (n) => (found = n) });
        return found;
      });
    },

    /** mark.js with the alias list: one walk of the page per alias. */
    markAliases(aliases) {
      return timed(() => {
        let found = 0;
        new Mark(document.body).mark(aliases, {
          element: 'mark',
          className: 'bench-hl',
          separateWordSearch: false,
          caseSensitive: true,
          diacritics: false,
          accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', "'", '’', '"', '(', ')'] },
          done: (n) => (found = n),
        });
        return found;
      });
    },

    /**
     * A fixed workload of page edits, as a live page makes them: 1,000 text
     * edits spread over the article, 1,000 paragraphs added, then removed,
     * with a layout read after each phase (pages read layout as they go).
     */
    edits() {
      return timed(() => {
        const article = document.querySelector('article') || document.body;
        const ps = article.querySelectorAll('p');
        for (let i = 0; i < 1000; i++) {
          const p = ps[(i * 7919) % ps.length];
          const text = p.lastChild && p.lastChild.nodeType === 3 ? p.lastChild : p.firstChild;
          if (text && text.nodeType === 3) text.appendData(i % 2 ? ' Updated.' : ' (corrected)');
        }
        void article.offsetHeight;
        const added = [];
        for (let i = 0; i < 1000; i++) {
          const p = document.createElement('p');
          p.textContent = `Update ${i}: officials said the convoy reached the town before dawn.`;
          article.insertBefore(p, ps[(i * 104729) % ps.length] || null);
          added.push(p);
        }
        void article.offsetHeight;
        for (const p of added) p.remove();
        void article.offsetHeight;
        return 3000;
      });
    },

    /** Marks not inside another mark (mark() nests shorter aliases inside longer ones). */
    outerMarks() {
      return document.querySelectorAll('mark.bench-hl:not(mark.bench-hl mark.bench-hl)').length;
    },
  };
  Object.defineProperty(window, '__contenders', { value: contenders });
})();
