import { describe, expect, it } from 'vitest';
import { glossary } from '../../generated/glossary';
import { cardModel, firstSentence, isRtl, MAX_OTHER_NAMES, pickQuote } from './card-model';

const counts = (table: Record<string, number>) => (id: string) => table[id] ?? 0;
const article = (quote: string, by = 'the article', direct = false) => ({ quote, by, direct });

describe('cardModel', () => {
  it('says what the term is, its role in this story and how often the page names it', () => {
    const model = cardModel(glossary, 'ttp', 'Tehreek-e-Taliban Pakistan', counts({ ttp: 4, iskp: 1 }));
    const term = glossary.terms.find((t) => t.id === 'ttp');
    expect(model).toMatchObject({
      termId: 'ttp',
      label: term?.label,
      kind: 'group',
      definition: term?.definition,
      inThisStory: term?.inThisStory,
      count: 4,
      pageSpelling: 'Tehreek-e-Taliban Pakistan',
      rtl: false,
    });
  });

  it('lists the page spelling first among the other names, without repeating the label', () => {
    const model = cardModel(glossary, 'ttp', 'Tehreek-e-Taliban Pakistan', counts({}));
    expect(model?.otherNames[0]).toBe('Tehreek-e-Taliban Pakistan');
    expect(model?.otherNames).not.toContain(model?.label);
    expect(new Set(model?.otherNames).size).toBe(model?.otherNames.length);
    expect(model?.otherNames.length).toBeLessThanOrEqual(MAX_OTHER_NAMES);
  });

  it('gives a name in each language before more spellings of one', () => {
    const model = cardModel(glossary, 'ttp', 'TTP', counts({}));
    const term = glossary.terms.find((t) => t.id === 'ttp');
    const langOf = (name: string) => term?.aliases.find((a) => a.text === name)?.lang;
    expect(new Set(model?.otherNames.map(langOf))).toEqual(new Set(['en', 'ur', 'ps', 'fa']));
  });

  it("gives an actor's stance in one line and a verbatim quote with who said it", () => {
    const model = cardModel(glossary, 'afghan_taliban', 'Taliban', counts({}));
    const actor = glossary.actors.find((a) => a.id === 'afghan_taliban');
    expect(model?.actor?.stance).toBe(actor?.stance);
    expect(actor?.position.startsWith(model?.actor?.position ?? '-')).toBe(true);
    expect(model?.actor?.position).toMatch(/\.$/);
    expect(actor?.evidence).toContainEqual(model?.actor?.quote);
  });

  it('has no stance for a term without an actor', () => {
    const term = glossary.terms.find((t) => t.actor === null);
    expect(term).toBeDefined();
    expect(cardModel(glossary, term?.id ?? '', term?.label ?? '', counts({}))?.actor).toBeNull();
  });

  it('marks related terms absent from the page', () => {
    const model = cardModel(glossary, 'ttp', 'TTP', counts({ ttp: 2, iskp: 3 }));
    const iskp = model?.related.find((r) => r.id === 'iskp');
    expect(iskp).toMatchObject({ present: true });
    expect(model?.related.filter((r) => !r.present).length).toBe((model?.related.length ?? 0) - 1);
  });

  it('lays the card out right to left for a term written in Urdu, Pashto or Dari', () => {
    expect(cardModel(glossary, 'ttp', 'تحریک طالبان پاکستان', counts({}))?.rtl).toBe(true);
    expect(cardModel(glossary, 'ttp', 'ٹی ٹی پی', counts({}))?.rtl).toBe(true);
  });

  it('knows no card for a term the glossary does not have', () => {
    expect(cardModel(glossary, 'nope', 'nope', counts({}))).toBeNull();
  });
});

describe('helpers', () => {
  it('isRtl looks at the first strong character', () => {
    expect(isRtl('TTP')).toBe(false);
    expect(isRtl('«طالبان»')).toBe(true);
    expect(isRtl('2024 طالبان')).toBe(true);
    expect(isRtl('')).toBe(false);
  });

  it('pickQuote prefers words in quotation marks, then the shortest', () => {
    const long = article('a long sentence reported by the article');
    const short = article('short');
    const direct = article('what the expert said, at some length', 'an expert', true);
    expect(pickQuote([long, short])).toBe(short);
    expect(pickQuote([long, direct, short])).toBe(direct);
    expect(pickQuote([])).toBeNull();
  });

  it('firstSentence stops at the first full stop before a capital', () => {
    expect(firstSentence('Islamabad says so. The article reports more.')).toBe('Islamabad says so.');
    expect(firstSentence('One sentence, e.g. this one.')).toBe('One sentence, e.g. this one.');
  });
});
