/**
 * Build time: a regular expression that a page mentioning a core term will match — the start of one
 * distinctive word of each core alias that counts on its own. The content script tests a page's text with it
 * natively before anything else: a page with no match names no core term, so an off-topic page costs one read
 * of its text and one native test, and never wakes the matcher. Aliases that count only in context ("decree"
 * near "abroad") are left out, or every page with "decree" would pass: a page whose only core terms are such
 * words is turned away too, by design (a page about the story names one of its people or groups).
 *
 * It only ever says "maybe": a match sends the page to the full matcher, which decides. To stay small (it
 * ships in the content script) it widens only what real coverage varies on inside a word's first letters:
 * letter case (the `i` flag) and the Arabic-script letter variants that differ between Urdu, Pashto and Dari
 * (ی/ي/ې, ک/ك, ه/ہ/ة). Accents and invisible marks are left to the matcher: news copy writes these names
 * without them.
 *
 * Arabic-script anchors ship apart, with each letter in its folded form and the classes of variants once
 * each (`anchorClasses`); `expandAnchors` widens the letters when a page holding Arabic script first needs
 * the expression. Written out at every letter, the classes made up most of the anchors' size.
 */
import { foldCode } from './fold';

/** Letters of each anchor word kept: enough to turn most off-topic pages away. */
export const ANCHOR_LETTERS = 5;
/** Anchor words shorter than this are replaced by their whole pattern ("is k" for IS-K). */
const MIN_ANCHOR = 3;
/**
 * What may stand between the words of a short whole-pattern anchor: spaces, hyphens, dashes, a node break —
 * and, to keep the expression short, any other non-word character (a superset is fine for a "maybe"). Any
 * number of them, as the matcher takes a run of separators ("State\n      Khorasan" in wrapped markup). The
 * data ship it as one space (`SEPARATOR`), which `anchorRegExp` widens: written out, it made up a tenth of them.
 */
const SEPARATOR = ' ';
/**
 * Any run of characters but ASCII letters and digits: a hashtag's underscore too, as the matcher folds it. The
 * same set as `[\W_]` under the `i` flag, but the engine compiles it far faster: with `[\W_]` the screen's
 * expression took 2.6 to 3.0 ms to compile in Chromium, with this 0.5 to 0.9 (four of five fresh browsers each;
 * the fifth 6.3 and 4.6), a cost the first page of every tab's process pays before it is screened.
 */
const SEPARATOR_EXPRESSION = '[^a-z0-9]*';

/** An anchor source as shipped (see `AnchorSources`), compiled: separators widened, letter case ignored. */
export const anchorRegExp = (source: string) =>
  new RegExp(source.replaceAll(SEPARATOR, SEPARATOR_EXPRESSION), 'i');

const isArabic = (c: number) => c >= 0x600 && c <= 0x6ff;
const ALEF = 0x627;
const SUPERSCRIPT_ALEF = '\u0670';

/**
 * Build time: the Arabic-script letters of an anchor source that stand for more than one character, each as
 * one string: the folded letter first, then every other Arabic-block character that folds to it.
 */
function anchorClasses(source: string): string[] {
  const variants = new Map<number, string>();
  for (let c = 0x600; c <= 0x6ff; c++) {
    const folded = foldCode(c);
    if (isArabic(folded) && c !== folded)
      variants.set(folded, (variants.get(folded) ?? '') + String.fromCharCode(c));
  }
  const classes: string[] = [];
  // The superscript alef writes the long a that ا writes elsewhere (اسحٰق, اسحاق): the matcher drops it as a mark,
  // so the screen must take it where an anchor has ا.
  variants.set(ALEF, `${variants.get(ALEF) ?? ''}${SUPERSCRIPT_ALEF}`);
  for (const [folded, others] of variants) {
    const letter = String.fromCharCode(folded);
    if (source.includes(letter)) classes.push(letter + others);
  }
  return classes;
}

/**
 * An anchor source as `RegExp` takes it: each folded Arabic-script letter with variants (see `anchorClasses`)
 * widened to their class. One native pass per class, cheap on every page load; no member of a class is another
 * class's folded letter, so one pass never widens what another wrote.
 */
export function expandAnchors(source: string, classes: readonly string[]): string {
  let expanded = source;
  for (const members of classes) expanded = expanded.replaceAll(members[0] as string, `[${members}]`);
  return expanded;
}

const escapeLatin = (ch: string) =>
  /[a-z0-9]/.test(ch) ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * One character of an anchor (folded letters, " " between words, NUL for an initialism's full stop: see
 * `patternKey`) as regex source, Arabic-script letters left folded.
 */
function anchorUnit(ch: string): string {
  if (ch === ' ' || ch === "'" || ch === '\0') return SEPARATOR;
  return isArabic(ch.charCodeAt(0)) ? ch : escapeLatin(ch);
}

/**
 * In `AnchorSources.arabic` as shipped: ASCII letters standing for the Arabic-script letters of
 * `MatcherData.letters`, in that order, A–Z then a–z. Regular-expression syntax uses neither, and each stand-in is
 * one byte of the content script where the letter is two.
 */
