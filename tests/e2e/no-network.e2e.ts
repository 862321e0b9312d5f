/**
 * Story Lens makes no network request. During a story page visit, the popup, a term jump, the story view and
 * the options page, no request may leave for a host other than the local test server:
 * - in Chromium, every request the browser context makes (pages, extension pages, the service worker) is
 *   recorded;
 * - in Firefox, every request for another host, whoever makes it (pages, content scripts, extension pages, the
 *   background), is sent to a trap proxy that records it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPlaywright, fromPuppeteer, waitForHighlights } from './support/card-page';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { startTrapProxy, type TrapProxy } from './support/trap-proxy';
import { sleep, waitFor } from './support/wait';

let server: TestServer;

/** What the tour needs of an extension page; Playwright's and Puppeteer's pages both have it. */
interface ExtensionPage {
  waitForSelector(selector: string): Promise<unknown>;
  click(selector: string): Promise<void>;
}

/**
 * The same tour in each browser, once the story page is highlighted: the popup for its tab (a term jump, the
 * evidence), the story view at a term and the options; then a moment for anything they might send.
 */
async function tourExtensionPages(open: (path: string) => Promise<ExtensionPage>, tabId: number) {
  const popup = await open(`src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="found-terms"] button');
  await popup.click('[data-testid="found-terms"] button');
  await popup.click('details.evidence summary');
  const view = await open('src/story/index.html?term=ttp');
  await view.waitForSelector('body[data-ready="true"]');
  const options = await open('src/options/index.html');
  await options.waitForSelector('body[data-ready="true"]');
  await sleep(500);
}

beforeAll(async () => {
  server = await startServer();
  server.route('/story.html', storyPage());
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let chromium: ChromiumWithExtension;
  beforeAll(async () => {
    // Chromium reports the service worker's requests through the context only when asked to.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('requests nothing from any host but the local test server', async () => {
    const requests: string[] = [];
    chromium.context.on('request', (request) => {
      requests.push(request.url());
    });

    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    await waitForHighlights(fromPlaywright(page));
    await tourExtensionPages((path) => chromium.openExtensionPage(path), await chromium.tabIdOf(page));

    const remote = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:') return false;
      return hostname !== '127.0.0.1';
    });
    expect(requests.length).toBeGreaterThan(3);
    expect(remote).toEqual([]);
  });
});

describe('Firefox', () => {
  let trap: TrapProxy;
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    trap = await startTrapProxy();
    firefox = await launchFirefox({ proxyPort: trap.port });
  });
  afterAll(async () => {
    await firefox?.close();
    await trap?.close();
  });

  it('sends nothing to any host but the local test server', async () => {
    const served = server.requests.length;
    const page = await firefox.browser.newPage();
    const url = `${server.origin}/story.html?browser=firefox`;
    await page.goto(url);
    await waitForHighlights(fromPuppeteer(page));
    await tourExtensionPages((path) => firefox.openExtensionPage(path), await firefox.tabIdOf(url));

    // The control: a request the page makes for another host reaches the trap, so one of ours would have too.
    await page.evaluate(() => fetch('http://control.invalid/probe').catch(() => undefined));
    await waitFor('the control request to reach the trap', async () => trap.seen.length > 0);
    expect(server.requests.slice(served)).toContain('/story.html');
    expect(trap.seen).toEqual(['GET http://control.invalid/probe']);
  });
});
