import { describe, expect, it } from 'vitest';
import { APOS, BREAK, FOLD, foldCode, foldedKey, IGNORE, NONWORD, OTHER, SEP } from './fold';

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

describe('the fold table for ASCII, Latin-1 signs and digits', () => {
  /** U+0000–U+00BF as plain branches: an independent statement of what the table holds. */
  const reference = (c: number): number => {
    if (c >= 0x30 && c <= 0x39) return c; // 0-9
    if (c >= 0x61 && c <= 0x7a) return c; // a-z
    if (c >= 0x41 && c <= 0x5a) return c + 0x20; // A-Z
    if ([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d, 0x5f, 0xa0].includes(c)) return SEP;
    if (c === 0x27 || c === 0x60 || c === 0xb4) return APOS;
    if (c === 0x02) return BREAK;
    if (c === 0xad) return IGNORE;
    if (c === 0xaa) return 0x61; // ª
    if (c === 0xba) return 0x6f; // º
    if (c === 0xb5) return OTHER; // µ
    return NONWORD;
  };

  it('agrees, code unit by code unit, with the rules written out as branches', () => {
    const differences: string[] = [];
    for (let c = 0; c < 0xc0; c++)
      if (FOLD[c] !== reference(c)) differences.push(`U+${c.toString(16)}: ${FOLD[c]} ≠ ${reference(c)}`);
    expect(differences).toEqual([]);
  });

  it('reads Arabic-Indic and Persian/Urdu digits as ASCII digits', () => {
    expect(foldedKey('۲۰۲۵ ٢٠٢٥')).toBe(foldedKey('2025 2025'));
    expect([0x65f, 0x66a, 0x6ef, 0x6fa].map((c) => FOLD[c])).not.toContain(0x30);
  });
});

describe('the fold table for Latin-1 and Latin Extended-A', () => {
  /** U+00C0–U+017F folded, written out by hand: base letter, lower case; a space marks × and ÷. */
  const expected =
    'aaaaaaæceeeeiiiiðnooooo ouuuuyþßaaaaaaæceeeeiiiiðnooooo ouuuuyþyaaaaaaccccccccddddeeeeeeeeeegggggggghhhh' +
    'iiiiiiiiiiĳĳjjkkkllllllllllnnnnnnnnnooooooœœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs';

  it('agrees, code unit by code unit, with the folds written out by hand', () => {
    const differences: string[] = [];
    for (let c = 0xc0; c <= 0x17f; c++) {
      const folded = expected.charCodeAt(c - 0xc0);
      const want = folded === 0x20 ? NONWORD : folded;
      if (FOLD[c] !== want) differences.push(`${String.fromCharCode(c)}: ${FOLD[c]} ≠ ${want}`);
    }
    expect(differences).toEqual([]);
  });
});

describe('the fold table above U+07FF', () => {
  it('agrees, code unit by code unit, with the rules written out as branches', () => {
    const differences: string[] = [];
    for (let c = 0x800; c <= 0xffff; c++) {
      if (FOLD[c] !== referenceFold(c))
        differences.push(`U+${c.toString(16)}: ${FOLD[c]} ≠ ${referenceFold(c)}`);
    }
    expect(differences).toEqual([]);
  });
});

/** The high-range rules as plain branches, kept here as an independent statement of what the table holds. */
function referenceFold(c: number): number {
  if (c < 0x800) return NaN; // not compared here
  if (c >= 0x2000 && c <= 0x206f) {
    if (c <= 0x200b) return SEP; // en/em/thin/hair spaces…, zero-width space
    if (c === 0x200c) return SEP; // zero-width non-joiner: a word break in Dari and Urdu compounds
    if (c <= 0x200f) return IGNORE; // zero-width joiner, LRM, RLM
    if (c <= 0x2015) return SEP; // hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar
    if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return APOS;
    if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) return SEP;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f)) return IGNORE; // bidi controls, word joiner
    return NONWORD;
  }
  if (c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return SEP; // minus, small/full-width hyphens
  if (c === 0xff07) return APOS;
  if (c === 0xfeff) return IGNORE; // byte order mark / zero-width no-break space
  if (c === 0x3000) return SEP; // ideographic space
  if (c >= 0xd800 && c <= 0xdfff) return NONWORD; // astral planes: emoji and symbols, mostly
  if ((c >= 0x2070 && c <= 0x2bff) || (c >= 0x2e00 && c <= 0x2e7f) || (c >= 0x3001 && c <= 0x303f))
    return NONWORD;
  if (c >= 0xfe00 && c <= 0xfe0f) return IGNORE; // variation selectors
  if (c >= 0xff01 && c <= 0xff0f) return NONWORD; // full-width punctuation
  if (c >= 0x1e00 && c <= 0x1eff) {
    const base = String.fromCharCode(c).toLowerCase().normalize('NFD').charCodeAt(0);
    return base < 0x180 ? foldCode(base) : OTHER; // ḥ ṣ ẓ in scholarly transliteration; ẛ → ſ → s, ẞ → ß
  }
  return OTHER;
}
