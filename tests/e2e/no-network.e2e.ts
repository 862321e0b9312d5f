/**
 * Story Lens makes no network request. During a story page visit, the popup, a term jump, the story view and
 * the options page, no request may leave for a host other than the local test server:
 * - in Chromium, every request the browser context makes (pages, extension pages, the service worker) is
 *   recorded;
 * - in Firefox, every request for another host, whoever makes it (pages, content scripts, extension pages, the
 *   background), is sent to a trap proxy that records it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { countHighlights, readHighlights } from './support/highlights';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { startTrapProxy, type TrapProxy } from './support/trap-proxy';
import { waitFor } from './support/wait';

let server: TestServer;

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
    await chromium.context.addInitScript('globalThis.__name = (fn) => fn;');
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
    const page = await firefox.browser.newPage();
    const url = `${server.origin}/story.html?browser=firefox`;
    await page.goto(url);
    await waitFor(
      'the page to be highlighted',
      async () => countHighlights(await page.evaluate(readHighlights)) > 0,
    );
    const tabId = await firefox.tabIdOf(url);
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="found-terms"] button');
    await popup.click('[data-testid="found-terms"] button');
    await popup.click('details.evidence summary');
    const view = await firefox.openExtensionPage('src/story/index.html?term=ttp');
    await view.waitForSelector('body[data-ready="true"]');
    const options = await firefox.openExtensionPage('src/options/index.html');
    await options.waitForSelector('body[data-ready="true"]');
    await new Promise((resolve) => setTimeout(resolve, 500));

    // The control: a request the page makes for another host reaches the trap, so one of ours would have too.
    await page.evaluate(() => fetch('http://control.invalid/probe').catch(() => undefined));
    await waitFor('the control request to reach the trap', async () => trap.seen.length > 0);
    expect(server.requests).toContain('/story.html');
    expect(trap.seen).toEqual(['GET http://control.invalid/probe']);
  });
});
