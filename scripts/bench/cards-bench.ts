/**
 * `npm run bench:cards`: what the hover cards cost while the pointer moves, in headless Chromium, on a page
 * with thousands of highlights (the story's paragraphs printed 100 times, as a long live blog might).
 *
 * The `pointermove` listener only records the point; once per animation frame the cards hit-test it (caret
 * position, index lookup, the range's boxes) and update the hover intent. Both are timed call by call:
 * - on a term: the point is inside a highlighted term (the most work: the range's boxes are measured);
 * - elsewhere: random points in the viewport (most moves);
 * - listener: the whole `pointermove` listener, dispatched as an event.
 * Calls are timed in batches of 20 (the browser's clock is coarse); median and p99 are over the batches' means.
 *
 *   npm run bench:cards [-- --calls N] [-- --json]
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/browsers';
import { startServer } from '../../tests/e2e/support/server';
import { articleParagraphs } from '../../tests/e2e/support/story-page';
import { writeGenerated } from '../lib/generated';
import { PROJECT_ROOT, readGlossary } from '../lib/glossary-files';

const args = process.argv.slice(2);
const json = args.includes('--json');
const callsArg = args.indexOf('--calls');
/** Batches of 20 calls each. */
const CALLS = callsArg >= 0 ? Number(args[callsArg + 1]) : 200;
const REPEAT = 100;

writeGenerated(readGlossary());

async function bundle(): Promise<string> {
  const result = await build({
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'chrome121',
      lib: {
        entry: join(PROJECT_ROOT, 'scripts/bench/cards-entry.ts'),
        formats: ['iife'],
        name: 'storyLensCardsBenchBundle',
      },
    },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('bench bundle: unexpected build result');
  const chunk = output.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('bench bundle: no chunk');
  return chunk.code;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraphs = articleParagraphs()
  .map((p) => `<p>${escapeHtml(p)}</p>`)
  .join('\n');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live blog</title></head><body><main>${Array.from(
  { length: REPEAT },
  (_, i) => `<article><h2>Update ${i + 1}</h2>${paragraphs}</article>`,
).join('\n')}</main></body></html>`;

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median_ms: round(at(0.5)), p99_ms: round(at(0.99)), max_ms: round(sorted.at(-1) ?? 0) };
};
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const code = await bundle();
const server = await startServer();
server.route('/live.html', html);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  // tsx compiles this file with esbuild's keepNames; give the page the `__name` helper it then calls.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(`${server.origin}/live.html`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  // Let the browser lay out and paint the long page first, as it would have before any reader's pointer moves.
  await page.waitForTimeout(300);
  await page.addScriptTag({ content: code });
  const run = await page.evaluate(
    (calls) =>
      (
        globalThis as unknown as {
          storyLensCardsBench: {
            run(calls: number): {
              highlights: number;
              builds: number[];
              onTerm: number[];
              elsewhere: number[];
              listener: number[];
            };
          };
        }
      ).storyLensCardsBench.run(calls),
    CALLS,
  );
  const row = {
    highlights: run.highlights,
    index_first_ms: round(run.builds[0] ?? 0),
    index_ms: stats(run.builds.slice(1)).median_ms,
    calls: CALLS * 20,
    on_term: stats(run.onTerm),
    elsewhere: stats(run.elsewhere),
    listener: stats(run.listener),
  };
  if (json) console.log(JSON.stringify(row));
  else {
    console.log(
      `${row.highlights} highlights on the page, ${row.calls} calls each, timed in batches of 20 (Chromium, headless)`,
    );
    console.log(
      `  occurrence index (built on the first pointer frame after a repaint): ${row.index_ms} ms (first build, cold code: ${row.index_first_ms} ms)`,
    );
    for (const [name, s] of [
      ['frame, pointer on a term', row.on_term],
      ['frame, pointer anywhere', row.elsewhere],
      ['pointermove listener', row.listener],
    ] as const) {
      console.log(`  ${name.padEnd(26)} median ${s.median_ms} ms   p99 ${s.p99_ms} ms   max ${s.max_ms} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
