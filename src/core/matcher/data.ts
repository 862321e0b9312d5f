/**
 * The matcher's compiled form, as the build writes it into the content script (see `compile.ts`) and
 * `Matcher` reads it (see `matcher.ts`). Small on purpose: it ships inside the content script.
 */

/** What a pattern stands for: a term's index (≥ 0), a trap, or a cue word (`CUE_BASE - cueIndex`). */
export const TRAP = -1;
export const CUE_BASE = -2;

/** One condition of a context rule: any of these terms or cue words, on the page or near the match. */
export interface MatchCondition {
  /** Term indexes, any one of which satisfies the condition. */
  terms: number[];
  /** Cue word indexes, any one of which satisfies the condition. */
  cues: number[];
  /** Characters before or after the match; 0: anywhere on the page. */
  within: number;
}

/** A context rule: alternatives, any one of which is enough; each alternative's conditions must all hold. */
export type MatchRule = MatchCondition[][];

export interface MatcherData {
  /** Term ids by index. */
  terms: string[];
  /**
   * A regular expression's source that any text mentioning a core term matches (see `anchors.ts`): pages it
   * does not match are not about the story, and skip the scan.
   */
  anchors: string;
  /** Term indexes that are core to the story (the rest are context), for the relevance gate. */
  core: number[];
  /**
   * Every pattern's folded text, sorted, front-coded: for each pattern one character whose code minus 0x30 is the
   * length shared with the previous pattern, then the rest of the pattern, then "\n". Separators are written as
   * " " and apostrophes as "'". Sorted order makes the trie a single linear pass to rebuild.
   */
  patterns: string;
  /** For each pattern (same order): its target (term index, `TRAP`, or `CUE_BASE - cue`). */
  targets: number[];
  /** For each pattern: 0, or 1 + the index of its rule in `rules`. */
  ruleOf: number[];
  /** For each pattern: `FLAG_NOT_AFTER_NAME`, `FLAG_NOT_BEFORE_NAME`. */
  flags: number[];
  /** Case-sensitive patterns: pattern index → the alias's letters and digits in their required case. */
  caseForms: Record<number, string>;
  rules: MatchRule[];
  /** Folded titles after which a `notAfterName` pattern still counts ("minister", "mr"). */
  titles: string[];
}

/** Not right after another capitalised name ("Farooq Dar"). */
export const FLAG_NOT_AFTER_NAME = 1;
/** Not right before another capitalised name ("Wang Wenbin"). */
export const FLAG_NOT_BEFORE_NAME = 2;
