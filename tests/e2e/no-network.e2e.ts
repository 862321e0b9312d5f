/**
 * Story Lens makes no network request. Every request the browser context makes (pages, extension pages and,
 * in Chromium, the service worker) is recorded during a story page visit, the popup, a term jump, the story
 * view and the options page; none may leave for a host other than the local test server.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import { countHighlights, readHighlights } from './support/highlights';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { waitFor } from './support/wait';

let server: TestServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  // Chromium reports the service worker's requests through the context only when asked to.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await startServer();
  server.route('/story.html', storyPage());
  chromium = await launchChromium();
  await chromium.context.addInitScript('globalThis.__name = (fn) => fn;');
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

it('requests nothing from any host but the local test server', async () => {
  const requests: string[] = [];
  chromium.context.on('request', (request) => {
    requests.push(request.url());
  });

  const page = await chromium.context.newPage();
  await page.goto(`${server.origin}/story.html`);
  await waitFor(
    'the page to be highlighted',
    async () => countHighlights(await page.evaluate(readHighlights)) > 0,
  );
  const tabId = await chromium.tabIdOf(page);
  const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="found-terms"] button');
  await popup.click('[data-testid="found-terms"] button');
  await popup.click('details.evidence summary');
  const view = await chromium.openExtensionPage('src/story/index.html?term=ttp');
  await view.waitForSelector('body[data-ready="true"]');
  const options = await chromium.openExtensionPage('src/options/index.html');
  await options.waitForSelector('body[data-ready="true"]');
  await page.waitForTimeout(500);

  const remote = requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:') return false;
    return hostname !== '127.0.0.1';
  });
  expect(requests.length).toBeGreaterThan(3);
  expect(remote).toEqual([]);
});
