/**
 * "On this page": whether the tab's page matches the story and why, each term found with its count (a button
 * that shows it on the page), and the controls — highlights on this site and everywhere, "Annotate this page"
 * and "Always on this site".
 */
import { el } from '../shared/element';
import type { Glossary, Term } from '../shared/glossary-types';
import { t } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { highlightsOnFor, type Settings, saveSettings, siteCovers } from '../shared/settings';
import { annotateTab, jumpToTerm, requestSite, type TabPage } from './tab-actions';

export interface ThisPageInput {
  glossary: Glossary;
  tabId: number | null;
  state: TabState | null;
  page: TabPage | null;
  /** Story Lens may run on the page already (host permission). */
  permitted: boolean;
  settings: Settings;
  /** Closes the popup after a jump, so the reader sees the page; `null` when the popup is a tab (`?tab=`). */
  close: (() => void) | null;
}

export function renderThisPage(input: ThisPageInput): HTMLElement {
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'page-heading', 'data-testid': 'this-page' } },
    el('h2', { attrs: { id: 'page-heading' } }, t('sectionThisPage')),
    ...pageContent(input),
  );
}

function pageContent(input: ThisPageInput): (HTMLElement | null)[] {
  const { page, settings, state, tabId } = input;
  if (tabId === null || page === null) {
    return [status(t('pageNotWeb'))];
  }
  const report = state?.report ?? null;
  const on = highlightsOnFor(settings, page.url.hostname);
  const annotated = report?.annotated === true;
  return [
    status(statusText(report, on, settings)),
    report && annotated ? why(report.terms, input.glossary) : null,
    report && annotated && report.terms.length > 0 ? termList(report.terms, input) : null,
    controls(input, page, on),
    on && !annotated ? annotateButtons(input, tabId, page) : null,
  ];
}

function status(text: string): HTMLElement {
  return el('p', { className: 'page-status', attrs: { 'data-testid': 'page-status', role: 'status' } }, text);
}

function statusText(report: TabState['report'], on: boolean, settings: Settings): string {
  if (!on) return settings.enabled ? t('pageOffHere') : t('pageOffEverywhere');
  if (report === null) return t('pageNotRead');
  if (report.relevant) return t('pageReadStory', String(report.terms.length));
  if (report.annotated) return t('pageAnnotatedOnRequest', String(report.terms.length));
  return t('pageReadNoStory');
}

type Found = NonNullable<TabState['report']>['terms'];

/** Which of the story's core and context terms the page names: the reason for the verdict. */
function why(found: Found, glossary: Glossary): HTMLElement | null {
  const byId = new Map(glossary.terms.map((term) => [term.id, term]));
  const terms = found.map((f) => byId.get(f.id)).filter((term): term is Term => term !== undefined);
  const core = terms.filter((term) => term.relevance === 'core').map((term) => term.label);
  const context = terms.filter((term) => term.relevance === 'context').map((term) => term.label);
  if (core.length === 0 && context.length === 0) return null;
  return el(
    'p',
    { className: 'why', attrs: { 'data-testid': 'why' } },
    core.length > 0 ? t('whyCore', core.join(', ')) : t('whyNoCore'),
    context.length > 0 ? ` ${t('whyContext', context.join(', '))}` : '',
  );
}

function termList(found: Found, input: ThisPageInput): HTMLElement {
  const labels = new Map(input.glossary.terms.map((term) => [term.id, term.label]));
  const sorted = [...found].sort((a, b) => b.count - a.count);
  return el(
    'ul',
    { className: 'found-terms', attrs: { 'data-testid': 'found-terms', 'aria-label': t('foundTermsLabel') } },
    ...sorted.map(({ id, count }) => {
      const label = labels.get(id) ?? id;
      const button = el(
        'button',
        {
          attrs: {
            type: 'button',
            'data-term': id,
            'data-count': String(count),
            title: t('jumpToTerm', label),
            'aria-label': t('termWithCount', [label, String(count)]),
          },
        },
        el('span', { className: 'term-label', attrs: { dir: 'auto' } }, label),
        el('span', { className: 'count' }, String(count)),
      );
      button.addEventListener('click', async () => {
        if (input.tabId === null) return;
        const found = await jumpToTerm(input.tabId, id);
        if (found) input.close?.();
      });
      return el('li', null, button);
    }),
  );
}

function toggle(
  testId: string,
  label: string,
  checked: boolean,
  onChange: (on: boolean) => void,
): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', 'data-testid': testId } });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', { className: 'toggle' }, box, ' ', el('span', null, label));
}

function controls(input: ThisPageInput, page: TabPage, on: boolean): HTMLElement {
  const { settings } = input;
  const siteOff = settings.disabledSites.some((site) => siteCovers(site, page.url.hostname));
  return el(
    'div',
    { className: 'controls', attrs: { role: 'group', 'aria-label': t('controlsLabel') } },
    toggle('toggle-site', t('toggleSite', page.site), !siteOff, (checked) => {
      const others = settings.disabledSites.filter((site) => !siteCovers(site, page.url.hostname));
      void saveSettings({ disabledSites: checked ? others : [...others, page.site] });
    }),
    toggle('toggle-everywhere', t('toggleEverywhere'), settings.enabled, (checked) => {
      void saveSettings({ enabled: checked });
    }),
    on ? null : el('p', { className: 'hint' }, t('offHint')),
  );
}

function annotateButtons(input: ThisPageInput, tabId: number, page: TabPage): HTMLElement {
  const note = el('p', { className: 'hint', attrs: { role: 'status', 'data-testid': 'action-note' } });
  const annotate = el(
    'button',
    { attrs: { type: 'button', 'data-testid': 'annotate' } },
    t('annotateThisPage'),
  );
  annotate.addEventListener('click', async () => {
    annotate.disabled = true;
    note.textContent = t('annotating');
    try {
      const annotated = await annotateTab(tabId);
      // The page reports what it found; the popup updates from that report.
      note.textContent = annotated ? '' : t('annotateNothing');
    } catch (error) {
      console.warn('Story Lens: could not annotate the page', error);
      note.textContent = t('annotateFailed');
    } finally {
      annotate.disabled = false;
    }
  });
  const always = input.permitted
    ? null
    : el('button', { attrs: { type: 'button', 'data-testid': 'always-on' } }, t('alwaysOnSite', page.site));
  always?.addEventListener('click', () => {
    // The permission request must be the first thing the click does: it needs the user gesture.
    requestSite(page.site).then(
      async (granted) => {
        if (!granted) {
          note.textContent = t('alwaysOnDeclined');
          return;
        }
        note.textContent = t('alwaysOnGranted', page.site);
        await annotateTab(tabId).catch(() => false);
      },
      (error: unknown) => {
        console.warn('Story Lens: the permission request failed', error);
        note.textContent = t('annotateFailed');
      },
    );
  });
  return el(
    'div',
    { className: 'annotate' },
    el('p', { className: 'hint' }, input.permitted ? t('annotateHint') : t('annotateHintNewSite')),
    el('div', { className: 'buttons' }, annotate, always),
    note,
  );
}
