// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CardModel } from './card-model';
import { type CardMessageKey, renderCard, TITLE_ID } from './card-view';

const msg = (key: CardMessageKey, subs?: string[]) => (subs ? `${key}(${subs.join(',')})` : key);

const model: CardModel = {
  termId: 'ttp',
  label: 'Tehrik-i-Taliban Pakistan (TTP)',
  kind: 'group',
  definition: 'A <b>militant</b> alliance.',
  inThisStory: 'Kabul is reluctant to confront it.',
  actor: {
    stance: 'Wages war',
    position: 'It attacks the state.',
    quote: { quote: 'Kabul’s balancing act', by: 'a regional security expert', direct: true },
  },
  otherNames: ['Tehreek-e-Taliban Pakistan', 'Pakistani Taliban'],
  pageSpelling: 'Tehreek-e-Taliban Pakistan',
  count: 3,
  related: [
    { id: 'iskp', label: 'ISKP', present: true },
    { id: 'haibatullah', label: 'Haibatullah Akhundzada', present: false },
  ],
  rtl: false,
};

function render(m: CardModel = model) {
  const actions = { jump: vi.fn(), fullStory: vi.fn(), close: vi.fn() };
  const card = renderCard(document, m, msg, actions);
  document.body.replaceChildren(card);
  return { card, actions };
}

describe('renderCard', () => {
  it('is a dialog labelled by the term', () => {
    const { card } = render();
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-labelledby')).toBe(TITLE_ID);
    expect(card.querySelector(`#${TITLE_ID}`)?.textContent).toBe(model.label);
    expect(card.tabIndex).toBe(-1);
  });

  it('sets text as text: markup in the data stays visible characters', () => {
    const { card } = render();
    expect(card.querySelector('.definition')?.textContent).toBe('A <b>militant</b> alliance.');
    expect(card.querySelector('.definition b')).toBeNull();
  });

  it('shows kind, stance, a quote with who said it, other names and the count', () => {
    const { card } = render();
    const text = card.textContent ?? '';
    expect(card.querySelector('.kind')?.textContent).toBe('cardKindGroup');
    expect(card.querySelector('.stance')?.textContent).toBe('Wages war — It attacks the state.');
    expect(card.querySelector('blockquote')?.textContent).toBe('Kabul’s balancing act');
    expect(card.querySelector('figcaption')?.textContent).toBe('cardQuoteBy(a regional security expert)');
    expect(card.querySelector('.on-page')?.textContent).toBe('Tehreek-e-Taliban Pakistan');
    expect(text).toContain('cardCountMany(3)');
    expect(text).toContain(model.inThisStory);
  });

  it('jumps to a related term on the page, and marks an absent one disabled', () => {
    const { card, actions } = render();
    const [iskp, haibatullah] = Array.from(card.querySelectorAll<HTMLButtonElement>('.related button'));
    iskp?.click();
    expect(actions.jump).toHaveBeenCalledWith('iskp');
    haibatullah?.click();
    expect(actions.jump).toHaveBeenCalledTimes(1);
    expect(haibatullah?.getAttribute('aria-disabled')).toBe('true');
    expect(haibatullah?.title).toBe('cardRelatedAbsent');
  });

  it('opens the full story and closes', () => {
    const { card, actions } = render();
    card.querySelector<HTMLButtonElement>('.full')?.click();
    expect(actions.fullStory).toHaveBeenCalledWith('ttp');
    card.querySelector<HTMLButtonElement>('.close')?.click();
    expect(actions.close).toHaveBeenCalled();
  });

  it('leaves out what a term does not have, and says "once"', () => {
    const { card } = render({ ...model, actor: null, otherNames: [], related: [], count: 1 });
    expect(card.querySelector('.stance')).toBeNull();
    expect(card.querySelector('.names')).toBeNull();
    expect(card.querySelector('.related')).toBeNull();
    expect(card.querySelector('.count')?.textContent).toBe('cardCountOne');
  });

  it('is right to left for a right-to-left term', () => {
    expect(render({ ...model, rtl: true }).card.dir).toBe('rtl');
    expect(render().card.dir).toBe('ltr');
  });
});
