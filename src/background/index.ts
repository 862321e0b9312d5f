/**
 * The background (a service worker in Chrome, an event page in Firefox). Every listener is registered
 * synchronously, at the top level of this file: a listener added after an `await` misses the event that woke
 * the worker.
 *
 * - messages from content scripts and extension pages: `router.ts`
 * - per-tab state: `tab-state.ts`
 */
import browser from 'webextension-polyfill';
import { routeMessage } from './router';
import { forgetTab } from './tab-state';

browser.runtime.onMessage.addListener(routeMessage);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
