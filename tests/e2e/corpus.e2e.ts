/**
 * Robustness on real pages: every page of ../shared/corpus (181 news pages from many sites, none of them about
 * the story) loads in Chromium with the test extension. For each page:
 * - the relevance gate, left to itself, does not annotate it (none of these pages covers the story);
 * - annotation forced on ("Annotate this page") completes without an error from our code, and the page's
 *   serialized DOM is exactly what it was before;
 * and the slowest page's annotation time is reported.
 *
 * The pages are served without their scripts (they would only fail to reach the internet, and keep changing
 * their own DOM), so any change to the DOM could only be ours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stripScripts } from '../../scripts/bench/pages';
import { type ChromiumWithExtension, type ExtensionGlobal, launchChromium } from './support/chromium';
import { CORPUS_DIR } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitFor } from './support/wait';

/** Corpus pages that truly cover the story, and so may pass the gate: none (see the README's list). */
const COVERS_THE_STORY: readonly string[] = [];

let server: TestServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
  // The pages' images, fonts and frames point at the internet: never fetch them.
  await chromium.context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

interface Outcome {
  name: string;
  relevant: boolean;
  readMs: number;
}

it('annotates all 181 corpus pages on request without an error or a change to their DOM', {
  timeout: 900_000,
}, async () => {
  const names = readdirSync(join(CORPUS_DIR, 'pages'))
    .filter((file) => file.endsWith('.html.gz'))
    .map((file) => file.replace(/\.html\.gz$/, ''))
    .sort();
  expect(names.length).toBe(181);

  const page = await chromium.context.newPage();
  const ourErrors: string[] = [];
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      /story lens|chrome-extension:/i.test(`${message.text()} ${message.location().url}`)
    ) {
      ourErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    if (/chrome-extension:/.test(error.stack ?? '')) ourErrors.push(error.message);
  });

  const outcomes: Outcome[] = [];
  let tabId: number | null = null;
  for (const name of names) {
    const html = stripScripts(
      gunzipSync(readFileSync(join(CORPUS_DIR, 'pages', `${name}.html.gz`))).toString('utf8'),
    );
    const path = `/robust/${name}.html`;
    server.route(path, html);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    tabId ??= await chromium.tabIdOf(page);
    const url = page.url();
    // The content script's own verdict, before anyone asks: its first report for this page.
    const first = (await waitFor(`the first report for ${name}`, async () => {
      const report = (await chromium.background.evaluate(
        async (key) =>
          (
            await (globalThis as unknown as ExtensionGlobal).chrome.storage.session.get(key)
          )[key],
        `tab:${tabId}`,
      )) as { url?: string; relevant?: boolean } | undefined;
      return report?.url === url ? report : null;
    })) as { relevant: boolean };

    const before = await page.evaluate(() => new XMLSerializer().serializeToString(document));
    const answer = (await chromium.background.evaluate(
      ([id, command]) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, command),
      [tabId, { type: 'annotate-now' }] as const,
    )) as { annotated: boolean; readMs: number };
    expect(answer.annotated, name).toBe(true);
    const after = await page.evaluate(() => new XMLSerializer().serializeToString(document));
    expect(after === before, `${name}: the DOM changed`).toBe(true);
    outcomes.push({ name, relevant: first.relevant, readMs: answer.readMs });
  }

  expect(ourErrors).toEqual([]);
  const relevant = outcomes.filter((o) => o.relevant).map((o) => o.name);
  expect(relevant).toEqual(COVERS_THE_STORY);
  const slowest = outcomes.reduce((a, b) => (b.readMs > a.readMs ? b : a));
  const total = outcomes.reduce((sum, o) => sum + o.readMs, 0);
  console.log(
    `corpus: ${outcomes.length} pages annotated on request; slowest ${slowest.name} in ${slowest.readMs.toFixed(1)} ms; mean ${(total / outcomes.length).toFixed(1)} ms`,
  );
});
