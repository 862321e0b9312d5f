/**
 * The matcher's compiled form, as the build writes it into the content script (see `compile.ts`) and
 * `Matcher` reads it (see `matcher.ts`). Small on purpose: it ships inside the content script.
 */
import type { AnchorSources } from './anchors';

/**
 * What a pattern stands for: a term's index (≥ 0), a trap, or a cue word (`CUE_BASE - cue id`; cue words that
 * every condition names together share an id).
 */
export const TRAP = -1;
export const CUE_BASE = -2;
/**
 * The target of what `Matcher.scan` reports as `~pattern`: a `notAfterName` or `notBeforeName` pattern beside
 * someone else's name ("Ahsan Dar", "Wang Wenbin") or cited by year ("Dar (2019)"): not a match, but what a later
 * name alone refers back to (see `applyRules`).
 */
export const OTHER_NAME = -0x8000;

/** One condition of a context rule: any of these terms or cue words, on the page or near the match. */
export interface MatchCondition {
  /** Term indexes, any one of which satisfies the condition. */
  terms: number[];
  /** Cue ids, any one of which satisfies the condition. */
  cues: number[];
  /**
   * Characters before or after the match; 0: anywhere on the page. Negative for an `unless`: the condition
   * holds when none of them is within that many characters.
   */
  within: number;
}

/** A context rule: alternatives, any one of which is enough; each alternative's conditions must all hold. */
export type MatchRule = MatchCondition[][];

