/**
 * `npm run icons`: renders scripts/assets/icon.svg into the PNG sizes the manifest lists (Chrome takes no SVG
 * icons). Uses Debian's Chromium through playwright-core. Run it after changing the SVG; commit the PNGs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/browsers';
import { PROJECT_ROOT } from './lib/glossary-files';

const svg = readFileSync(join(PROJECT_ROOT, 'scripts/assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({
      path: join(PROJECT_ROOT, `public/icons/icon-${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
