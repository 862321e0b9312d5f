/**
 * The popup, the badge, the story view and the settings in real browsers, with the built test extension:
 * on a story page the popup lists each term with exactly as many mentions as the page has highlights, the
 * badge counts the terms, "Annotate this page" highlights an off-topic page, the highlight switches write
 * the settings, and garbage in storage breaks nothing.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGlossary } from '../../scripts/lib/glossary-files';
import { compileGlossary } from '../../src/core/glossary/compile';
import { type ChromiumWithExtension, type ExtensionGlobal, launchChromium } from './support/chromium';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { countHighlights, type HighlightTexts, readHighlights } from './support/highlights';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { waitFor } from './support/wait';

const glossary = compileGlossary(readGlossary());
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  server.route('/story.html', storyPage());
  server.route('/story-2.html', storyPage({ title: 'Second story page' }));
  server.route('/story-garbage.html', storyPage({ title: 'Story page with garbage settings' }));
  // Names two story terms once each: too little for the relevance gate, enough to annotate on request.
  server.route(
    '/off-topic.html',
    '<!doctype html><title>Markets</title><main><p>Markets were calm. A note on Kabul: the TTP militants were blamed.</p></main>',
  );
});
afterAll(async () => {
  await server?.close();
});

/** Term id → count, from the page's highlights. */
const countsOf = (texts: HighlightTexts) =>
  Object.fromEntries(
    Object.entries(texts)
      .filter(([, list]) => list.length > 0)
      .map(([id, list]) => [id, list.length]),
  );

/** Term id → count, from the popup's list (read inside the popup). */
function popupCounts(): Record<string, number> | null {
  if (document.body.dataset.ready !== 'true') return null;
  const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid="found-terms"] button')];
  return Object.fromEntries(buttons.map((b) => [b.dataset.term ?? '', Number(b.dataset.count)]));
}

