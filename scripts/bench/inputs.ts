/**
 * Deterministic benchmark pages, made from a seed: news-like prose that mixes
 * filler with the dataset's own actor aliases and claim wording. The same
 * seed always gives the same pages, so runs on different days compare.
 *
 *   normal    ~1,500 words
 *   long      ~10,000 words
 *   mb        ~1,000,000 characters of text in many paragraphs
 *   mentions  5,000 alias mentions packed densely
 */
import type { Dataset } from '../../src/dataset/schema';

export const SEED = 20151030;

/** mulberry32: small, fast, good enough for picking words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchPage {
  name: 'normal' | 'long' | 'mb' | 'mentions' | 'node';
  title: string;
  paragraphs: string[];
  /** Paragraphs joined by blank lines: what a text model of the page reads. */
  text: string;
  html: string;
  words: number;
  /** Alias occurrences the generator wrote (before any matcher's rules). */
  inserted: number;
}

/** Filler: everyday news words that are no alias of any actor. */
const FILLER_WORDS = (
  'officials residents convoy road power week bread market hospital school bridge village town district province ' +
  'border crossing aid workers families shelters winter fuel prices council talks meeting statement figures report ' +
  'witnesses footage images account details sources analysts observers monitors diplomats envoys delegates ministers ' +
  'soldiers fighters militants rebels troops units positions targets sites buildings depots warehouses airfields ' +
  'morning evening night overnight weekend afternoon dawn later earlier recently previously again still already ' +
  'strikes raids attacks clashes shelling bombing fire damage losses casualties wounded dead killed injured displaced ' +
  'said told reported added noted stressed warned claimed denied insisted confirmed announced described rejected ' +
  'the a an of to in on at by for with from near across along after before during over under between against ' +
  'and but or while as because although since where when which who that this those these its their his her ' +
  'new old first second third several many few some most other another each every both either ' +
  'heavy light slow quick long short wide narrow local regional national foreign senior junior independent'
).split(' ');
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'warned', 'added', 'insisted', 'denied the report', 'confirmed'];

export interface Vocabulary {
  /** Every alias and canonical name, in its own spelling. */
  aliases: string[];
  /** Claim wording: statements and evidence quotes. */
  claims: string[];
}

export function vocabulary(dataset: Dataset): Vocabulary {
  const aliases = new Set<string>();
  for (const actor of dataset.actors) {
    aliases.add(actor.name);
    for (const alias of actor.aliases) aliases.add(typeof alias === 'string' ? alias : alias.text);
  }
  const claims: string[] = [];
  for (const claim of dataset.claims) {
    claims.push(claim.statement);
    for (const e of claim.evidence) if (e.quote.length < 400) claims.push(e.quote);
  }
  return { aliases: [...aliases].sort(), claims };
}

class Writer {
  inserted = 0;
  constructor(
    private readonly rand: () => number,
    private readonly vocab: Vocabulary,
    /** Chance that a filler word slot holds an alias instead. */
    private readonly density: number,
  ) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  alias(): string {
    this.inserted++;
    const a = this.pick(this.vocab.aliases);
    const roll = this.rand();
    return roll < 0.1 ? `${a}'s` : roll < 0.15 ? `${a}’s` : a;
  }

  clause(words: number): string {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(this.rand() < this.density ? this.alias() : this.pick(FILLER_WORDS));
    return out.join(' ');
  }

  sentence(): string {
    const roll = this.rand();
    if (roll < 0.12) {
      // claim wording, verbatim, sometimes attributed
      const claim = this.pick(this.vocab.claims).replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '');
      this.inserted += countAliases(claim, this.vocab.aliases);
      return this.rand() < 0.5 ? `${claim}, ${this.alias()} ${this.pick(VERBS)}.` : `${claim}.`;
    }
    if (roll < 0.3) return `${this.alias()} ${this.pick(VERBS)} on ${this.pick(DAYS)} that ${this.clause(6 + Math.floor(this.rand() * 10))}.`;
    if (roll < 0.4) return `According to ${this.alias()}, ${this.clause(8 + Math.floor(this.rand() * 10))}.`;
    const c = this.clause(8 + Math.floor(this.rand() * 14));
    return `${c[0]!.toUpperCase()}${c.slice(1)}.`;
  }

  paragraph(): string {
    const n = 2 + Math.floor(this.rand() * 4);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }
}

