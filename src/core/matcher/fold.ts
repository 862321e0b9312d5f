/**
 * Character folding: what readers' pages vary on, reduced to one form, one UTF-16 code unit at a time.
 *
 * `foldCode(c)` returns a small class code or the folded character's code:
 * - `NONWORD`: punctuation and symbols: a word boundary, in an alias only as the full stops of an initialism
 *   ("T.T.P": any such mark matches there);
 * - `SEP`: spaces, no-break spaces, line breaks, hyphens, dashes, the zero-width non-joiner, a hashtag's
 *   underscore: one separator, and a run of them counts once ("Tehrik-i-Taliban" = "Tehrik i Taliban" =
 *   "Tehrik–i– Taliban");
 * - `IGNORE`: invisible or decorative code units skipped entirely (soft hyphen, zero-width joiner, bidi marks,
 *   tatweel, combining and Arabic diacritics);
 * - `APOS`: every apostrophe style (' ’ ʼ ‘ ` ´ ʾ ʿ): matchable ("d’affaires"), but a word boundary;
 * - `BREAK`: U+0002, which the content script puts between a page's text nodes: the matcher asks whether the
 *   two nodes share a line (then it is invisible) or not (then it is a boundary);
 * - `OTHER`: a letter that appears in no alias (a word character that never matches);
 * - anything ≥ `FIRST_LETTER`: a letter or digit, folded: Latin lower-cased without diacritics, Arabic-script
 *   letter variants that differ between Arabic, Urdu, Pashto and Dari text made one letter, Eastern digits
 *   made ASCII digits.
 *
 * The same function folds the glossary's aliases at build time and the page's text at run time, so they agree by
 * construction. Run time is one table lookup per code unit (`FOLD`).
 */

export const NONWORD = 0;
export const SEP = 1;
export const IGNORE = 2;
export const APOS = 3;
export const BREAK = 4;
export const OTHER = 5;
/** Folded letters and digits have codes from here up ('0' is U+0030). */
export const FIRST_LETTER = 0x30;

/** True for a folded code that is part of a word (a letter or digit of any script). */
export const isWordCode = (code: number): boolean => code >= OTHER;

/**
 * The letters of U+00C0–U+017F that NFD does not split, lower-cased, each followed by its base letter (the rest of
 * the block is folded through NFD, see `foldThroughNfd`; æ ð þ ß ĳ œ stay letters of their own).
 */
const UNSPLIT_LATIN = 'øođdłlħhŧtıiĸkŀlŉnŋnſs';

/**
 * Arabic-script letters written differently across Arabic, Urdu, Pashto and Dari, to one form: pairs of code
 * units, the variant and then the letter it folds to.
 */
const ARABIC_FOLDS =
  '\u0622\u0627' + // آ → ا
  '\u0623\u0627' + // أ → ا
  '\u0625\u0627' + // إ → ا
  '\u0671\u0627' + // ٱ → ا
  '\u0624\u0648' + // ؤ → و
  '\u0626\u06cc' + // ئ → ی
  '\u0649\u06cc' + // ى → ی
  '\u064a\u06cc' + // ي (Arabic yeh) → ی (Persian/Urdu yeh)
  '\u06cd\u06cc' + // ۍ (Pashto) → ی
  '\u06ce\u06cc' + // ێ → ی
  '\u06d0\u06cc' + // ې (Pashto) → ی
  '\u06d1\u06cc' + // ۑ → ی
  '\u06d2\u06cc' + // ے (Urdu yeh barree) → ی
  '\u06d3\u06cc' + // ۓ → ی
  '\u0643\u06a9' + // ك (Arabic kaf) → ک
  '\u06aa\u06a9' + // ڪ → ک
  '\u06ab\u06af' + // ګ (Pashto gaf) → گ
  '\u0629\u0647' + // ة → ه
  '\u06c0\u0647' + // ۀ → ه
  '\u06c1\u0647' + // ہ (Urdu heh goal) → ه
  '\u06c2\u0647' + // ۂ → ه
  '\u06c3\u0647' + // ۃ → ه
  '\u06be\u0647' + // ھ (Urdu do-chashmi heh) → ه
  '\u06d5\u0647' + // ە → ه
  '\u0689\u0688' + // ډ (Pashto) → ڈ (Urdu)
  '\u067c\u0679' + // ټ (Pashto) → ٹ (Urdu)
  '\u0693\u0691' + // ړ (Pashto) → ڑ (Urdu)
  '\u06bc\u0646' + // ڼ (Pashto) → ن
  '\u06ba\u0646' + // ں (Urdu noon ghunna) → ن
  '\u069a\u0634' + // ښ (Pashto) → ش
  '\u0696\u0698'; // ږ (Pashto) → ژ

