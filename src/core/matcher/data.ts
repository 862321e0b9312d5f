/**
 * The matcher's compiled form, as the build writes it into the content script (see `compile.ts`) and
 * `Matcher` reads it (see `matcher.ts`). Small on purpose: it ships inside the content script.
 */

/** What a pattern stands for: a term's index (≥ 0), a trap, or a cue word (`CUE_BASE - cueIndex`). */
export const TRAP = -1;
export const CUE_BASE = -2;

export interface MatchRule {
  /** Term indexes, any one of which satisfies the rule (only matches without a rule of their own count). */
  terms: number[];
  /** Cue word indexes, any one of which satisfies the rule. */
  cues: number[];
  /** Characters before or after the match; 0: anywhere on the page. */
  within: number;
}

export interface MatcherData {
  /** Term ids by index. */
  terms: string[];
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
  /** For each pattern: bit 0: not right after another capitalised name. */
  flags: number[];
  /** Case-sensitive patterns: pattern index → the alias's letters and digits in their required case. */
  caseForms: Record<number, string>;
  rules: MatchRule[];
  /** Folded titles after which a `notAfterName` pattern still counts ("minister", "mr"). */
  titles: string[];
}

export const FLAG_NOT_AFTER_NAME = 1;
