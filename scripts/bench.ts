/**
 * `npm run bench`: how fast Story Lens annotates real pages, in headless Chromium, in one process, against
 * (a) the floor: one bare TreeWalker pass reading every text node, which no annotator can beat,
 * (b) mark.js marking the same aliases with one combined RegExp, and
 * (c) the quickest way to write an annotator by hand: that RegExp run over each text node, its matches painted
 *     with the Highlight API (what a throwaway prototype did before Story Lens: no folding, no rules, no
 *     matches across elements, no slices).
 * Every measurement loads the page afresh (what a content script meets), and the figures are medians.
 *
 *   npm run bench                 a readable table
 *   npm run -s bench -- --json    one JSON line per page:
 *     {"page", "chars", "floor_ms", "annotate_ms", "markjs_ms", "longest_task_ms", "regexp_ms", …}
 *   --runs N                      measurements per page and method (default 7)
 *
 * `longest_task_ms` is the longest task a `longtask` PerformanceObserver saw during annotation; the browser only
 * reports tasks over 50 ms, so 0 means none was that long. It sees every task on the page, the browser's own
 * included; `our_longest_task_ms` is the longest of our own tasks (a slice with the work around it), from the
 * content script's clock. Both are the maximum over all runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { compileGlossary } from '../src/core/glossary/compile';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/browsers';
import { ARTICLE_FILE, CORPUS_DIR } from '../tests/e2e/support/paths';
import { startServer } from '../tests/e2e/support/server';
import type { BenchRun } from './bench/page-entry';
import { buildBenchPages } from './bench/pages';
import { writeGenerated } from './lib/generated';
import { PROJECT_ROOT, readGlossary } from './lib/glossary-files';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 7;
const log = (...parts: unknown[]) => {
  if (!json) console.log(...parts);
};

const loaded = readGlossary();
writeGenerated(loaded);

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
        entry: join(PROJECT_ROOT, 'scripts/bench/page-entry.ts'),
        formats: ['iife'],
        name: 'storyLensBenchBundle',
      },
    },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('bench bundle: unexpected build result');
  const chunk = output.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('bench bundle: no chunk');
  return chunk.code;
}

/** One RegExp for every alias, as a mark.js user would write it. */
function combinedRegExpSource(): string {
  const aliases = compileGlossary(loaded).terms.flatMap((term) => term.aliases.map((alias) => alias.text));
  aliases.sort((a, b) => b.length - a.length);
  const escaped = aliases.map((alias) =>
    alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-‐‑–— ]/g, '[-‐‑–—\\s]+'),
  );
  return `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const ourCode = await bundle();
const markCode = readFileSync(join(PROJECT_ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const regExpSource = combinedRegExpSource();
const pages = buildBenchPages(CORPUS_DIR, ARTICLE_FILE);

const server = await startServer();
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const context = await browser.newContext();
// The corpus pages' images and fonts point at the internet: never fetch them.
await context.route(
  (url) => url.hostname !== '127.0.0.1',
  (route) => route.abort(),
);
// tsx compiles this file with esbuild's keepNames, which wraps functions in a `__name(…)` helper; the
// functions passed to page.evaluate carry that call into the page, so give the page a no-op one.
await context.addInitScript('globalThis.__name = (fn) => fn;');
const page = await context.newPage();

async function fresh(path: string): Promise<Page> {
  await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForTimeout(150); // let layout and the page's own work settle
  return page;
}

interface Sample {
  floor: number;
  annotate: number;
  wall: number;
  markjs: number;
  regexp: number;
  longest: number;
  oursLongest: number;
  chars: number;
  highlights: number;
  relevant: boolean;
  marks: number;
  regexpRanges: number;
}

try {
  for (const benchPage of pages) {
    const path = `/bench/${benchPage.name}.html`;
    server.route(path, benchPage.html);
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) {
      const floor = await (await fresh(path)).evaluate(() => {
        const t0 = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
          chars += (node as Text).data.length;
        return { ms: performance.now() - t0, chars };
      });

      await fresh(path);
      await page.addScriptTag({ content: ourCode });
      const ours = await page.evaluate(async () => {
        const longTasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const bench = (
          globalThis as unknown as {
            storyLensBench: {
              annotate(): Promise<BenchRun>;
            };
          }
        ).storyLensBench;
        // Start from a task of its own, as a content script does, so the long-task observer sees every task.
        const result = await new Promise<BenchRun>((resolve) => {
          setTimeout(() => resolve(bench.annotate()), 0);
        });
        await new Promise((resolve) => setTimeout(resolve, 100));
        observer.disconnect();
        return { ...result, longest: Math.max(0, ...longTasks) };
      });

      await fresh(path);
      await page.addScriptTag({ content: markCode });
      const mark = await page.evaluate((source) => {
        const pattern = new RegExp(source, 'giu');
        const Mark = (
          globalThis as unknown as {
            Mark: new (el: Element) => { markRegExp(re: RegExp, options: object): void };
          }
        ).Mark;
        let marks = 0;
        const t0 = performance.now();
        new Mark(document.body).markRegExp(pattern, { acrossElements: false, each: () => marks++ });
        return { ms: performance.now() - t0, marks };
      }, regExpSource);

      const regexp = await (await fresh(path)).evaluate((source) => {
        const t0 = performance.now();
        const pattern = new RegExp(source, 'giu');
        const highlight = new Highlight();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = (node as Text).data;
          pattern.lastIndex = 0;
          for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
            const end = m.index + m[0].length;
            highlight.add(
              new StaticRange({
                startContainer: node,
                startOffset: m.index,
                endContainer: node,
                endOffset: end,
              }),
            );
          }
        }
        CSS.highlights.set('bench-regexp', highlight);
        return { ms: performance.now() - t0, ranges: highlight.size };
      }, regExpSource);

      samples.push({
        floor: floor.ms,
        annotate: ours.annotateMs,
        wall: ours.wallMs,
        markjs: mark.ms,
        regexp: regexp.ms,
        longest: ours.longest,
        oursLongest: ours.longestTaskMs,
        chars: floor.chars,
        highlights: ours.highlights,
        relevant: ours.relevant,
        marks: mark.marks,
        regexpRanges: regexp.ranges,
      });
    }

    const pick = (key: keyof Sample) => median(samples.map((s) => Number(s[key])));
    const row = {
      page: benchPage.name,
      chars: samples[0]?.chars ?? 0,
      floor_ms: round(pick('floor')),
      annotate_ms: round(pick('annotate')),
      annotate_wall_ms: round(pick('wall')),
      markjs_ms: round(pick('markjs')),
      longest_task_ms: round(Math.max(...samples.map((s) => s.longest))),
      our_longest_task_ms: round(Math.max(...samples.map((s) => s.oursLongest))),
      annotate_vs_floor: round(pick('annotate') / pick('floor')),
      markjs_vs_annotate: round(pick('markjs') / pick('annotate')),
      regexp_ms: round(pick('regexp')),
      regexp_vs_floor: round(pick('regexp') / pick('floor')),
      highlights: samples[0]?.highlights ?? 0,
      regexp_highlights: samples[0]?.regexpRanges ?? 0,
      relevant: samples[0]?.relevant ?? false,
      runs: RUNS,
    };
    if (json) console.log(JSON.stringify(row));
    else
      log(
        `${row.page.padEnd(9)} ${String(row.chars).padStart(8)} chars  floor ${row.floor_ms} ms  annotate ${row.annotate_ms} ms (${row.annotate_vs_floor}× floor)  mark.js ${row.markjs_ms} ms (${row.markjs_vs_annotate}× slower)  one RegExp + Highlight API ${row.regexp_ms} ms (${row.regexp_vs_floor}× floor)  longest task ${row.longest_task_ms} ms (ours ${row.our_longest_task_ms} ms)  ${row.highlights} highlights, ${row.relevant ? 'about the story' : 'not about the story'}`,
      );
  }
} finally {
  await browser.close();
  await server.close();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
