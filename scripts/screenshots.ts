/**
 * `npm run screenshots`: saves the pictures in the README from the built test extension (dist/chrome-test):
 * the popup over a page made from the story (its top, and its relationship map), and the story view.
 * Run `npm run build:test` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startServer } from '../tests/e2e/support/server';
import { storyPage } from '../tests/e2e/support/story-page';
import { waitFor } from '../tests/e2e/support/wait';
import { PROJECT_ROOT } from './lib/glossary-files';

const OUT = join(PROJECT_ROOT, 'docs/images');
mkdirSync(OUT, { recursive: true });
const saved = (name: string) => console.log(`Saved ${join('docs/images', name)}`);

const server = await startServer();
const chromium = await launchChromium();
try {
  server.route('/story.html', storyPage());
  const page = await chromium.context.newPage();
  await page.goto(`${server.origin}/story.html`);
  const tabId = await chromium.tabIdOf(page);
  const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  // A popup is at most 800 × 600; show what the reader sees when it opens.
  await popup.setViewportSize({ width: 400, height: 600 });
  await waitFor('the popup to list the page’s terms', async () =>
    (await popup.locator('[data-testid="found-terms"] button').count()) > 0 ? true : null,
  );
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  saved('popup.png');
  await popup
    .locator('.actors')
    .first()
    .evaluate((list) => {
      list.querySelector('details')?.setAttribute('open', '');
    });
  await popup.locator('[data-testid="actors"]').screenshot({ path: join(OUT, 'popup-actors.png') });
  saved('popup-actors.png');
  await popup.locator('.map-frame').screenshot({ path: join(OUT, 'relation-map.png') });
  saved('relation-map.png');

  const view = await chromium.openExtensionPage('src/story/index.html?term=ttp');
  await view.setViewportSize({ width: 1100, height: 900 });
  await view.waitForSelector('body[data-ready="true"]');
  await view.evaluate(() => window.scrollTo(0, 0));
  await view.screenshot({ path: join(OUT, 'story-view.png') });
  saved('story-view.png');
} finally {
  await chromium.close();
  await server.close();
}