/**
 * Above U+07FF, what is not a letter of some other script: for each class code, the ranges (first and last code
 * unit, a single one written twice) that have it. Codes are laid down in this order, a later one over an earlier
 * one. Everything else up there (CJK, Devanagari, Thai…) is `OTHER`; U+1E00–U+1EFF is folded through NFD.
 */
const HIGH_RANGES: readonly (readonly [code: number, ...ranges: number[]])[] = [
  [
    NONWORD,
    ...[0x2000, 0x206f], // general punctuation (the spaces, dashes, invisible marks and quotes in it below)
    ...[0x2070, 0x2bff], // super/subscripts, currency, arrows, maths, boxes, symbols
    ...[0x2e00, 0x2e7f], // supplemental punctuation
    ...[0x3001, 0x303f], // CJK punctuation
    ...[0xd800, 0xdfff], // astral planes: emoji and symbols, mostly
    ...[0xff01, 0xff0f], // full-width punctuation (its hyphen-minus and apostrophe below)
  ],
  [
    SEP,
    ...[0x2000, 0x200c], // en/em/thin/hair spaces, zero-width space, zero-width non-joiner (a word break in Dari and Urdu compounds)
    ...[0x2010, 0x2015], // hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar
    ...[0x2028, 0x2029], // line and paragraph separators
    ...[0x202f, 0x202f], // narrow no-break space
    ...[0x205f, 0x205f], // medium mathematical space
    ...[0x2212, 0x2212], // minus sign, typed for a hyphen
    ...[0x3000, 0x3000], // ideographic space
    ...[0xfe58, 0xfe58], // small em dash
    ...[0xfe63, 0xfe63], // small hyphen-minus
    ...[0xff0d, 0xff0d], // full-width hyphen-minus
  ],
  [
    IGNORE,
    ...[0x200d, 0x200f], // zero-width joiner, LRM, RLM
    ...[0x202a, 0x202e], // bidi controls
    ...[0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
    ...[0xfe00, 0xfe0f], // variation selectors
    ...[0xfeff, 0xfeff], // byte order mark / zero-width no-break space
  ],
  [
    APOS,
    ...[0x2018, 0x2019], // curly single quotes
    ...[0x201b, 0x201b], // reversed single quote
    ...[0x2032, 0x2032], // prime, typed for an apostrophe
    ...[0xff07, 0xff07], // full-width apostrophe
  ],
];

/**
 * The fold of every UTF-16 code unit, built once per script load from the rules above (a few fills and two
 * NFDs). One table read per code unit keeps the scan's hot loop free of branches on the character, so the
 * optimizing compiler's code for it survives the first rare character a page holds.
 */
export const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  table.set(buildLowTable());
  table.fill(OTHER, 0x800);
  for (const [code, ...ranges] of HIGH_RANGES)
    for (let i = 0; i < ranges.length; i += 2) table.fill(code, ranges[i], (ranges[i + 1] as number) + 1);
  foldThroughNfd(table, 0x1e00, 0x1eff);
  return table;
}

/**
 * Folds a block of Latin letters to base letters, lower case, through one NFD of the whole block: each character
 * comes out as one base code unit followed by combining marks (U+0300–U+036F), so the base units, in order, line
 * up with the block. A base reads the table where it holds a fold already (the letters of `UNSPLIT_LATIN`, the
 * letters before it in its own block, and for U+1E00–U+1EFF, which holds ḥ ṣ ẓ of scholarly transliteration, the
 * blocks folded before it) and otherwise stands for itself (æ). One call per block, not one per character, as
 * this runs wherever the content script loads.
 */
function foldThroughNfd(table: Uint16Array, from: number, to: number): void {
  const block: number[] = [];
  for (let c = from; c <= to; c++) block.push(c);
  const decomposed = String.fromCharCode(...block)
    .toLowerCase()
    .normalize('NFD');
  let c = from;
  for (let i = 0; i < decomposed.length; i++) {
    const base = decomposed.charCodeAt(i);
    if (base >= 0x300 && base <= 0x36f) continue;
    table[c++] = table[base] || base;
  }
}

