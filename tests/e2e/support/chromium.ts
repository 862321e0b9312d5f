/**
 * Debian's Chromium with the built test extension loaded, through playwright-core.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browsers';
import { testBuild } from './paths';

/** The part of the extension API the tests call inside the service worker. */
export interface ExtensionGlobal {
  chrome: {
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    storage: Record<
      'session' | 'sync' | 'local',
      {
        get(key?: string | null): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
        clear(): Promise<void>;
      }
    >;
  };
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to read its state (storage, badge) in tests. */
  background: Worker;
  /** Opens an extension page (e.g. `src/popup/index.html?tab=3`). */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir = testBuild('chrome')): Promise<ChromiumWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'story-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  // Vitest compiles the tests with esbuild's keepNames, which wraps functions in a `__name(…)` helper; functions
  // passed to page.evaluate carry that call into the page, so every page gets a no-op one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(background.url()).host;
  return {
    context,
    extensionId,
    background,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await background.evaluate(async (target) => {
        const tabs = await (globalThis as unknown as ExtensionGlobal).chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab has ${url}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
