/**
 * Every message the background receives arrives here: its sender is checked, its shape is checked against the
 * contract (`shared/messages.ts`), and only then is it handled. Anything else is logged and dropped.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { glossary } from '../generated/glossary';
import {
  type ContentRequest,
  type ContentResponses,
  type PageReport,
  type PageRequest,
  type PageResponses,
  parseContentRequest,
  parsePageRequest,
} from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { annotateTab, jumpToTerm, loadCards } from './annotate';
import { showReportOnBadge } from './badge';
import { applyStyle } from './highlight-style';
import { inTabOrder, readTabState, saveReport } from './tab-state';

/** The `runtime.onMessage` listener. Returns the answer's promise, or `undefined` to not answer. */
export function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return drop('from another extension', message);

  if (isContentScript(sender)) {
    const request = parseContentRequest(message);
    if (!request) return drop('malformed content-script message', message);
    return handleContent(request, sender.tab.id);
  }
  if (isExtensionPage(sender)) {
    const request = parsePageRequest(message);
    if (!request) return drop('malformed extension-page message', message);
    return handlePage(request);
  }
  return drop('from an unknown sender', message);
}

type ContentSender = Runtime.MessageSender & { tab: { id: number } };

/** Our content script runs in top-level frames of web pages only. */
function isContentScript(sender: Runtime.MessageSender): sender is ContentSender {
  return sender.tab?.id !== undefined && sender.frameId === 0 && !isExtensionUrl(sender.url);
}

/** The popup, the story view and the options page: our own pages, by URL. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return isExtensionUrl(sender.url);
}

function isExtensionUrl(url: string | undefined): boolean {
  return url?.startsWith(browser.runtime.getURL('')) ?? false;
}

async function handleContent<R extends ContentRequest>(
  request: R,
  tabId: number,
): Promise<ContentResponses[R['type']]> {
  switch (request.type) {
    case 'page-report': {
      const report: PageReport = request;
      await inTabOrder(tabId, async () => {
        await saveReport(tabId, report);
        await showReportOnBadge(tabId, report);
        if (report.annotated) {
          const { highlightStyle } = await loadSettings();
          await applyStyle(tabId, highlightStyle).catch((error: unknown) => {
            console.warn(`Story Lens: could not style tab ${tabId}`, error);
          });
        }
      });
      return { tabId } as ContentResponses[R['type']];
    }
    case 'open-story-view': {
      const query = request.termId === null ? '' : `?term=${encodeURIComponent(request.termId)}`;
      await browser.tabs.create({ url: browser.runtime.getURL(`src/story/index.html${query}`) });
      return { opened: true } as ContentResponses[R['type']];
    }
    case 'get-glossary':
      return glossary as ContentResponses[R['type']];
    case 'load-cards':
      return { loaded: await loadCards(tabId) } as ContentResponses[R['type']];
  }
}

async function handlePage<R extends PageRequest>(request: R): Promise<PageResponses[R['type']]> {
  switch (request.type) {
    case 'get-tab-state':
      return readTabState(request.tabId) as Promise<PageResponses[R['type']]>;
    case 'annotate-tab':
      return { annotated: await annotateTab(request.tabId) } as PageResponses[R['type']];
    case 'jump-in-tab':
      return { found: await jumpToTerm(request.tabId, request.termId) } as PageResponses[R['type']];
  }
}

function drop(reason: string, message: unknown): undefined {
  console.warn(`Story Lens: dropped a message ${reason}:`, message);
  return undefined;
}
