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

/** A search engine's front page: a form and little else. */
export const SEARCH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title></head>
<body><header><a href="/">Images</a> <a href="/">Maps</a> <a href="/">Sign in</a></header>
<main><h1>Find it</h1><form action="/search" role="search"><input name="q" aria-label="Search"><button>Search</button> <button>Feeling lucky</button></form></main>
<footer><p>Privacy · Terms · Settings</p></footer></body></html>`;

/**
 * A web-mail app: folders, a list of 60 messages (sender, subject, snippet;
 * a few snippets name the news), an open message and a compose box, built
 * by the app's own script as such apps are.
 */
export function webmailPage(messages = 60): string {
  const subjects = ['Minutes of Tuesday', 'Lunch on Friday?', 'Your invoice is ready', 'Re: flights to Ankara', 'Quarterly figures', 'Team photo', 'Re: reading list', 'Parking permits'];
  const snippets = ['See the attached notes and tell me if I missed anything.', 'The usual place at one, unless the rain starts again.', 'Your statement for this month is now available online.', 'Did you see the news from Moscow this morning? Call me.', 'Numbers are up on last quarter; details in the sheet.', 'Everyone please be in the lobby at ten sharp.'];
  const rows = Array.from({ length: messages }, (_, i) => `<tr><td><input type="checkbox" aria-label="select"></td><td>Sender ${i}</td><td><b>${subjects[i % subjects.length]}</b> — <span>${snippets[i % snippets.length]}</span></td><td>${(i % 12) + 1}:0${i % 6} pm</td></tr>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox (12) — Mail</title>
<style>body{margin:0;font:14px sans-serif;display:grid;grid-template-columns:200px 1fr}nav{background:#eee}td{padding:2px 6px;border-bottom:1px solid #ddd}</style></head>
<body><nav role="navigation"><button>Compose</button><ul><li>Inbox (12)</li><li>Starred</li><li>Sent</li><li>Drafts</li><li>Spam</li></ul></nav>
<main><div id="app"></div></main>
<script>
document.getElementById('app').innerHTML = '<form><input name="q" placeholder="Search mail"></form><table>${rows.replace(/'/g, "\\'")}</table>'
  + '<section aria-label="Message"><h2>Re: flights to Ankara</h2><div>Hi — the 7:40 is full, shall I book the later one? It lands after six.</div></section>'
  + '<form aria-label="Reply"><textarea>Thanks, </textarea><button>Send</button></form>';
</script></body></html>`;
}

/**
 * Not article-shaped (one-line items), but naming several actors of the
 * dataset: a page of headlines. The bootstrap's vocabulary gate lets it
 * through; the full script's matcher decides.
 */
export const HEADLINES_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Latest</title></head>
<body><main><h1>Latest</h1><ul>
<li><a href="/1">Russia widens air campaign</a></li>
<li><a href="/2">Turkey protests over airspace</a></li>
<li><a href="/3">Assad visits Moscow</a></li>
<li><a href="/4">Free Syrian Army units regroup</a></li>
</ul></main></body></html>`;

/** Words of the dataset in a shouting headline, where the gate sees three actors and the matcher none ("WHAT IS NEXT"). */
export const SHOUTING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sale</title></head>
<body><main><h1>WHAT IS NEXT FOR US? THE UK SALE IS ON</h1><p>Everything must go.</p></main></body></html>`;

/** One text node of about `chars` characters: the story's sentences over and over, no markup between them (issue 17). */
export function hugeText(chars: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const s = `${STORY[i % STORY.length]} (${i}) `;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** An article page whose one paragraph is `text`, one text node (tests/e2e/huge-text.e2e.ts, the bench's giant case). */
export const hugeTextPage = (text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Russian raids widen in Syria</title><meta property="og:type" content="article"></head><body><article><h1>Russian raids widen in Syria</h1><p>${text}</p></article></body></html>`;