/** Rough count of aliases inside claim wording (whole words, own case), for `inserted`. */
function countAliases(text: string, aliases: readonly string[]): number {
  let n = 0;
  for (const a of aliases) {
    let at = text.indexOf(a);
    while (at >= 0) {
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + a.length] ?? ' ';
      if (!/\w/.test(before) && !/\w/.test(after)) n++;
      at = text.indexOf(a, at + a.length);
    }
  }
  return n;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news page around the paragraphs: navigation, header, an <article> with
 * the story, a related-links box and a footer. One paragraph in five gets an
 * inline link or emphasis around filler words (text split across nodes, as
 * on real pages, but never inside an alias).
 */
export function pageHtml(title: string, paragraphs: readonly string[], rand: () => number): string {
  const body = paragraphs
    .map((p) => {
      let html = escapeHtml(p);
      if (rand() < 0.2) {
        html = html.replace(/\b(officials|residents|witnesses|analysts|observers)\b/, (w) => (rand() < 0.5 ? `<a href="/topic/${w}">${w}</a>` : `<em>${w}</em>`));
      }
      return `<p>${html}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:type" content="article"><meta name="viewport" content="width=device-width">
<style>body{font:16px/1.5 Georgia,serif;max-width:42rem;margin:0 auto;padding:1rem}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/middle-east">Middle East</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1><p class="byline">By a staff reporter</p>
${body}
</article><aside class="related"><h2>Related</h2><ul><li><a href="/a">Earlier coverage</a></li><li><a href="/b">Analysis</a></li></ul></aside></main>
<footer><p>© The Bench Gazette</p></footer></body></html>`;
}

function build(name: BenchPage['name'], title: string, vocab: Vocabulary, seed: number, density: number, until: (w: Writer, words: number, chars: number) => boolean): BenchPage {
  const rand = prng(seed);
  const writer = new Writer(rand, vocab, density);
  const paragraphs: string[] = [];
  let words = 0;
  let chars = 0;
  while (!until(writer, words, chars)) {
    const p = writer.paragraph();
    paragraphs.push(p);
    words += p.split(' ').length;
    chars += p.length + 2;
  }
  const text = paragraphs.join('\n\n');
  return { name, title, paragraphs, text, html: pageHtml(title, paragraphs, prng(seed + 1)), words, inserted: writer.inserted };
}

export function makePages(dataset: Dataset, seed = SEED): Record<BenchPage['name'], BenchPage> {
  const vocab = vocabulary(dataset);
  return {
    normal: build('normal', 'Russian raids widen in Syria', vocab, seed, 0.04, (_w, words) => words >= 1_500),
    long: build('long', 'A long read on the air campaign', vocab, seed + 10, 0.04, (_w, words) => words >= 10_000),
    mb: build('mb', 'A very long live report', vocab, seed + 20, 0.04, (_w, _words, chars) => chars >= 1_000_000),
    mentions: build('mentions', 'Who said what: a dense roundup', vocab, seed + 30, 0.3, (w) => w.inserted >= 5_000),
    node: oneTextNode(build('mb', 'A very long live report', vocab, seed + 20, 0.04, (_w, _words, chars) => chars >= 1_000_000)),
  };
}

/** The 1 MB page's text as one paragraph of one text node (issue 17: no page shape may register hundreds of thousands of ranges). */
function oneTextNode(page: BenchPage): BenchPage {
  const paragraph = page.paragraphs.join(' ');
  return { ...page, name: 'node', title: 'One text node of 1 MB', paragraphs: [paragraph], text: paragraph, html: pageHtml('One text node of 1 MB', [paragraph], () => 1) };
}
