/**
 * The options page: highlight style, hover delay, the sites where highlights are off and the sites granted
 * with "Always on this site" (each removable), and a reset. Every change is saved at once through
 * `shared/settings.ts`; the page redraws from the stored settings, so it always shows what is in effect.
 */
import browser from 'webextension-polyfill';
import { el } from '../shared/element';
import { t } from '../shared/i18n';
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  HOVER_DELAY_RANGE,
  loadSettings,
  onSettingsChanged,
  resetSettings,
  type Settings,
  saveSettings,
} from '../shared/settings';
import { sitePatterns } from '../shared/site-patterns';

const STYLE_LABELS: Record<HighlightStyle, Parameters<typeof t>[0]> = {
  background: 'styleBackground',
  underline: 'styleUnderline',
};

function styleField(settings: Settings): HTMLElement {
  return el(
    'fieldset',
    null,
    el('legend', null, t('optionHighlightStyle')),
    ...HIGHLIGHT_STYLES.map((style) => {
      const radio = el('input', {
        attrs: { type: 'radio', name: 'highlight-style', value: style, 'data-testid': `style-${style}` },
      });
      radio.checked = settings.highlightStyle === style;
      radio.addEventListener('change', () => {
        if (radio.checked) void saveSettings({ highlightStyle: style });
      });
      return el('label', { className: 'choice' }, radio, ' ', t(STYLE_LABELS[style]));
    }),
  );
}

function delayField(settings: Settings): HTMLElement {
  const input = el('input', {
    attrs: {
      type: 'number',
      id: 'hover-delay',
      min: String(HOVER_DELAY_RANGE.min),
      max: String(HOVER_DELAY_RANGE.max),
      step: '50',
      'data-testid': 'hover-delay',
    },
  });
  input.value = String(settings.hoverDelayMs);
  const error = el('span', { className: 'error', attrs: { role: 'alert' } });
  input.addEventListener('change', () => {
    const value = input.valueAsNumber;
    if (Number.isInteger(value) && value >= HOVER_DELAY_RANGE.min && value <= HOVER_DELAY_RANGE.max) {
      error.textContent = '';
      void saveSettings({ hoverDelayMs: value });
    } else {
      error.textContent = t('hoverDelayInvalid', [
        String(HOVER_DELAY_RANGE.min),
        String(HOVER_DELAY_RANGE.max),
      ]);
    }
  });
  return el(
    'p',
    { className: 'field' },
    el('label', { attrs: { for: 'hover-delay' } }, t('optionHoverDelay')),
    ' ',
    input,
    ' ',
    error,
  );
}

function siteList(
  testId: string,
  heading: Parameters<typeof t>[0],
  empty: Parameters<typeof t>[0],
  sites: readonly string[],
  remove: (site: string) => Promise<unknown>,
): HTMLElement {
  return el(
    'section',
    { attrs: { 'data-testid': testId } },
    el('h2', null, t(heading)),
    sites.length === 0
      ? el('p', { className: 'hint' }, t(empty))
      : el(
          'ul',
          { className: 'sites' },
          ...sites.map((site) => {
            const button = el(
              'button',
              { attrs: { type: 'button', 'aria-label': t('removeSite', site) } },
              t('remove'),
            );
            button.addEventListener('click', () => {
              button.disabled = true;
              void remove(site);
            });
            return el('li', null, el('span', { className: 'site' }, site), ' ', button);
          }),
        ),
  );
}

/** Gives back the site's permission; the background then drops its content script. */
async function revokeSite(settings: Settings, site: string): Promise<void> {
  await saveSettings({ grantedSites: settings.grantedSites.filter((s) => s !== site) });
  await browser.permissions.remove({ origins: sitePatterns(site) }).catch(() => false);
}

function render(settings: Settings): HTMLElement {
  const reset = el('button', { attrs: { type: 'button', 'data-testid': 'reset' } }, t('resetSettings'));
  reset.addEventListener('click', async () => {
    const granted = settings.grantedSites;
    await resetSettings();
    await browser.permissions.remove({ origins: granted.flatMap(sitePatterns) }).catch(() => false);
  });
  return el(
    'div',
    { attrs: { id: 'options' } },
    el('h1', null, t('optionsTitle')),
    el('p', { className: 'hint' }, settings.enabled ? t('optionsOnEverywhere') : t('optionsOffEverywhere')),
    styleField(settings),
    delayField(settings),
    siteList(
      'disabled-sites',
      'optionDisabledSites',
      'optionNoDisabledSites',
      settings.disabledSites,
      (site) => saveSettings({ disabledSites: settings.disabledSites.filter((s) => s !== site) }),
    ),
    siteList('granted-sites', 'optionGrantedSites', 'optionNoGrantedSites', settings.grantedSites, (site) =>
      revokeSite(settings, site),
    ),
    el('p', null, reset),
  );
}

async function main(): Promise<void> {
  document.title = t('optionsTitle');
  document.documentElement.lang = browser.i18n.getUILanguage();
  const app = document.getElementById('app');
  if (!app) return;
  let view = render(await loadSettings());
  app.append(view);
  onSettingsChanged((settings) => {
    // Keep the focus on the delay field while the reader is typing in it.
    if (document.activeElement?.id === 'hover-delay') return;
    const next = render(settings);
    view.replaceWith(next);
    view = next;
  });
  document.body.dataset.ready = 'true';
}

void main();
