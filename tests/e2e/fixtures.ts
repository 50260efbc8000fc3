/**
 * Pages for the end-to-end tests, written for the tests. `article()` builds a
 * news page from paragraphs so tests can serve edited versions of the same story.
 */

export const STORY = [
  'Russian warplanes struck targets in Syria for a second day, and the Russian Defence Ministry said the raids had destroyed an ISIS command post near Raqqa.',
  'Maj. Gen. Igor Konashenkov, a spokesman for the ministry, said Su-34 bombers had flown ten sorties overnight.',
  'The Syrian Observatory for Human Rights, which tracks the war from Britain, said the strikes near Raqqa killed 12 militants.',
  'Turkish Prime Minister Ahmet Davutoglu said the operation had been aimed at the Free Syrian Army rather than the Islamic State group.',
  'Russian Foreign Minister Sergei Lavrov rejected the criticism, and John Kerry said the two sides were not yet where they needed to be.',
];

export function article(paragraphs: readonly string[], options: { title?: string; extraHead?: string; script?: string } = {}): string {
  const title = options.title ?? 'Russian raids widen in Syria';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">${options.extraHead ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer><p>© The Test Gazette</p></footer>
${options.script ? `<script>${options.script}</script>` : ''}</body></html>`;
}

export const SHOP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kettles | Homeware Shop</title></head>
<body><nav><a href="/">Home</a> <a href="/cart">Basket</a></nav>
<main><h1>Kettles</h1>
<div class="product"><h2>Steel kettle</h2><p>£24.99</p><button>Add to basket</button></div>
<div class="product"><h2>Glass kettle</h2><p>£31.00, free delivery</p><button>Add to basket</button></div>
<form action="/search"><input name="q" placeholder="Search the shop"><button>Search</button></form>
</main><footer><p>Prices include VAT.</p></footer></body></html>`;

/** A page of about `bytes` characters of prose in many paragraphs, with actor names sprinkled through it. */
export function bigArticle(bytes: number): string {
  const filler = [
    'The convoy moved slowly along the coast road while officials in Moscow and Washington traded statements.',
    'Residents said the power had been cut for most of the week and that bread was hard to find.',
    'Analysts in Ankara and Paris cautioned that the figures could not be independently verified.',
    'The Syrian Observatory for Human Rights reported new clashes near Idlib and Hama on Thursday.',
    'A spokesman for the Pentagon said the coalition would keep flying missions against Islamic State targets.',
  ];
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${filler[i % filler.length]} ${filler[(i * 3 + 1) % filler.length]} Paragraph ${i}.`;
    paragraphs.push(p);
    size += p.length + 8;
  }
  return article(paragraphs, { title: 'A very long live report' });
}
