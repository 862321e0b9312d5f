/**
 * The reader's highlight style reaches the page: picking "underline" in the options makes the background
 * insert its `::highlight()` sheet into the annotated tab, and picking "background" again removes it. Styles
 * of highlights are not readable from script, so the test looks at pixels: a screenshot of a highlighted term,
 * decoded in a blank page, and the share of it tinted with the default highlight colour.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import { countHighlights, readHighlights } from './support/highlights';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { waitFor } from './support/wait';

let server: TestServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  server = await startServer();
  server.route('/story.html', storyPage());
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Scrolls the first highlighted "TTP" term into view and returns its box on screen. */
const termBox = (page: Page) =>
  page.evaluate(() => {
    const first = [...(CSS.highlights.get('story-lens-ttp') ?? [])][0];
    if (first === undefined) throw new Error('no TTP highlight');
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  });

/**
 * The share of the term's pixels tinted like the default highlight (a translucent amber over the page's white):
 * most of them with the default style, none with the underline.
 */
async function tintedShare(page: Page, decoder: Page): Promise<number> {
  const png = await page.screenshot({ clip: await termBox(page), type: 'png' });
  return decoder.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let tinted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
      if (r > 235 && g > 215 && g < 250 && b < 215) tinted++;
    }
    return tinted / (data.length / 4);
  }, png.toString('base64'));
}

it('restyles the page’s highlights when the reader picks the underline, and back', async () => {
  const page = await chromium.context.newPage();
  await page.goto(`${server.origin}/story.html?case=style`);
  await waitFor(
    'the page to be highlighted',
    async () => countHighlights(await page.evaluate(readHighlights)) > 0,
  );
  const decoder = await chromium.context.newPage();
  const options = await chromium.openExtensionPage('src/options/index.html');
  await options.waitForSelector('body[data-ready="true"]');

  const tinted = () => tintedShare(page, decoder);
  const before = await waitFor('the default tint', async () => {
    const share = await tinted();
    return share > 0.3 ? share : null;
  });

  await options.check('[data-testid="style-underline"]');
  await waitFor('the tint to go', async () => ((await tinted()) < 0.02 ? true : null));

  await options.check('[data-testid="style-background"]');
  const after = await waitFor('the tint to come back', async () => {
    const share = await tinted();
    return share > 0.3 ? share : null;
  });
  expect(Math.abs(after - before)).toBeLessThan(0.1);
});
