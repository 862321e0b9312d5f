/**
 * The extension's parts talk to each other in both browsers: the content script runs on a locally served
 * page and reports to the background, and the popup renders the story from the glossary and the background's
 * answer about that tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGlossary } from '../../scripts/lib/glossary-files';
import { compileGlossary } from '../../src/core/glossary/compile';
import { type ChromiumWithExtension, type ExtensionGlobal, launchChromium } from './support/chromium';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { startServer, type TestServer } from './support/server';
import { waitFor } from './support/wait';

const { story } = compileGlossary(readGlossary());
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let chromium: ChromiumWithExtension;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('runs the content script, which reports to the background, and the popup shows both', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/pages/plain.html`);
    const tabId = await chromium.tabIdOf(page);
    const stored = await waitFor('the content script to report', () =>
      chromium.background.evaluate(
        async (key) =>
          (await (globalThis as unknown as ExtensionGlobal).chrome.storage.session.get(key))[key],
        `tab:${tabId}`,
      ),
    );
    expect(stored).toMatchObject({ url: `${server.origin}/pages/plain.html`, relevant: false });

    const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.textContent('h1')).toBe(story.title);
    expect(await popup.textContent('[data-testid="summary"]')).toBe(story.summary);
    expect(await popup.textContent('[data-testid="page-status"]')).toBe(
      'This page does not appear to be about the story.',
    );
  });
});

describe('Firefox', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('runs the content script, which reports to the background, and the popup shows both', async () => {
    const page = await firefox.browser.newPage();
    const url = `${server.origin}/pages/plain.html`;
    await page.goto(url);
    const tabId = await firefox.tabIdOf(url);
    const status = await waitFor('the popup to show the report', async () => {
      const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const text = await popup.$eval('[data-testid="page-status"]', (node) => node.textContent);
      const content = await popup.evaluate(() => ({
        title: document.querySelector('h1')?.textContent,
        summary: document.querySelector('[data-testid="summary"]')?.textContent,
      }));
      await popup.close();
      expect(content).toEqual({ title: story.title, summary: story.summary });
      return text?.includes('does not appear') ? text : null;
    });
    expect(status).toBe('This page does not appear to be about the story.');
  });
});
