/**
 * `npm run screenshots` (second part): saves docs/images/card.png, an open hover card over a page made from the
 * story, from the built test extension (dist/chrome-test). Run `npm run build:test` first.
 *
 *   tsx scripts/screenshot-card.ts [--term ttp] [--out path.png] [--page /hostile.html]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromPlaywright, pointOnTerm, waitForCard, waitForHighlights } from '../tests/e2e/support/card-page';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startServer } from '../tests/e2e/support/server';
import { storyPage } from '../tests/e2e/support/story-page';
import { PROJECT_ROOT } from './lib/glossary-files';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const term = option('term', 'ttp');
const out = option('out', join(PROJECT_ROOT, 'docs/images/card.png'));
mkdirSync(dirname(out), { recursive: true });

const server = await startServer();
const chromium = await launchChromium();
try {
  server.route('/story.html', storyPage());
  const raw = await chromium.context.newPage();
  await raw.setViewportSize({ width: 960, height: 1000 });
  const page = fromPlaywright(raw);
  await page.goto(`${server.origin}${option('page', '/story.html')}`);
  await waitForHighlights(page);
  const point = await pointOnTerm(page, term);
  if (point === null) throw new Error(`${term} is not highlighted on the page`);
  // Leave room below the term for the card.
  await raw.evaluate((y) => window.scrollBy(0, y - 110), point.y);
  const moved = await pointOnTerm(page, term);
  await raw.evaluate((y) => window.scrollBy(0, y - 110), moved?.y ?? 0);
  const at = (await raw.evaluate((t) => {
    const range = [...(CSS.highlights.get(`story-lens-${t}`) ?? [])][0];
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const r = live.getClientRects()[0];
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, term)) ?? { x: 0, y: 0 };
  await page.move(at.x, at.y);
  await waitForCard(page, `the ${term} card`, (card) => card?.term === term);
  await raw.waitForTimeout(300); // the fade-in
  await raw.screenshot({ path: out });
  console.log(`Saved ${out.startsWith(PROJECT_ROOT) ? out.slice(PROJECT_ROOT.length + 1) : out}`);
} finally {
  await chromium.close();
  await server.close();
}
