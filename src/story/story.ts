/**
 * The story view: the popup's story content as a full page, with the glossary of terms. Cards open it
 * (through the background) and so does the popup. `?term=<id>` scrolls to that term's entry and marks it.
 */
import browser from 'webextension-polyfill';
import { glossary } from '../generated/glossary';
import { el } from '../shared/element';
import { t } from '../shared/i18n';
import {
  renderActors,
  renderRelations,
  renderStoryBody,
  renderStoryHead,
  renderTerms,
} from '../ui/story-sections';

function showTerm(termId: string): void {
  // Term ids are snake_case; anything else in the query is ignored rather than used in a selector.
  if (!/^[a-z0-9_]{1,64}$/.test(termId)) return;
  const entry = document.getElementById(`term-${termId}`);
  if (!entry) return;
  entry.classList.add('target');
  entry.setAttribute('aria-current', 'true');
  entry.scrollIntoView({ block: 'center' });
  entry.focus({ preventScroll: true });
}

function main(): void {
  document.title = t('storyViewTitle', glossary.story.title);
  document.documentElement.lang = browser.i18n.getUILanguage();
  const app = document.getElementById('app');
  if (!app) return;
  app.append(
    el('p', { className: 'brand' }, t('extensionName')),
    renderStoryHead(glossary),
    el(
      'div',
      { className: 'columns' },
      el('div', null, renderStoryBody(glossary), renderRelations(glossary)),
      el('div', null, renderActors(glossary)),
    ),
    renderTerms(glossary),
  );
  const term = new URLSearchParams(location.search).get('term');
  if (term !== null) showTerm(term);
  document.body.dataset.ready = 'true';
}

main();