/** See `MatcherData.letters`: the ASCII stand-ins for Arabic-script letters in `patternLines`. */
export const PATTERN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&()*+,-./:;<=>?@[]^_`{|}';

/**
 * In `patternLines`: a space that Arabic-script writers may also leave out ("اسلام آباد", "اسلامآباد"; see
 * `withDroppableSpaces` in `compile.ts`). A pattern carries its joined spellings this way instead of shipping each.
 */
export const DROPPABLE_SPACE = '~';

/**
 * Every spelling of a pattern as `MatcherData.patternLines` writes it: each `DROPPABLE_SPACE` as a space or as
 * none.
 */
export function spellingsOf(written: string): string[] {
  const [first, ...rest] = written.split(DROPPABLE_SPACE);
  return rest.reduce(
    (spellings, part) => spellings.flatMap((spelling) => [`${spelling} ${part}`, spelling + part]),
    [first as string],
  );
}

/**
 * See `MatcherData.meta`: numbers 0–91 as the characters from "#" to "~" (digits). A count that may be larger is
 * written as one `META_MAX` digit per `META_MAX` it holds, then a digit for the rest.
 */
export const META_BASE = 0x23;
export const META_MAX = 0x7e - META_BASE;

/**
 * In `meta` and `ruledPatterns`: the unit just before it (one digit in `meta`, a gap and a rule in `ruledPatterns`)
 * stands repeated as many more times as the digit after it says. A name's spellings lie side by side in sorted order
 * and share a target and a rule, so runs are common, and the data ships in the content script.
 */
export const REPEAT = '!';

/** `source` with each repeat written out (see `REPEAT`); `unit`: the length of the units repeated. */
export function expandRepeats(source: string, unit: number): string {
  return source.replace(RegExp(`(.{${unit}})${REPEAT}(.)`, 'g'), (_, repeated: string, more: string) =>
    repeated.repeat(1 + more.charCodeAt(0) - META_BASE),
  );
}

/**
 * The matcher's data, as the build writes it into the content script. Its keys are named apart from every other
 * object's fields (`termIds`, not `terms`): the build shortens them with the content script's own names (see
 * `scripts/lib/shorten-properties.ts`), which a name another script reads would forbid.
 */
export interface MatcherData {
  /** Term ids by index. */
  termIds: string[];
  /**
   * Regular expressions, by script, that any text mentioning a core term matches (see `anchors.ts`): pages
   * neither matches are not about the story, and skip the scan.
   */
  anchorSources: AnchorSources;
  /** Term indexes that are core to the story (the rest are context), for the relevance gate. */
  coreIndexes: number[];
  /**
   * Every pattern's folded text, sorted, front-coded: for each pattern one character whose code minus 0x30 is the
   * length shared with the previous pattern, then the rest of the pattern, then "\n". Separators are written as
   * " " (or `DROPPABLE_SPACE`) and apostrophes as "'". Sorted, so that neighbours share long starts and runs of
   * one target (see `meta`). The rest of each line may hold `tokens`, each standing for a piece in `tokenWords`.
   */
  patternLines: string;
  /** The characters that stand in `patternLines` for the pieces in `tokenWords` (never a line's first character). */
  tokens: string;
  /** The pieces the patterns repeat, each written once, one per line, in the order of `tokens` (see `word-tokens.ts`). */
  tokenWords: string;
  /** The nodes of the trie the patterns make, every spelling of each included: the matcher allocates once. */
  trieNodes: number;
  /**
   * The Arabic-script letters the patterns use, in the order of `PATTERN_LETTERS`: in `patternLines`, each is
   * written as the ASCII character at its position there, one byte instead of two (the data ships in the
   * content script, with a size budget). The Arabic-script anchors stand in for them too, with letters only
   * (see `withStandIns` in `anchors.ts`).
   */
  letters: string;
  /**
   * One character per pattern, in pattern order: `META_BASE` plus its target plus `targetOffset` (term index,
   * `TRAP`, or `CUE_BASE - cue`); runs written once (see `REPEAT`).
   */
  meta: string;
  targetOffset: number;
  /**
   * The patterns with a context rule, in pattern order, two digits each: how far the pattern's index lies past the
   * previous one's (a count, see `META_BASE`), and 1 + the index of its rule in `ruleDigits`; runs of the same two
   * digits written once (see `REPEAT`). Most patterns have none, so listing only those that do keeps the data
   * (which ships in the content script) small.
   */
  ruledPatterns: string;
  /** The few patterns with flags (`FLAG_NOT_AFTER_NAME` …): index in two digits, flags. */
  flagged: string;
  /**
   * The case-sensitive patterns, three digits each: the pattern's index in two, then its case word by word, bit w
   * set when word w is in capitals ("ISKP", "IS-K") and clear when it is capitalised ("Dar", "Islamic State").
   */
  caseForms: string;
  /**
   * The context rules, in digits: for each rule its number of alternatives; for each alternative its number of
   * conditions, then each condition's index in `conditions`.
   */
  ruleDigits: string;
  /**
   * The rules' distinct conditions, in digits: for each its number of terms, the term indexes, its number of cue
   * ids, the cue ids and the index of its distance in `withins`.
   */
  conditions: string;
  /** The distances the rules' conditions use (see `MatchCondition.within`). */
  withins: number[];
  /** Folded titles after which a `notAfterName` pattern still counts ("minister", "mr"), separated by spaces. */
  titleWords: string;
  /**
   * Folded Arabic-script given names after which a `notAfterName` pattern does not count ("عثمان ڈار", Usman
   * Dar): a script without capitals cannot tell a name from a title the way `titleWords` does. Separated by spaces,
   * its letters written as in `patternLines`.
   */
  givenNames: string;
}

/** Not right after another capitalised name ("Farooq Dar"). */
export const FLAG_NOT_AFTER_NAME = 1;
/** Not right before another capitalised name ("Wang Wenbin"). */
export const FLAG_NOT_BEFORE_NAME = 2;
/**
 * Its words apart by spaces only, no hyphen or dash: Al Jazeera's "Pakistan Taliban" (the TTP) is not the
 * headlines' "Pakistan-Taliban talks" (Pakistan and the Afghan Taliban), which folding otherwise makes the same.
 */
export const FLAG_SPACED_ONLY = 4;
