/**
 * The toolbar popup: the story at a glance and what Story Lens found on the current tab.
 * `?tab=<id>` shows another tab's state (the story view and the tests use it).
 */
import browser from 'webextension-polyfill';
import { glossary } from '../generated/glossary';
import { el } from '../shared/element';
import { t } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { sendFromPage } from '../shared/messaging';

async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function renderStory(): HTMLElement {
  const { story } = glossary;
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'story-title' } },
    el('h1', { attrs: { id: 'story-title', dir: 'auto' } }, story.title),
    el('p', { className: 'dek', attrs: { dir: 'auto' } }, story.dek),
    el('h2', null, t('sectionStory')),
    el('p', { attrs: { dir: 'auto', 'data-testid': 'summary' } }, story.summary),
    el('h2', null, t('sectionKeyPoints')),
    el('ul', null, ...story.keyPoints.map((point) => el('li', { attrs: { dir: 'auto' } }, point))),
    el('h2', null, t('sectionWatchNext')),
    el('p', { attrs: { dir: 'auto' } }, story.watchNext),
  );
}

function renderPageStatus(state: TabState | null): HTMLElement {
  const report = state?.report ?? null;
  const text =
    report === null
      ? t('pageNotRead')
      : report.relevant
        ? t('pageReadStory', String(report.terms.length))
        : t('pageReadNoStory');
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'page-heading' } },
    el('h2', { attrs: { id: 'page-heading' } }, t('sectionThisPage')),
    el('p', { className: 'page-status', attrs: { 'data-testid': 'page-status' } }, text),
  );
}

async function main(): Promise<void> {
  document.title = t('popupTitle');
  const app = document.getElementById('app');
  if (!app) return;
  app.append(renderStory());
  const tabId = await targetTabId();
  const state = tabId === null ? null : await sendFromPage({ type: 'get-tab-state', tabId });
  app.append(renderPageStatus(state));
  document.body.dataset.ready = 'true';
}

void main();
