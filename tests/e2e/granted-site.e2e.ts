/**
 * "Always on this site": once the reader grants a site, Story Lens runs there on every load (a content script
 * registered for the site), and once the site is removed in the options, it no longer does.
 *
 * Firefox only: a preference lets it grant an optional permission without showing its prompt, which no
 * automation can answer; Chromium has no such switch. The request itself comes from a real click in an
 * extension page, as browsers only accept one during a user gesture. The site is a made-up name that Firefox
 * resolves to this machine, outside the test build's own matches (localhost and the curated news sites).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sitePatterns } from '../../src/shared/site-patterns';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { countHighlights, readHighlights } from './support/highlights';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { sleep, waitFor } from './support/wait';

const SITE = 'story-site.test';
/** What the popup's "Always on this site" asks for. */
const ORIGINS = sitePatterns(SITE);

let server: TestServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startServer();
  server.route('/story.html', storyPage());
  firefox = await launchFirefox({
    prefs: {
      'extensions.webextOptionalPermissionPrompts': false,
      'network.dns.localDomains': SITE,
      'network.dns.disableIPv6': true,
    },
  });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

interface ExtensionState {
  permitted: boolean;
  scripts: string[];
  granted: string[];
}

/** What the browser holds for the site: its permission, our registered scripts, the granted sites. */
const stateOf = (page: Page) =>
  page.evaluate(async (origins): Promise<ExtensionState> => {
    const api = (
      globalThis as unknown as {
        browser: {
          permissions: { contains(p: object): Promise<boolean> };
          scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
          storage: { sync: { get(key: string): Promise<Record<string, { grantedSites?: string[] }>> } };
        };
      }
    ).browser;
    return {
      permitted: await api.permissions.contains({ origins }),
      scripts: (await api.scripting.getRegisteredContentScripts()).map((script) => script.id),
      granted: (await api.storage.sync.get('settings')).settings?.grantedSites ?? [],
    };
  }, ORIGINS);

/** Loads the story page on the site and reports how many highlights it has after a settled moment. */
async function highlightsOnSite(page: Page, step: string, expectSome: boolean): Promise<number> {
  const port = new URL(server.origin).port;
  await page.goto(`http://${SITE}:${port}/story.html?step=${step}`);
  expect(await page.title()).not.toBe('');
  if (expectSome)
    return waitFor('the page to be highlighted', async () => {
      const count = countHighlights(await page.evaluate(readHighlights));
      return count > 0 ? count : null;
    });
  // Nothing to wait for when nothing should happen: give a content script ample time, then count.
  await sleep(1500);
  return countHighlights(await page.evaluate(readHighlights));
}

it('runs on a site from the load after it is granted, and stops once it is removed', async () => {
  const page = await firefox.browser.newPage();
  expect(await highlightsOnSite(page, 'before', false)).toBe(0);

  const options = await firefox.openExtensionPage('src/options/index.html');
  expect(await stateOf(options)).toEqual({ permitted: false, scripts: [], granted: [] });
  // The popup's "Always on this site" button asks exactly this, from its click handler.
  await options.evaluate((origins) => {
    const api = (
      globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }
    ).browser;
    const button = document.createElement('button');
    button.id = 'grant-for-test';
    button.textContent = 'grant';
    button.addEventListener('click', () => {
      void api.permissions.request({ origins }).then((granted) => {
        button.dataset.granted = String(granted);
      });
    });
    document.body.append(button);
  }, ORIGINS);
  await options.click('#grant-for-test');
  await options.waitForSelector('#grant-for-test[data-granted="true"]');
  await waitFor('the site to be recorded and its script registered', async () => {
    const state = await stateOf(options);
    return state.granted.includes(SITE) && state.scripts.includes(`site:${SITE}`) ? true : null;
  });

  expect(await highlightsOnSite(page, 'granted', true)).toBeGreaterThan(0);

  // The options page lists the site; its remove button gives the permission back.
  await options.waitForSelector('[data-testid="granted-sites"] li button');
  expect(await options.$eval('[data-testid="granted-sites"] .site', (n) => n.textContent)).toBe(SITE);
  await options.click('[data-testid="granted-sites"] li button');
  await waitFor('the permission and the script to be gone', async () => {
    const state = await stateOf(options);
    return !state.permitted && state.scripts.length === 0 && state.granted.length === 0 ? true : null;
  });

  expect(await highlightsOnSite(page, 'removed', false)).toBe(0);
  await page.close();
});
