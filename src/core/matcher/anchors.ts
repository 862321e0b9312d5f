/**
 * Build time: a regular expression that a page mentioning a core term will match — the start of one
 * distinctive word of each core alias. The content script tests a page's text with it natively before
 * anything else: a page with no match cannot pass the relevance gate (which needs a core term), so an
 * off-topic page costs one read of its text and one native test, and never wakes the matcher.
 *
 * It only ever says "maybe": a match sends the page to the full matcher, which decides. To stay small (it
 * ships in the content script) it widens only what real coverage varies on inside a word's first letters:
 * letter case (the `i` flag) and the Arabic-script letter variants that differ between Urdu, Pashto and Dari
 * (ی/ي/ې, ک/ك, ه/ہ/ة). Accents and invisible marks are left to the matcher: news copy writes these names
 * without them.
 *
 * The source ships with each Arabic-script letter in its folded form; `expandAnchors` widens every such letter
 * to the class of its variants when the page first needs the expression. Written out, the classes made up most
 * of the source, and they follow from the fold table the content script holds anyway.
 */
import { foldCode } from './fold';

/** Letters of each anchor word kept: enough to turn most off-topic pages away. */
const ANCHOR_LETTERS = 5;
/** Anchor words shorter than this are replaced by their whole pattern ("is k" for IS-K). */
const MIN_ANCHOR = 3;
/**
 * What may stand between the words of a short whole-pattern anchor: spaces, hyphens, dashes, a node break —
 * and, to keep the expression short, any other non-word character (a superset is fine for a "maybe").
 */
const SEPARATOR = '\\W?';

const isArabic = (c: number) => c >= 0x600 && c <= 0x6ff;

/**
 * An anchor source as `RegExp` takes it: each Arabic-script letter (folded, as `anchorSource` writes it)
 * becomes the class of the Arabic-block characters that fold to it, when there is more than one.
 */
export function expandAnchors(source: string): string {
  const variants: string[] = [];
  for (let c = 0x600; c <= 0x6ff; c++) {
    const folded = foldCode(c);
    if (isArabic(folded)) variants[folded] = (variants[folded] ?? '') + String.fromCharCode(c);
  }
  return source.replace(/[\u0600-\u06ff]/g, (letter) => {
    const members = variants[letter.charCodeAt(0)] ?? letter;
    return members.length > 1 ? `[${members}]` : letter;
  });
}

const escapeLatin = (ch: string) =>
  /[a-z0-9]/.test(ch) ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One anchor (folded letters, " " between words) as a regex, Arabic-script letters left folded. */
function anchorRegex(anchor: string): string {
  let source = '';
  for (const ch of anchor) {
    if (ch === ' ' || ch === "'") source += SEPARATOR;
    else source += isArabic(ch.charCodeAt(0)) ? ch : escapeLatin(ch);
  }
  return source;
}

/**
 * The anchors' expression source (for `new RegExp(expandAnchors(source), 'i')`); empty when there are none. Latin anchors
 * share one leading word boundary, so the engine can skip ahead on their first letters; a whole short
 * pattern also ends a word ("IS-K" but not "is kind"). `\\b` knows only ASCII word characters, so Arabic-script
 * anchors go without.
 */
export function anchorSource(anchors: Iterable<string>): string {
  const latin: string[] = [];
  const arabic: string[] = [];
  const sorted = [...new Set(anchors)]
    .filter((anchor) => anchor.length > 0)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const anchor of sorted) {
    const source = anchorRegex(anchor);
    if (isArabic(anchor.charCodeAt(0))) arabic.push(source);
    else latin.push(anchor.includes(' ') ? `${source}\\b` : source);
  }
  const groups: string[] = [];
  if (latin.length > 0) groups.push(`\\b(?:${latin.join('|')})`);
  if (arabic.length > 0) groups.push(arabic.join('|'));
  return groups.join('|');
}

/**
 * The anchor of a folded pattern: the first letters of its most distinctive word — not part of any context
 * term's alias or cue word, and among those the one its term's other patterns share most ("ishaq" in
 * "muhammad ishaq dar"), then the longest. A pattern made only of common or short words anchors on itself
 * whole ("pakistani taliban", "is k").
 *
 * `common`: words of context terms' patterns and cue words; `shared`: how many of the term's patterns hold
 * each word.
 */
export function anchorOf(
  key: string,
  common: ReadonlySet<string>,
  shared: ReadonlyMap<string, number>,
): string {
  const words = key.split(/[ ']/).filter((word) => word.length >= MIN_ANCHOR && !common.has(word));
  words.sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0) || b.length - a.length);
  const word = words[0];
  return word === undefined ? key : [...word].slice(0, ANCHOR_LETTERS).join('');
}
