/**
 * `npm run screenshots`: saves the pictures in the README from the built test extension (dist/chrome-test):
 * the popup over a page made from the story. Run `npm run build:test` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startServer } from '../tests/e2e/support/server';
import { storyPage } from '../tests/e2e/support/story-page';
import { PROJECT_ROOT } from './lib/glossary-files';

const OUT = join(PROJECT_ROOT, 'docs/images');
mkdirSync(OUT, { recursive: true });

const server = await startServer();
const chromium = await launchChromium();
try {
  server.route('/story.html', storyPage());
  const page = await chromium.context.newPage();
  await page.goto(`${server.origin}/story.html`);
  const tabId = await chromium.tabIdOf(page);
  const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForSelector('body[data-ready="true"]');
  await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
  console.log(`Saved ${join('docs/images', 'popup.png')}`);
} finally {
  await chromium.close();
  await server.close();
}