/** U+0000–U+07FF: every code unit of Latin and Arabic-script text. */
function buildLowTable(): Uint16Array {
  const table = new Uint16Array(0x800); // NONWORD by default
  for (let i = 0; i < UNSPLIT_LATIN.length; i += 2)
    table[UNSPLIT_LATIN.charCodeAt(i)] = UNSPLIT_LATIN.charCodeAt(i + 1); // ł → l…
  // …and Ł → ł → l, é → e, A → a: digits, ASCII, Latin-1 and Latin Extended-A in one pass, which leaves every
  // other character of them standing for itself; those that are not letters or digits are put back below.
  foldThroughNfd(table, 0x30, 0x17f);
  table.fill(NONWORD, 0x3a, 0x41); // : ; < = > ? @
  table.fill(NONWORD, 0x5b, 0x61); // [ \ ] ^ _ `
  table.fill(NONWORD, 0x7b, 0xc0); // { | } ~, controls, Latin-1 signs
  // Whitespace, '-', NBSP, and '_', which stands for the space in a hashtag (#اسحاق_دار, #تی_تی_پی).
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d, 0x5f, 0xa0]) table[c] = SEP;
  for (const c of [0x27, 0x60, 0xb4, 0x2b9, 0x2bb, 0x2bc, 0x2bd, 0x2be, 0x2bf]) table[c] = APOS;
  table[0xad] = IGNORE; // soft hyphen
  table[0x02] = BREAK; // between text nodes (see NODE_BREAK)
  table[0xaa] = 0x61; // ª
  table[0xba] = 0x6f; // º
  table[0xb5] = OTHER; // µ
  table[0xd7] = table[0xf7] = NONWORD; // × ÷
  table.fill(OTHER, 0x180, 0x2b0); // Latin Extended-B and IPA: letters no alias uses
  table.fill(IGNORE, 0x300, 0x370); // combining diacritics (decomposed é = e + ́)
  table.fill(OTHER, 0x370, 0x600); // Greek, Cyrillic, Armenian, Hebrew letters
  table.fill(IGNORE, 0x591, 0x5c8); // Hebrew points
  for (let c = 0x600; c <= 0x6ff; c++) table[c] = c; // Arabic letters…
  for (let i = 0; i < ARABIC_FOLDS.length; i += 2)
    table[ARABIC_FOLDS.charCodeAt(i)] = ARABIC_FOLDS.charCodeAt(i + 1); // …and their variants
  table.fill(IGNORE, 0x600, 0x606); // Arabic number signs (format characters)
  table.fill(NONWORD, 0x606, 0x610); // signs and punctuation: ؆ … ، ؍ …
  for (const c of [0x61b, 0x61f, 0x66a, 0x66b, 0x66c, 0x66d, 0x6d4, 0x6dd, 0x6de, 0x6e9]) table[c] = NONWORD; // ؛ ؟ ٪ ٫ ٬ ٭ ۔ …
  table.fill(IGNORE, 0x610, 0x61b); // Arabic signs above/below
  table[0x61c] = IGNORE; // Arabic letter mark
  table[0x640] = IGNORE; // tatweel
  table.fill(IGNORE, 0x64b, 0x660); // harakat: fatha, kasra, damma, shadda, sukun…
  table[0x670] = IGNORE; // superscript alef (فتویٰ)
  for (let c = 0x6d6; c <= 0x6ed; c++) if (table[c] !== NONWORD) table[c] = IGNORE; // Quranic marks
  for (let d = 0; d < 10; d++) table[0x660 + d] = table[0x6f0 + d] = 0x30 + d; // Arabic-Indic and Persian/Urdu digits
  table.fill(OTHER, 0x700, 0x800); // Syriac, Thaana, NKo…
  return table;
}

/** What the content script puts between text nodes when it joins a page's text. */
export const NODE_BREAK = '\u0002';

/** Folds one UTF-16 code unit. */
export function foldCode(c: number): number {
  return FOLD[c] as number;
}

/** Folds the code unit of `text` at `i` (what the matcher asks at almost every step). */
export function foldAt(text: string, i: number): number {
  return foldCode(text.charCodeAt(i));
}

/**
 * Folds a whole string the way the matcher sees it: `IGNORE` dropped, runs of `SEP` made one, leading and
 * trailing separators trimmed. Used at build time (aliases, cue words) and by tests.
 */
export function foldString(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = foldAt(text, i);
    if (code === IGNORE) continue;
    if (code === SEP && (out.length === 0 || out[out.length - 1] === SEP)) continue;
    out.push(code);
  }
  if (out[out.length - 1] === SEP) out.pop();
  return out;
}

/** A folded string in readable form (separators as spaces, apostrophes as '), for messages and reports. */
export function foldedKey(text: string): string {
  return foldString(text)
    .map((code) =>
      code === SEP
        ? ' '
        : code === APOS
          ? "'"
          : code === NONWORD || code === BREAK
            ? '·'
            : code === OTHER
              ? '?'
              : String.fromCharCode(code),
    )
    .join('');
}
