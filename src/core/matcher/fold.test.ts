import { describe, expect, it } from 'vitest';
import { foldedKey } from './fold';

describe('folding what readers’ pages vary on', () => {
  it.each([
    ['letter case', 'KABUL', 'Kabul'],
    ['Latin diacritics', 'chargé d’affaires', 'charge d’affaires'],
    ['decomposed diacritics', 'charge\u0301', 'charge'],
    ['apostrophes and quotes', 'Kabul’s', "Kabul's"],
    ['modifier-letter apostrophe', 'Kabulʼs', "Kabul's"],
    ['hyphens and dashes', 'Tehrik‐i–Taliban', 'Tehrik-i-Taliban'],
    ['non-breaking hyphen and em dash', 'Tehrik‑i—Taliban', 'Tehrik i Taliban'],
    ['runs of spaces, no-break spaces and line breaks', 'Ishaq \u00a0\n  Dar', 'Ishaq Dar'],
    ['Arabic yeh for Farsi yeh', 'تحريك', 'تحریک'],
    ['Pashto yeh', 'ې', 'ی'],
    ['Arabic kaf for keheh', 'كابل', 'کابل'],
    ['heh goal and teh marbuta', 'ہ', 'ة'],
    ['tatweel', 'کابـــل', 'کابل'],
    ['harakat', 'کَابُل', 'کابل'],
    ['zero-width joiner', 'کا\u200dبل', 'کابل'],
    ['a soft hyphen', 'Haibat\u00adullah', 'Haibatullah'],
  ])('folds %s', (_, a, b) => {
    expect(foldedKey(a)).toBe(foldedKey(b));
  });

  it('keeps a zero-width non-joiner as a word break, as Dari and Urdu compounds use it', () => {
    expect(foldedKey('اسلام\u200cآباد')).toBe(foldedKey('اسلام آباد'));
  });

  it('keeps different letters apart', () => {
    expect(foldedKey('Dar')).not.toBe(foldedKey('Dan'));
    expect(foldedKey('کابل')).not.toBe(foldedKey('قابل'));
  });
});
