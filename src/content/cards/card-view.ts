/**
 * Builds a card's DOM from its model. Every text goes in through `textContent` (never `innerHTML`): glossary text
 * and the page's own spelling are data, not markup. The card lives in a shadow root, so its class names cannot
 * meet the page's.
 */
import type { TermKind } from '../../shared/glossary-types';
import type { CardModel } from './card-model';

/** The locale messages a card reads (public/_locales/en/messages.json). */
export type CardMessageKey =
  | 'cardKindGroup'
  | 'cardKindPerson'
  | 'cardKindGovernment'
  | 'cardKindPlace'
  | 'cardKindConcept'
  | 'cardKindEvent'
  | 'cardInThisStory'
  | 'cardStance'
  | 'cardOtherNames'
  | 'cardCountOne'
  | 'cardCountMany'
  | 'cardRelated'
  | 'cardRelatedAbsent'
  | 'cardFullStory'
  | 'cardClose'
  | 'cardQuoteBy';

export type CardMessages = (key: CardMessageKey, substitutions?: string[]) => string;

export interface CardActions {
  /** A related term was activated: jump to its next occurrence. */
  jump(termId: string): void;
  /** "Full story" was activated. */
  fullStory(termId: string): void;
  close(): void;
}

const KIND_KEYS: Record<TermKind, CardMessageKey> = {
  group: 'cardKindGroup',
  person: 'cardKindPerson',
  government: 'cardKindGovernment',
  place: 'cardKindPlace',
  concept: 'cardKindConcept',
  event: 'cardKindEvent',
};

export const TITLE_ID = 'story-lens-card-title';

type Child = Node | string | null;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** The card's root element (`.card`), ready to insert into the shadow root. */
export function renderCard(
  doc: Document,
  model: CardModel,
  msg: CardMessages,
  actions: CardActions,
): HTMLElement {
  const title = el(doc, 'h2', 'title', [model.label]);
  title.id = TITLE_ID;
  title.dir = 'auto';
  const close = el(doc, 'button', 'close', ['×']);
  close.type = 'button';
  close.setAttribute('aria-label', msg('cardClose'));
  close.addEventListener('click', () => actions.close());

  const section = (heading: string, ...body: Child[]) =>
    el(doc, 'section', '', [el(doc, 'h3', '', [heading]), ...body]);

  let stance: HTMLElement | null = null;
  if (model.actor) {
    const { quote } = model.actor;
    stance = section(
      msg('cardStance'),
      el(doc, 'p', 'stance', [el(doc, 'strong', '', [model.actor.stance]), ' — ', model.actor.position]),
      quote
        ? el(doc, 'figure', 'quote', [
            el(doc, 'blockquote', quote.direct ? 'direct' : '', [quote.quote]),
            el(doc, 'figcaption', '', [msg('cardQuoteBy', [quote.by])]),
          ])
        : null,
    );
  }

  let names: HTMLElement | null = null;
  if (model.otherNames.length > 0) {
    const list = el(doc, 'ul', 'names');
    for (const name of model.otherNames) {
      const item = el(doc, 'li', name === model.pageSpelling ? 'on-page' : '', [name]);
      item.dir = 'auto';
      list.append(item);
    }
    names = section(msg('cardOtherNames'), list);
  }

  let related: HTMLElement | null = null;
  if (model.related.length > 0) {
    const list = el(doc, 'ul', 'related');
    for (const other of model.related) {
      const button = el(doc, 'button', '', [other.label]);
      button.type = 'button';
      button.dataset.term = other.id;
      if (other.present) button.addEventListener('click', () => actions.jump(other.id));
      else {
        // aria-disabled rather than disabled: the button stays focusable, so its "not on this page" is heard.
        button.setAttribute('aria-disabled', 'true');
        button.title = msg('cardRelatedAbsent');
      }
      list.append(el(doc, 'li', '', [button]));
    }
    related = section(msg('cardRelated'), list);
  }

  const full = el(doc, 'button', 'full', [msg('cardFullStory')]);
  full.type = 'button';
  full.addEventListener('click', () => actions.fullStory(model.termId));

  const count = model.count === 1 ? msg('cardCountOne') : msg('cardCountMany', [String(model.count)]);
  const card = el(doc, 'div', 'card', [
    el(doc, 'header', '', [
      el(doc, 'div', 'heading', [title, el(doc, 'span', 'kind', [msg(KIND_KEYS[model.kind])])]),
      close,
    ]),
    el(doc, 'p', 'definition', [model.definition]),
    section(msg('cardInThisStory'), el(doc, 'p', '', [model.inThisStory])),
    stance,
    names,
    el(doc, 'p', 'count', [count]),
    related,
    el(doc, 'footer', '', [full]),
  ]);
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', TITLE_ID);
  card.tabIndex = -1;
  card.dir = model.rtl ? 'rtl' : 'ltr';
  card.dataset.term = model.termId;
  return card;
}
