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

/** One condition of a context rule: any of these terms or cue words, on the page or near the match. */
export interface MatchCondition {
  /** Term indexes, any one of which satisfies the condition. */
  terms: number[];
  /** Cue ids, any one of which satisfies the condition. */
  cues: number[];
  /** Characters before or after the match; 0: anywhere on the page. */
  within: number;
}

/** A context rule: alternatives, any one of which is enough; each alternative's conditions must all hold. */
export type MatchRule = MatchCondition[][];

/** A `MatchCondition` as the data ships it: `[terms, cues, within]`. */
export type PackedCondition = [number[], number[], number];

/** See `MatcherData.letters`: the ASCII stand-ins for Arabic-script letters in `patterns`. */
export const PATTERN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** See `MatcherData.meta`: numbers 0–91 as the characters from "#" to "~". */
export const META_BASE = 0x23;
export const META_MAX = 0x7e - META_BASE;

export interface MatcherData {
  /** Term ids by index. */
  terms: string[];
  /**
   * Regular expressions, by script, that any text mentioning a core term matches (see `anchors.ts`): pages
   * neither matches are not about the story, and skip the scan.
   */
  anchors: AnchorSources;
  /** Term indexes that are core to the story (the rest are context), for the relevance gate. */
  core: number[];
  /**
   * Every pattern's folded text, sorted, front-coded: for each pattern one character whose code minus 0x30 is the
   * length shared with the previous pattern, then the rest of the pattern, then "\n". Separators are written as
   * " " and apostrophes as "'". Sorted order makes the trie a single linear pass to rebuild.
   */
  patterns: string;
  /**
   * The Arabic-script letters the patterns use, in the order of `PATTERN_LETTERS`: in `patterns`, each is
   * written as the ASCII character at its position there, one byte instead of two (the data ships in the
   * content script, with a size budget).
   */
  letters: string;
  /**
   * One character per pattern, in pattern order: `META_BASE` plus its target plus `targetOffset` (term index,
   * `TRAP`, or `CUE_BASE - cue`).
   */
  meta: string;
  targetOffset: number;
  /**
   * The few patterns with a context rule or flags, four characters each, each `META_BASE` plus a small number:
   * the pattern's index in two digits of base `META_MAX + 1`; 1 + the index of its rule in `rules` (or 0); its
   * flags (`FLAG_NOT_AFTER_NAME`, `FLAG_NOT_BEFORE_NAME`). Most patterns have neither, so listing only those
   * that do keeps the data (which ships in the content script) small.
   */
  ruled: string;
  /** Case-sensitive patterns: pattern index → the alias's letters and digits in their required case. */
  caseForms: Record<number, string>;
  /** Context rules, each condition as `[terms, cues, within]`. */
  rules: PackedCondition[][][];
  /** Folded titles after which a `notAfterName` pattern still counts ("minister", "mr"). */
  titles: string[];
}

/** Not right after another capitalised name ("Farooq Dar"). */
export const FLAG_NOT_AFTER_NAME = 1;
/** Not right before another capitalised name ("Wang Wenbin"). */
export const FLAG_NOT_BEFORE_NAME = 2;
