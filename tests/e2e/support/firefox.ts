/**
 * Debian's Firefox ESR with the built test extension installed (temporarily, over WebDriver BiDi), through
 * puppeteer-core. The extension's UUID is pinned by a pref so its pages have a known moz-extension:// URL.
 */
import { type Browser, launch, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/lib/manifest';
import { firefoxPath } from './browsers';
import { testBuild } from './paths';

export const FIREFOX_EXTENSION_UUID = '5d1c9a2e-7f4b-4c1e-9a3d-2b6e8f0a1c47';

export interface FirefoxWithExtension {
  browser: Browser;
  origin: string;
  /** Opens an extension page (e.g. `src/popup/index.html?tab=3`) once its `body[data-ready]` is set. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of the tab showing `url`, asked from an extension page. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  extensionDir?: string;
  /** Sends every request for a host other than 127.0.0.1 to this port (see `trap-proxy.ts`). */
  proxyPort?: number;
  /** More preferences, for what one test needs. */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox({
  extensionDir = testBuild('firefox'),
  proxyPort,
  prefs = {},
}: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const proxy =
    proxyPort === undefined
      ? {}
      : {
          'network.proxy.type': 1, // manual
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxyPort,
        };
  const browser = await launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets the test read extension pages (popup) as it reads web pages.
    args: ['--remote-allow-system-access'],
    // Firefox honours a changed remote-settings server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // No update checks, telemetry, remote settings or other traffic from the browser itself in tests.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...proxy,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    // Extension pages send no load event over BiDi: start navigating, then poll until the page says it is ready.
    void page.goto(`${origin}/${path}`).catch(() => {});
    const deadline = Date.now() + 20_000;
    for (;;) {
      const ready = await page
        .evaluate(
          () =>
            document.location.href.startsWith('moz-extension:') && document.body?.dataset.ready === 'true',
        )
        .catch(() => false);
      if (ready) return page;
      if (Date.now() > deadline) throw new Error(`${path} did not become ready`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return {
    browser,
    origin,
    openExtensionPage,
    async tabIdOf(url) {
      const page = await openExtensionPage('src/popup/index.html');
      try {
        const id = await page.evaluate(async (target) => {
          const api = (
            globalThis as unknown as {
              browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
            }
          ).browser;
          const tabs = await api.tabs.query({});
          return tabs.find((tab) => tab.url === target)?.id ?? null;
        }, url);
        if (id === null) throw new Error(`no tab has ${url}`);
        return id;
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
