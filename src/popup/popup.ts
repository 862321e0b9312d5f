/**
 * The toolbar popup: the story at a glance and what Story Lens found on the current tab.
 * `?tab=<id>` shows another tab's state (the tests use it).
 *
 * - "On this page" and its controls: `this-page.ts`
 * - what the popup does to the tab: `tab-actions.ts`
 * - the story, actors and relationship map (shared with the story view): `../ui/story-sections.ts`
 */
import browser from 'webextension-polyfill';
import { glossary } from '../generated/glossary';
import { el } from '../shared/element';
import { t } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { sendFromPage } from '../shared/messaging';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { onStoredChanged } from '../shared/storage';
import { tabStateKey } from '../shared/tab-state-key';
import { renderActors, renderRelations, renderStoryBody, renderStoryHead } from '../ui/story-sections';
import { hasHostPermission, openOptions, openStoryView, pageOfTab } from './tab-actions';
import { renderThisPage } from './this-page';

function tabParam(): number | null {
  const param = new URLSearchParams(location.search).get('tab');
  return param !== null && /^\d+$/.test(param) ? Number(param) : null;
}

async function targetTabId(): Promise<number | null> {
  const param = tabParam();
  if (param !== null) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readState(tabId: number | null): Promise<TabState | null> {
  if (tabId === null) return null;
  return sendFromPage({ type: 'get-tab-state', tabId }).catch((error: unknown) => {
    console.warn('Story Lens: no state for the tab', error);
    return null;
  });
}

/** The in-page keyboard shortcuts (the cards' own strings, so the popup and the cards never disagree). */
function shortcuts(): HTMLElement {
  const keys = (['cardShortcutNext', 'cardShortcutPrevious', 'cardShortcutClose'] as const).map((key) =>
    el('li', {}, t(key)),
  );
  return el(
    'section',
    { className: 'shortcuts', attrs: { 'aria-labelledby': 'shortcuts-heading', 'data-testid': 'shortcuts' } },
    el('h2', { attrs: { id: 'shortcuts-heading' } }, t('popupShortcutsHeading')),
    el('ul', {}, ...keys),
  );
}

function footer(): HTMLElement {
  const story = el(
    'button',
    { attrs: { type: 'button', 'data-testid': 'open-story-view' } },
    t('openStoryView'),
  );
  story.addEventListener('click', () => void openStoryView().then(() => window.close()));
  const options = el('button', { className: 'link', attrs: { type: 'button' } }, t('openOptions'));
  options.addEventListener('click', () => void openOptions().then(() => window.close()));
  return el('footer', { className: 'popup-footer' }, story, options);
}

async function main(): Promise<void> {
  document.title = t('popupTitle');
  document.documentElement.lang = browser.i18n.getUILanguage();
  const app = document.getElementById('app');
  if (!app) return;
  const tabId = await targetTabId();
  const close = tabParam() === null ? () => window.close() : null;
  let settings: Settings = await loadSettings();
  let state = await readState(tabId);
  const page = tabId === null ? null : await pageOfTab(tabId, state?.report?.url ?? null);
  const permitted = page !== null && (await hasHostPermission(page));

  let section = renderThisPage({ glossary, tabId, state, page, permitted, settings, close });
  app.append(
    renderStoryHead(glossary),
    section,
    renderStoryBody(glossary),
    renderActors(glossary),
    renderRelations(glossary),
    shortcuts(),
    footer(),
  );

  const rerender = () => {
    const next = renderThisPage({ glossary, tabId, state, page, permitted, settings, close });
    section.replaceWith(next);
    section = next;
  };
  onSettingsChanged((changed) => {
    settings = changed;
    rerender();
  });
  if (tabId !== null) {
    // The tab's content script reports again after "Annotate this page" or a settings change.
    onStoredChanged('session', tabStateKey(tabId), async () => {
      state = await readState(tabId);
      rerender();
    });
  }
  document.body.dataset.ready = 'true';
}

void main();
