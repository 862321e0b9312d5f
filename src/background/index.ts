/**
 * The background (a service worker in Chrome, an event page in Firefox). Every listener is registered
 * synchronously, at the top level of this file: a listener added after an `await` misses the event that woke
 * the worker.
 *
 * - messages from content scripts and extension pages: `router.ts`
 * - per-tab state: `tab-state.ts`; the badge: `badge.ts`; the underline style: `highlight-style.ts`
 * - content scripts registered for sites the reader granted: `site-scripts.ts`
 */
import browser from 'webextension-polyfill';
import { loadSettings, onSettingsChanged } from '../shared/settings';
import { reportStoredSettingsProblems, watchStoredSettingsProblems } from '../shared/settings-problems';
import { clearBadge } from './badge';
import { applyStyleEverywhere, forgetStyle } from './highlight-style';
import { routeMessage } from './router';
import { onPermissionsAdded, onPermissionsRemoved, syncSiteScripts } from './site-scripts';
import { forgetTab, inTabOrder, readTabState } from './tab-state';

const warn = (what: string) => (error: unknown) => console.warn(`Story Lens: ${what} failed`, error);

browser.runtime.onMessage.addListener(routeMessage);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId).catch(warn('forgetting a closed tab'));
  void forgetStyle(tabId).catch(warn('forgetting a closed tab'));
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  void inTabOrder(tabId, () => resetTab(tabId, change.url)).catch(warn('resetting a navigated tab'));
});

/**
 * A tab started loading: a reload, or another page. Its report, badge and inserted style belong to the old
 * page. A report for the address the tab is loading is kept: a jump within the same page (a `#fragment`)
 * keeps its content script and highlights, and a new page may have reported already when the browser sends
 * a second "loading" update.
 */
async function resetTab(tabId: number, url: string | undefined): Promise<void> {
  const { report } = await readTabState(tabId);
  if (report !== null && url !== undefined && withoutHash(url) === withoutHash(report.url)) return;
  await Promise.all([forgetTab(tabId), forgetStyle(tabId), clearBadge(tabId)]);
}

const withoutHash = (url: string) => url.split('#', 1)[0];

onSettingsChanged((settings) => {
  void syncSiteScripts(settings).catch(warn('updating the granted sites'));
  void applyStyleEverywhere(settings.highlightStyle).catch(warn('restyling tabs'));
});
// Unusable stored settings fall back to their defaults everywhere, quietly; they are reported here, in the
// extension's own console: when the browser starts or the extension is installed, and on every change.
watchStoredSettingsProblems();
const reportSettings = () => {
  void reportStoredSettingsProblems().catch(warn('reading the stored settings'));
};
browser.runtime.onInstalled.addListener(reportSettings);
browser.runtime.onStartup.addListener(reportSettings);

browser.permissions.onAdded.addListener(({ origins }) => {
  void onPermissionsAdded(origins).catch(warn('recording a granted site'));
});
browser.permissions.onRemoved.addListener(({ origins }) => {
  void onPermissionsRemoved(origins).catch(warn('dropping a revoked site'));
});

// Registered scripts normally persist, but a browser update or a Firefox temporary install may drop them.
const resync = () => {
  void loadSettings().then(syncSiteScripts).catch(warn('registering the granted sites'));
};
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);
