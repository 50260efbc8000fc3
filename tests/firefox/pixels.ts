/**
 * What the reader sees in Firefox, read from screenshots: the in-page UI lives in a closed shadow
 * root that WebDriver BiDi does not enter, so tests count pixels instead of asking the DOM.
 */
import type { Page } from 'puppeteer-core';

export type Rgb = [number, number, number];
export type Box = { x: number; y: number; width: number; height: number };

/** The reader's view: a screenshot of the viewport, scrolled so `texts` are on screen, and the box of each. */
export async function lookAt(page: Page, texts: string[]): Promise<{ png: string; boxes: Box[] }> {
  const boxes = await page.evaluate((needles: string[]) => {
    const find = (needle: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range;
      }
      throw new Error(`not on the page: ${needle}`);
    };
    window.scrollTo(0, 0);
    const ranges = needles.map(find);
    // the lowest of them at the bottom third of the screen, so all fit (they are near the top of the article)
    const lowest = Math.max(...ranges.map((r) => r.getBoundingClientRect().bottom));
    window.scrollTo(0, Math.max(0, lowest - innerHeight * 0.66));
    return ranges.map((r) => {
      const b = r.getClientRects()[0]!; // the first line is enough to see the look
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    });
  }, texts);
  await new Promise((ok) => setTimeout(ok, 300)); // a frame or two for the scroll to paint
  return { png: await page.screenshot({ encoding: 'base64' }), boxes };
}

/** How many pixels in `box` (and the few pixels under it, where underlines are drawn), or in the whole image, are close to `rgb`. */
export async function pixelsNear(page: Page, png: string, rgb: Rgb, box?: Box): Promise<number> {
  return page.evaluate(
    async (png: string, box: Box | null, rgb: Rgb) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const scale = bitmap.width / innerWidth;
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const data = box
        ? g.getImageData(Math.floor(box.x * scale), Math.floor(box.y * scale), Math.ceil(box.width * scale), Math.ceil((box.height + 10) * scale)).data
        : g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - rgb[0]) + Math.abs(data[i + 1]! - rgb[1]) + Math.abs(data[i + 2]! - rgb[2]) < 60) near++;
      }
      return near;
    },
    png,
    box ?? null,
    rgb,
  );
}

/** How many pixels differ between two screenshots of the same size (a card drawn over the page, or gone again). */
export async function pixelsChanged(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    async (a: string, b: string) => {
      const read = async (png: string) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(bitmap, 0, 0);
        return g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = [await read(a), await read(b)];
      let changed = 0;
      for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 30) changed++;
      return changed;
    },
    a,
    b,
  );
}
