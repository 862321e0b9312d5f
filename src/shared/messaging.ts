/**
 * The one module that wraps `browser.runtime` messaging, typed by the contract in `messages.ts`.
 */
import browser from 'webextension-polyfill';
import type {
  ContentCommand,
  ContentCommandResponses,
  ContentRequest,
  ContentResponses,
  PageRequest,
  PageResponses,
} from './messages';

/** From the content script to the background. */
export function sendFromContent<R extends ContentRequest>(request: R): Promise<ContentResponses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<ContentResponses[R['type']]>;
}

/** From an extension page (popup, story view) to the background. */
export function sendFromPage<R extends PageRequest>(request: R): Promise<PageResponses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<PageResponses[R['type']]>;
}

/** From an extension page or the background to the content script of one tab (its top frame). */
export function sendToTab<C extends ContentCommand>(
  tabId: number,
  command: C,
): Promise<ContentCommandResponses[C['type']]> {
  return browser.tabs.sendMessage(tabId, command, { frameId: 0 }) as Promise<
    ContentCommandResponses[C['type']]
  >;
}
