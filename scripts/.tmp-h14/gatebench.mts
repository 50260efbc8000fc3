import { chromium } from '/work/h14/node_modules/playwright-core/index.mjs';
import { readFileSync } from 'node:fs';
import { serve } from '/work/h14/tests/e2e/harness';
import { SHOP_PAGE, webmailPage } from '/work/h14/tests/e2e/fixtures';
const server = await serve({ '/shop.html': SHOP_PAGE, '/mail.html': webmailPage() });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await b.newPage();
for (const p of ['/shop.html', '/mail.html']) {
  await page.goto(server.url(p));
  await page.addScriptTag({ content: readFileSync('/tmp/h14/gate.js', 'utf8') });
  console.log(p, 'cold', await page.evaluate(() => (window as any).bench(1)));
  console.log(p, 'warm', await page.evaluate(() => (window as any).bench(200)));
}
await b.close(); await server.close();