const ANCHOR_STAND_INS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Build time: an Arabic-script anchor source with each letter written as its stand-in (see `ANCHOR_STAND_INS`). */
export function withStandIns(arabic: string, letters: string): string {
  return [...arabic]
    .map((ch) => {
      if (!isArabic(ch.charCodeAt(0))) return ch;
      const standIn = ANCHOR_STAND_INS[letters.indexOf(ch)];
      if (standIn === undefined) throw new Error(`The anchor letter ${ch} has no stand-in.`);
      return standIn;
    })
    .join('');
}

/**
 * The letters back in place of their stand-ins (see `withStandIns`), before `expandAnchors`. Each stand-in's index
 * is worked out from its code (A–Z, then a–z) rather than looked up, so `ANCHOR_STAND_INS` stays out of the content
 * script.
 */
export const fromStandIns = (source: string, letters: string) =>
  source.replace(
    /[A-Za-z]/g,
    (standIn) => letters[standIn.charCodeAt(0) - (standIn < 'a' ? 65 : 71)] as string,
  );

/** The anchors as `MatcherData.anchorSources` ships them. */
export interface AnchorSources {
  /** Latin-script anchors: one expression for `anchorRegExp(latin)`; empty when there are none. */
  latin: string;
  /**
   * Arabic-script anchors, letters folded: for `anchorRegExp(expandAnchors(arabic, classes))`, their letters as
   * stand-ins once shipped (see `withStandIns`).
   */
  arabic: string;
  /** See `anchorClasses`. */
  classes: string[];
}

/**
 * The anchors' expressions, by script, so that a page with no Arabic script never compiles or runs the Arabic
 * one. Latin anchors share one leading word boundary, so the engine can skip ahead on their first letters; the
 * whole patterns also share one closing one ("IS-K" but not "is kind"). `\b` knows only ASCII word characters,
 * so Arabic-script anchors go without. Each list is written as a trie (see `trieBranches`).
 */
export function anchorSources(anchors: Iterable<string>): AnchorSources {
  const prefixes: string[][] = [];
  const whole: string[][] = [];
  const arabic: string[][] = [];
  for (const anchor of withoutCovered([...new Set(anchors)].filter((anchor) => anchor.length > 0))) {
    const units = [...anchor].map(anchorUnit);
    if (isArabic(anchor.charCodeAt(0))) arabic.push(units);
    else (anchor.includes(' ') ? whole : prefixes).push(units);
  }
  const latin = trieBranches(prefixes);
  if (whole.length > 0) latin.unshift(`(?:${trieBranches(whole).join('|')})\\b`);
  const arabicSource = trieBranches(arabic).join('|');
  return {
    latin: latin.length > 0 ? `\\b(?:${latin.join('|')})` : '',
    arabic: arabicSource,
    classes: anchorClasses(arabicSource),
  };
}

/**
 * Alternatives written as a trie, each shared beginning once: "tehrik (?:e taliban|i taliban)" for "tehrik e
 * taliban" and "tehrik i taliban", "is kp?" for "is k" and "is kp". Shorter to ship than a flat list, and the
 * engine tries each letter once. Returns the top-level branches, for the caller to join.
 */
function trieBranches(alternatives: readonly (readonly string[])[]): string[] {
  const branches = new Map<string, string[][]>();
  for (const [first, ...rest] of alternatives)
    if (first !== undefined) branches.set(first, [...(branches.get(first) ?? []), rest]);
  return [...branches]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([first, rests]) => {
      const after = trieBranches(rests);
      if (after.length === 0) return first;
      // Some alternatives end here: what follows is optional.
      const optional = rests.some((rest) => rest.length === 0);
      if (after.length === 1 && !optional) return first + after[0];
      // One character needs no group, and Latin letters alone make a class ("is kp?", "isha[kq]"). Not Arabic
      // letters: each becomes a class of its variants later (see `anchorClasses`), and classes do not nest.
      const group =
        after.length === 1 && after[0]?.length === 1
          ? after[0]
          : after.every((branch) => /^[a-z]$/.test(branch))
            ? `[${after.join('')}]`
            : `(?:${after.join('|')})`;
      return `${first}${group}${optional ? '?' : ''}`;
    });
}

/** An anchor's letters, and for each letter whether a word break (" " or "'") follows it. */
interface AnchorShape {
  letters: string;
  breakAfter: boolean[];
}

function shapeOf(anchor: string): AnchorShape {
  const shape: AnchorShape = { letters: '', breakAfter: [] };
  for (const ch of anchor) {
    if (ch === ' ' || ch === "'") shape.breakAfter[shape.letters.length - 1] = true;
    else shape.letters += ch;
  }
  return shape;
}