describe('Chromium', () => {
  let chromium: ChromiumWithExtension;
  const storage = (area: 'sync' | 'session', key: string) =>
    chromium.background.evaluate(
      async ([a, k]) => (await (globalThis as unknown as ExtensionGlobal).chrome.storage[a].get(k))[k],
      [area, key] as const,
    );
  const badge = (tabId: number) =>
    chromium.background.evaluate(
      (id) => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );

  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('shows the story, the actors, the map and, for a story page, each term with its count on the page', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/story.html?case=1`);
    const tabId = await chromium.tabIdOf(page);
    await waitFor('the page report', async () => (await storage('session', `tab:${tabId}`)) ?? null);
    const onPage = countsOf(await page.evaluate(readHighlights));
    expect(Object.keys(onPage).length).toBeGreaterThan(5);

    const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.evaluate(popupCounts)).toEqual(onPage);

    expect(await popup.textContent('h1')).toBe(glossary.story.title);
    expect(await popup.textContent('[data-testid="summary"]')).toBe(glossary.story.summary);
    expect(await popup.textContent('[data-testid="page-status"]')).toMatch(/is about the story/);
    // The in-page shortcuts are listed, as the cards define them.
    expect(await popup.textContent('[data-testid="shortcuts"]')).toMatch(
      /Alt\+Shift\+\..*Alt\+Shift\+,.*Esc/s,
    );
    expect(await popup.textContent('[data-testid="why"]')).toMatch(/Core story terms found: .*TTP/);
    expect(await popup.locator('[data-testid="stance"]').count()).toBe(glossary.actors.length);
    expect(await popup.locator('.relation-map .edge').count()).toBe(glossary.relations.length);
    expect(await popup.locator('[data-testid="relation-list"] li').count()).toBe(glossary.relations.length);
    // Quotes are marked as quotes, and glossary text declares no direction of its own.
    expect(await popup.locator('blockquote').count()).toBeGreaterThan(glossary.actors.length);
    expect(await popup.getAttribute('[data-testid="summary"]', 'dir')).toBe('auto');
    // Readable at 400 px: nothing wider than the popup.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);

    expect(await badge(tabId)).toBe(String(Object.keys(onPage).length));
  });

  it('clears the badge when the tab navigates, and counts the new page', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/story.html?case=2`);
    const tabId = await chromium.tabIdOf(page);
    await waitFor('the badge', async () => (await badge(tabId)) !== '');
    await page.goto(`${server.origin}/pages/plain.html`);
    let report: { url?: string } | undefined;
    await waitFor('the report of the plain page', async () => {
      report = (await storage('session', `tab:${tabId}`)) as { url?: string } | undefined;
      return report?.url?.endsWith('/pages/plain.html');
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}; stored: ${JSON.stringify(report)}`);
    });
    expect(await badge(tabId)).toBe('');
  });

  it('jumps to a term from the popup', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/story-2.html?case=3`);
    const tabId = await chromium.tabIdOf(page);
    await waitFor('the page report', async () => (await storage('session', `tab:${tabId}`)) ?? null);
    const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="found-terms"] button[data-term="ttp"]');
    // The button sends `jump-to-term` to the tab; the content script answers (the popup stays open for ?tab=).
    await popup.click('[data-testid="found-terms"] button[data-term="ttp"]');
    expect(await popup.evaluate(() => document.body.dataset.ready)).toBe('true');
  });

  it('annotates an off-topic page on request, and the popup and badge follow', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/off-topic.html?case=4`);
    const tabId = await chromium.tabIdOf(page);
    await waitFor('the page report', async () => (await storage('session', `tab:${tabId}`)) ?? null);
    const before = countHighlights(await page.evaluate(readHighlights));
    expect(before).toBe(0);

    const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.textContent('[data-testid="page-status"]')).toMatch(/does not appear/);
    // The test host is on the list, so only the one-off choice is offered.
    expect(await popup.locator('[data-testid="always-on"]').count()).toBe(0);
    await popup.click('[data-testid="annotate"]');

    const texts = await waitFor('the page to be highlighted', async () => {
      const found = await page.evaluate(readHighlights);
      return countHighlights(found) > 0 ? found : null;
    });
    const counts = await waitFor('the popup to list the terms', async () => {
      const listed = await popup.evaluate(popupCounts);
      return listed && Object.keys(listed).length > 0 ? listed : null;
    });
    expect(counts).toEqual(countsOf(texts));
    expect(await popup.textContent('[data-testid="page-status"]')).toMatch(/on request/);
    expect(await badge(tabId)).toBe(String(Object.keys(counts).length));
  });

  it('turns highlights off for the site and everywhere, and on again, through the settings', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/story.html?case=5`);
    const tabId = await chromium.tabIdOf(page);
    const highlighted = () => page.evaluate(readHighlights).then(countHighlights);
    await waitFor('the page to be highlighted', async () => (await highlighted()) > 0);
    const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="toggle-site"]');

    await popup.uncheck('[data-testid="toggle-site"]');
    await waitFor('every highlight to go', async () => (await highlighted()) === 0);
    await waitFor('the badge to empty', async () => (await badge(tabId)) === '');
    await waitFor('the site to be stored', async () => {
      const stored = (await storage('sync', 'settings')) as { disabledSites?: string[] } | undefined;
      return stored?.disabledSites?.includes('127.0.0.1');
    });
    await waitFor('the popup to say so', async () =>
      /off on this site/.test((await popup.textContent('[data-testid="page-status"]')) ?? ''),
    );
    await popup.check('[data-testid="toggle-site"]');
    await waitFor('the highlights to come back', async () => (await highlighted()) > 0);
    await popup.uncheck('[data-testid="toggle-everywhere"]');
    await waitFor('every highlight to go again', async () => (await highlighted()) === 0);
    await waitFor('highlights off everywhere', async () => {
      const stored = (await storage('sync', 'settings')) as Record<string, unknown> | undefined;
      return stored?.enabled === false && !('disabledSites' in stored);
    });
    await popup.check('[data-testid="toggle-everywhere"]');
    await waitFor('the highlights to come back again', async () => (await highlighted()) > 0);
    // Everything back at its default: nothing stored.
    await waitFor('the defaults', async () => (await storage('sync', 'settings')) === undefined);
  });

  it('survives garbage in storage: popup, options and content script fall back to the defaults', async () => {
    await chromium.background.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).chrome.storage.sync.set({
        settings: { version: 'x', enabled: 'maybe', disabledSites: [42], highlightStyle: { a: 1 } },
      }),
    );
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/story-garbage.html?case=6`);
    const tabId = await chromium.tabIdOf(page);
    await waitFor(
      'the page to be highlighted',
      async () => countHighlights(await page.evaluate(readHighlights)) > 0,
    );

    const popup = await chromium.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.isChecked('[data-testid="toggle-everywhere"]')).toBe(true);
    expect(await popup.isChecked('[data-testid="toggle-site"]')).toBe(true);

    const options = await chromium.openExtensionPage('src/options/index.html');
    await options.waitForSelector('body[data-ready="true"]');
    expect(await options.isChecked('[data-testid="style-background"]')).toBe(true);
    // A change from the options page replaces the garbage with clean data.
    await options.check('[data-testid="style-underline"]');
    let stored: unknown;
    await waitFor('clean settings', async () => {
      stored = await storage('sync', 'settings');
      const { version, highlightStyle, ...rest } = (stored ?? {}) as Record<string, unknown>;
      return version === 1 && highlightStyle === 'underline' && Object.keys(rest).length === 0;
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}; stored: ${JSON.stringify(stored)}`);
    });
    await options.click('[data-testid="reset"]');
    await waitFor('the defaults', async () => (await storage('sync', 'settings')) === undefined);
  });

  it('opens the story view at a term', async () => {
    const view = await chromium.openExtensionPage('src/story/index.html?term=iskp');
    await view.waitForSelector('body[data-ready="true"]');
    expect(await view.textContent('h1')).toBe(glossary.story.title);
    expect(await view.locator('.term').count()).toBe(glossary.terms.length);
    expect(await view.getAttribute('#term-iskp', 'class')).toContain('target');
    expect(await view.evaluate(() => document.activeElement?.id)).toBe('term-iskp');
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

  const openPopup = (tabId: number) => firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`);

  it('lists each term with as many mentions as the page has highlights', async () => {
    const page = await firefox.browser.newPage();
    const url = `${server.origin}/story.html?case=7`;
    await page.goto(url);
    const texts = await waitFor('the page to be highlighted', async () => {
      const found = await page.evaluate(readHighlights);
      return countHighlights(found) > 20 ? found : null;
    });
    const tabId = await firefox.tabIdOf(url);
    let popup: PuppeteerPage | null = null;
    const counts = await waitFor('the popup to list the terms', async () => {
      await popup?.close();
      popup = await openPopup(tabId);
      const listed = await popup.evaluate(popupCounts);
      return listed && Object.keys(listed).length > 0 ? listed : null;
    });
    expect(counts).toEqual(countsOf(texts));
    const p = popup as unknown as PuppeteerPage;
    expect(await p.$eval('h1', (n) => n.textContent)).toBe(glossary.story.title);
    expect(await p.$$eval('.relation-map .edge', (n) => n.length)).toBe(glossary.relations.length);
    await p.close();
  });

  it('annotates an off-topic page on request', async () => {
    const page = await firefox.browser.newPage();
    const url = `${server.origin}/off-topic.html?case=8`;
    await page.goto(url);
    const tabId = await firefox.tabIdOf(url);
    const popup = await waitFor('the popup to offer annotation', async () => {
      const opened = await openPopup(tabId);
      if ((await opened.$('[data-testid="annotate"]')) !== null) return opened;
      await opened.close();
      return null;
    });
    await popup.click('[data-testid="annotate"]');
    await waitFor(
      'the page to be highlighted',
      async () => countHighlights(await page.evaluate(readHighlights)) > 0,
    );
    const counts = await waitFor('the popup to list the terms', async () => {
      const listed = await popup.evaluate(popupCounts);
      return listed && Object.keys(listed).length > 0 ? listed : null;
    });
    expect(counts).toEqual(countsOf(await page.evaluate(readHighlights)));
  });

  it('survives garbage in storage and writes the highlight switches', async () => {
    const options = await firefox.openExtensionPage('src/options/index.html');
    await options.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { storage: { sync: { set(o: object): Promise<void> } } } }
      ).browser;
      await api.storage.sync.set({ settings: ['not', 'settings'] });
    });
    const page = await firefox.browser.newPage();
    const url = `${server.origin}/story-garbage.html?case=9`;
    await page.goto(url);
    await waitFor(
      'the page to be highlighted',
      async () => countHighlights(await page.evaluate(readHighlights)) > 0,
    );
    const tabId = await firefox.tabIdOf(url);
    const popup = await openPopup(tabId);
    expect(
      await popup.$eval('[data-testid="toggle-everywhere"]', (n) => (n as HTMLInputElement).checked),
    ).toBe(true);
    await popup.click('[data-testid="toggle-everywhere"]');
    const readSettings = () =>
      popup.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            browser: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).browser;
        return JSON.stringify((await api.storage.sync.get('settings')).settings ?? null);
      });
    await waitFor(
      'highlights off everywhere',
      async () => (await readSettings()) === '{"version":1,"enabled":false}',
    );
    // The content script turned off, so the tab's state changed and the popup re-rendered its switches: find
    // the switch afresh, and click only while it still shows "off".
    await waitFor('the defaults', async () => {
      const checked = await popup
        .$eval('[data-testid="toggle-everywhere"]', (n) => (n as HTMLInputElement).checked)
        .catch(() => null);
      if (checked === false) await popup.click('[data-testid="toggle-everywhere"]').catch(() => {});
      return (await readSettings()) === 'null';
    });
    await options.close();
  });
});
