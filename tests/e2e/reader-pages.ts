/**
 * Two realistic pages for the reader-UI tests, written for this project: a
 * long news article with the usual site furniture around and inside it, and a
 * live blog. Every piece of furniture carries `data-furniture`, so a test can
 * check that no claim highlight ever starts inside one (the attribute is the
 * test's label only: Crosscheck never reads it).
 */

const PROSE = [
  'Russian warplanes struck targets in Syria for a third day on Friday, and the Russian Defence Ministry said the raids had destroyed an ISIS command post near Raqqa.',
  'Maj. Gen. Igor Konashenkov, a spokesman for the ministry, said Su-34 bombers had flown twenty sorties overnight against the group.',
  'The Syrian Observatory for Human Rights, a monitoring group based in Britain, said the raids near Raqqa killed 12 militants.',
  'A network of local activists put the toll far higher, saying 30 fighters had died in the same strikes.',
  'Turkish Prime Minister Ahmet Davutoglu said the operation had been aimed at positions of the Free Syrian Army, not at the Islamic State group.',
  'Turkey, the United States, Britain, France, Germany, Qatar and Saudi Arabia said in a joint statement that the Russian strikes had caused civilian casualties and had not targeted ISIS.',
  'Russian Foreign Minister Sergei Lavrov rejected the criticism and said Moscow and Washington agreed on the need to fight the group.',
  'John Kerry, the US Secretary of State, said the two sides had not yet reached an understanding on the targets.',
  'The missile cruiser Moscow has been sent to waters off Latakia to protect Russian aircraft there, according to the Interfax news agency.',
  'President Vladimir Putin is due to discuss the campaign with Francois Hollande in Paris later this week.',
  'Residents of the city said the price of bread had doubled since the summer, and that queues formed before dawn.',
  'Shopkeepers in the old market said trade had slowed to a trickle since the first raids, and that many families had left for the coast.',
  'Aid workers described roads crowded with cars and lorries piled high with mattresses as people moved west.',
  'A teacher who gave only her first name said the schools had closed for the week and that the children slept in the basement.',
  'The power station on the edge of the town had been out of action for a fortnight, residents said, and generators ran for a few hours a night.',
  'Diplomats at the United Nations said a meeting of the Security Council on the strikes had been postponed until next week.',
];

/** The long article: ~26 paragraphs of prose, headline, and furniture of every common kind. */
export function longArticle(): string {
  const body: string[] = [];
  for (let round = 0; round < 2; round++) {
    PROSE.forEach((p, i) => {
      // the second half repeats the filler prose only (firm claims once)
      if (round === 1 && i < 10) return;
      body.push(`<p>${p}</p>`);
      if (round === 0 && i === 2) {
        body.push(`<figure><img alt="" width="10" height="10"><figcaption data-furniture>Smoke rises over Raqqa after an air strike; the Syrian Observatory for Human Rights said 12 militants died. <span class="credit" data-furniture>Photograph: Local Media Centre/AP</span></figcaption></figure>`);
      }
      if (round === 0 && i === 5) {
        body.push(`<aside class="related-box" data-furniture><h3>More on this story</h3><ul><li><a href="#">Russia says its jets hit Islamic State in Syria</a></li><li><a href="#">Turkey says Russian raids struck rebels</a></li></ul></aside>`);
        body.push(`<div class="share-bar" data-furniture><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> Share this article</div>`);
      }
    });
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Russian jets strike Syria for third day | The Evening Courier</title>
<meta property="og:type" content="article"><style>body{font:18px/1.6 Georgia,serif;max-width:720px;margin:0 auto;padding:0 16px}figure{margin:0}</style></head>
<body>
<header><nav data-furniture><a href="/">Home</a> <a href="/world">World</a> <a href="/middle-east">Middle East</a></nav></header>
<main><article>
<p class="kicker" data-furniture>Syria's war</p>
<h1>Russian jets strike Syria for third day as Turkey says rebels were hit</h1>
<p class="byline" data-furniture>By Hana Mirza and Pietro Salas in Beirut</p>
<p class="dateline" data-furniture><time datetime="2015-10-02T18:40Z">Fri 2 Oct 2015 18.40 BST</time></p>
<p data-furniture>Last modified on Fri 2 Oct 2015 21.05 BST</p>
${body.join('\n')}
<section id="comments" data-furniture><h2>Comments (212)</h2><p>A reader said Russia had hit the Free Syrian Army and nobody else, which he said proved everything.</p></section>
</article></main>
<footer data-furniture><p>© 2015 The Evening Courier</p></footer>
</body></html>`;
}

const POSTS: { time: string; title: string; text: string }[] = [
  { time: '18:52', title: 'Kerry: no agreement yet', text: 'John Kerry, the US Secretary of State, said the two sides had not yet reached an understanding on the targets.' },
  { time: '18:31', title: 'Moscow sends a cruiser', text: 'The missile cruiser Moscow has been sent to waters off Latakia to protect Russian aircraft there, according to the Interfax news agency.' },
  { time: '18:05', title: 'Davutoglu: rebels were the target', text: 'Turkish Prime Minister Ahmet Davutoglu said the operation had been aimed at positions of the Free Syrian Army, not at the Islamic State group.' },
  { time: '17:40', title: 'Monitor gives a toll', text: 'The Syrian Observatory for Human Rights, a monitoring group based in Britain, said the raids near Raqqa killed 12 militants.' },
  { time: '17:12', title: 'Ministry claims a command post', text: 'The Russian Defence Ministry said Su-34 bombers had destroyed an ISIS command post near Raqqa.' },
  { time: '16:58', title: 'Bread prices', text: 'Residents of the city said the price of bread had doubled since the summer, and that queues formed before dawn.' },
];

/** A live blog: a counter of new posts, timestamps, post headings, share buttons, a "show more" loader. */
export function liveBlog(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Syria strikes: live updates | World Wire</title>
<meta property="og:type" content="article"><style>body{font:17px/1.5 system-ui,sans-serif;max-width:700px;margin:0 auto;padding:0 16px}</style></head>
<body>
<nav data-furniture><a href="/">World Wire</a> <a href="/live">Live</a></nav>
<main><article>
<p class="eyebrow" data-furniture>Live</p>
<h1>Russian air strikes in Syria: live updates</h1>
<p class="byline" data-furniture>By the World Wire live team</p>
<div class="live-count" data-furniture>14 new updates</div>
${POSTS.map(
  (p) => `<div class="live-post"><p class="timestamp" data-furniture><time>${p.time}</time></p><h2>${p.title}</h2><p>${p.text}</p><div class="post-tools" data-furniture>Share this post</div></div>`,
).join('\n')}
<div data-furniture>Show 20 more posts</div>
</article></main>
</body></html>`;
}

/** Sentences of the long article that the known reports settle one way or the other. */
export const FIRM_SENTENCE = 'Turkish Prime Minister Ahmet Davutoglu said the operation had been aimed at positions of the Free Syrian Army';
export const NEW_SENTENCE = 'Residents of the city said the price of bread had doubled since the summer';