/**
 * True when every text the matcher could find `a` in also matches anchor `b`, so `a` adds nothing to the
 * expression. `b`'s letters must stand in `a`'s, with no break in `a` where `b` allows none. A Latin-script
 * anchor starts at a word start (the shared leading `\b`: the start of `a`, or after a break, which the matcher
 * never takes without a separator in Latin script); a whole-pattern one (with a break) also ends a word, so
 * only where `a` has a break after it. Arabic-script anchors may start anywhere.
 */
function covers(b: AnchorShape, a: AnchorShape, arabic: boolean): boolean {
  const length = b.letters.length;
  const whole = b.breakAfter.some(Boolean);
  for (let at = a.letters.indexOf(b.letters); at >= 0; at = a.letters.indexOf(b.letters, at + 1)) {
    if (!arabic && at > 0 && a.breakAfter[at - 1] !== true) continue;
    if (!arabic && whole && a.breakAfter[at + length - 1] !== true) continue;
    let fits = true;
    for (let i = 0; i < length - 1 && fits; i++)
      fits = a.breakAfter[at + i] !== true || b.breakAfter[i] === true;
    if (fits) return true;
  }
  return false;
}

/**
 * The anchors no other anchor covers (see `covers`): "islamic state in khorasan province" goes when "islamic
 * state in khorasan" is there, the spacing variants of an Arabic-script name when the spaced one is.
 */
function withoutCovered(anchors: readonly string[]): string[] {
  const shapes = anchors.map(shapeOf);
  return anchors.filter((anchor, i) => {
    const arabic = isArabic(anchor.charCodeAt(0));
    return !anchors.some(
      (other, j) =>
        j !== i &&
        isArabic(other.charCodeAt(0)) === arabic &&
        covers(shapes[j] as AnchorShape, shapes[i] as AnchorShape, arabic),
    );
  });
}

/**
 * The anchor of a folded pattern: the first letters of its most distinctive word — not part of any context
 * term's alias or cue word, and among those the one its term's other patterns share most ("ishaq" in
 * "muhammad ishaq dar"), then the longest. A pattern made only of common or short words anchors on itself
 * whole ("pakistani taliban", "is k").
 *
 * `common`: words of context terms' patterns and cue words, traps' short words and everyday words; `shared`:
 * how many of the term's patterns hold each word.
 */
/** A pattern key's words: apart at spaces and apostrophes, a run of them ("d’ affaires") parting two words. */
export const wordsOf = (key: string): string[] => key.split(/[ ']+/);

export function anchorOf(
  key: string,
  common: ReadonlySet<string>,
  shared: ReadonlyMap<string, number>,
): string {
  const words = wordsOf(key);
  const candidates = words
    .map((word, at) => ({ word, at }))
    .filter(({ word }) => word.length >= MIN_ANCHOR && !common.has(word));
  candidates.sort(
    (a, b) => (shared.get(b.word) ?? 0) - (shared.get(a.word) ?? 0) || b.word.length - a.word.length,
  );
  const chosen = candidates[0];
  if (chosen === undefined) return key;
  // A word of one or two letters just before goes with it, and the word is then kept whole: "d’affaires" is
  // distinctive where "affai" alone is every "Foreign Affairs".
  const before = words[chosen.at - 1];
  if (before !== undefined && before.length > 0 && before.length < MIN_ANCHOR)
    return `${before} ${chosen.word}`;
  return [...chosen.word].slice(0, ANCHOR_LETTERS).join('');
}

/**
 * Build time: the patterns (folded keys) that hold no other of `patterns`, which alone need an anchor. Text
 * holding "China-Afghanistan-Pakistan Foreign Ministers’ Dialogue" holds "China-Afghanistan-Pakistan", whose
 * anchor lets it through, so the longer name needs none of its own (of its own it would key on "minis", and every
 * page naming a minister would pass the screen). Latin-script anchors start at a word start, so a Latin name must
 * hold the other word for word. Arabic-script anchors start anywhere and take any run of separators, or none,
 * where their name has one, so an Arabic-script name need only hold the other's letters with no separator where
 * the other has none (see `covers`): "پاکستانیطالبان", written without its space, holds "پاکستانی طالبان", but
 * "هبت الله آخوندزاده" does not hold "هبتالله". Of names with the same letters, the one with the most separators
 * stays.
 */
export function withoutContained<P extends { key: string }>(patterns: readonly P[]): P[] {
  const shapes = patterns.map(({ key }) => {
    const shape = shapeOf(key);
    return {
      shape,
      arabic: isArabic(key.charCodeAt(0)),
      separators: key.length - shape.letters.length,
      words: ` ${key.replaceAll("'", ' ')} `,
    };
  });
  type Shape = (typeof shapes)[number];
  const holds = (a: Shape, b: Shape) =>
    a.arabic === b.arabic &&
    (b.shape.letters.length < a.shape.letters.length ||
      (b.shape.letters === a.shape.letters && b.separators > a.separators)) &&
    (a.arabic ? covers(b.shape, a.shape, true) : a.words.includes(b.words));
  return patterns.filter((_, i) => !shapes.some((other, j) => j !== i && holds(shapes[i] as Shape, other)));
}
