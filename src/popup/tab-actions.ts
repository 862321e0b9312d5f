/**
 * What the popup does to the tab it describes: annotate it on request, ask for a site permission, and read
 * the tab's address.
 */
import browser from 'webextension-polyfill';
import { sendFromPage } from '../shared/messaging';
import { normalizeSite } from '../shared/settings';
import { sitePatterns } from '../shared/site-patterns';

export interface TabPage {
  url: URL;
  /** The hostname as the settings keep it (no "www."). */
  site: string;
}

/** The tab's address when it is a web page (http or https); `null` for browser pages, files and the like. */
export async function pageOfTab(tabId: number, fallbackUrl: string | null): Promise<TabPage | null> {
  // `url` is visible through `activeTab` (the toolbar click) or a host permission; the content script's own
  // report is the fallback.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const raw = tab?.url ?? fallbackUrl;
  if (!raw || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const site = normalizeSite(url.hostname);
  return site === null ? null : { url, site };
}

/** True when Story Lens may already run on this page (a curated site, a test host or a granted site). */
export function hasHostPermission(page: TabPage): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${page.url.origin}/*`] }).catch(() => false);
}

/** "Annotate this page": the background injects the content script if needed and asks it to annotate. */
export async function annotateTab(tabId: number): Promise<boolean> {
  return (await sendFromPage({ type: 'annotate-tab', tabId })).annotated;
}

/**
 * "Always on this site": must be called straight from the click handler, before any `await` — browsers only
 * show the permission prompt during a user gesture. The background notices the new permission
 * (`permissions.onAdded`), records the site and registers the content script for it; that also works when
 * Firefox closes the popup while the prompt is open.
 */
export function requestSite(site: string): Promise<boolean> {
  return browser.permissions.request({ origins: sitePatterns(site) });
}

/** Scrolls the page to the term's next occurrence and opens its card. */
export async function jumpToTerm(tabId: number, termId: string): Promise<boolean> {
  return (await sendFromPage({ type: 'jump-in-tab', tabId, termId }).catch(() => ({ found: false }))).found;
}

export function openStoryView(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('src/story/index.html') });
}

export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
