import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextModel, findArticleRoot, textModelFromString } from './model';

function doc(html: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** The text of a DOM range spec, read back from the nodes. */
function rangeText(spec: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }): string {
  if (spec.startContainer === spec.endContainer) return (spec.startContainer as Text).data.slice(spec.startOffset, spec.endOffset);
  return (spec.startContainer as Text).data.slice(spec.startOffset) + '…' + (spec.endContainer as Text).data.slice(0, spec.endOffset);
}

describe('buildTextModel', () => {
  it('separates blocks with blank lines and collapses white space', () => {
    const d = doc('<h1>  Russia   strikes\n Raqqa </h1><p>First <b>bold</b>  line.<br>Second line.</p><ul><li>one</li><li>two</li></ul>');
    const m = buildTextModel(d.body);
    expect(m.text).toBe('Russia strikes Raqqa\n\nFirst bold line.\nSecond line.\n\none\n\ntwo');
    expect(m.paragraphs.map((p) => m.text.slice(p.start, p.end))).toEqual(['Russia strikes Raqqa', 'First bold line.\nSecond line.', 'one', 'two']);
  });

  it('skips scripts, styles, nav, aside, footer, forms, buttons, hidden and aria-hidden', () => {
    const d = doc(
      '<nav>Home</nav><p>Kept.</p><script>var x</script><style>p{}</style><noscript>no</noscript><template>t</template>' +
        '<aside>side</aside><footer>foot</footer><form>f</form><button>b</button><p hidden>h</p><p aria-hidden="true">a</p>' +
        '<div class="comments">c</div><div style="display: none">n</div><p>Also kept.</p>',
    );
    expect(buildTextModel(d.body).text).toBe('Kept.\n\nAlso kept.');
  });

  it('maps any character range back to text nodes; virtual breaks map to none', () => {
    const d = doc('<p>Putin met <i>Hollande</i> in Paris.</p><p>Talks   followed.</p>');
    const m = buildTextModel(d.body);
    const at = m.text.indexOf('Hollande');
    const r = m.rangeFor(at, at + 'Hollande in'.length)!;
    expect(rangeText(r)).toBe('Hollande… in');
    // a range over the paragraph break starts and ends on real characters
    const brk = m.text.indexOf('\n\n');
    const r2 = m.rangeFor(brk - 6, brk + 7)!;
    expect(rangeText(r2)).toBe('Paris.…Talks');
    expect(m.rangeFor(brk, brk + 2)).toBeNull();
    // the collapsed space maps to the first white-space character
    const sp = m.text.indexOf('Talks ') + 5;
    const r3 = m.rangeFor(sp, sp + 1)!;
    expect((r3.startContainer as Text).data.slice(r3.startOffset, r3.endOffset)).toBe(' ');
    // and back
    expect(m.offsetOf(r.startContainer, r.startOffset)).toBe(at);
  });

  it('keeps white space in <pre>', () => {
    const d = doc('<pre>a  b\nc</pre>');
    expect(buildTextModel(d.body).text).toBe('a  b\nc');
  });

  it('builds a live Range with toRange (happy-dom, a second DOM implementation)', async () => {
    const win = new Window();
    const d = win.document as unknown as Document;
    d.body.innerHTML = '<p>Russia <b>said</b> so.</p>';
    const m = buildTextModel(d.body);
    expect(m.text).toBe('Russia said so.');
    expect(m.toRange(0, 6)!.toString()).toBe('Russia');
    expect(m.toRange(7, 14)!.toString()).toBe('said so');
    await win.happyDOM.close();
  });

  it('handles a 1 MB page quickly', () => {
    const p = '<p>Russia said on Friday that it had struck <a href="#">seven targets</a> near Raqqa, the capital of the group.</p>\n';
    const d = doc('<article>' + p.repeat(9000) + '</article>');
    const t0 = performance.now();
    const m = buildTextModel(findArticleRoot(d));
    const ms = performance.now() - t0;
    expect(m.text.length).toBeGreaterThan(800_000);
    expect(ms).toBeLessThan(4000); // generous: a shared 2-core machine; the bench script reports the real figure
    const last = m.text.lastIndexOf('Raqqa');
    expect(rangeText(m.rangeFor(last, last + 5)!)).toBe('Raqqa');
  });
});

describe('findArticleRoot', () => {
  it('prefers <article> holding the paragraph text', () => {
    const d = doc('<nav><p>Menu entry that is long enough to count as a paragraph.</p></nav><article id="a"><p>' + 'Body text. '.repeat(40) + '</p></article>');
    expect(findArticleRoot(d).getAttribute('id')).toBe('a');
  });

  it('ignores a small <article> teaser and scores paragraph density instead', () => {
    const body = '<p>' + 'The ministry said the strikes hit seven targets, and the monitor disagreed. '.repeat(6) + '</p>';
    const d = doc(`<article><p>Teaser text, short.</p></article><div id="story">${body}${body}${body}</div><div class="comments">${body}</div>`);
    expect(findArticleRoot(d).getAttribute('id')).toBe('story');
  });

  it('falls back to <body>', () => {
    const d = doc('<span>tiny</span>');
    expect(findArticleRoot(d).localName).toBe('body');
  });
});

describe('textModelFromString', () => {
  it('keeps the text and finds paragraphs at blank lines', () => {
    const m = textModelFromString('One.\n\nTwo.\n  \nThree.');
    expect(m.text).toBe('One.\n\nTwo.\n  \nThree.');
    expect(m.paragraphs.map((p) => m.text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
    expect(m.rangeFor(0, 3)).toBeNull();
  });
});
