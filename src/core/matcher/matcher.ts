/**
 * The run-time matcher: finds every alias, trap and cue word in a page's text in one pass.
 *
 * The text is one string: the content script joins the page's text nodes with `NODE_BREAK` between them, and
 * asks back (`isInline`) only where it matters whether two nodes share a line ("Tehrik-i-" + "Taliban" inside
 * <em>: yes; the end of one paragraph and the start of the next: no). A match starts only at a word start and
 * ends at a word end (never inside "Kabulov" or "Darfur"; "Kabul’s" is fine), and at each word start the
 * longest pattern that fits wins, so "Tehrik-i-Taliban Pakistan" is the TTP and not the Taliban plus noise.
 *
 * The scan reads each code unit once through the fold table (`fold.ts`). At a word start it looks up the first
 * three letters in a table of the patterns' first three letters, and only walks the trie when they fit: most
 * words cost a few table lookups and no call.
 */

import { type AnchorSources, anchorRegExp, expandAnchors, fromStandIns } from './anchors';
import {
  DROPPABLE_SPACE,
  expandRepeats,
  FLAG_NOT_AFTER_NAME,
  FLAG_NOT_BEFORE_NAME,
  FLAG_SPACED_ONLY,
  type MatchCondition,
  type MatcherData,
  type MatchRule,
  META_BASE,
  META_MAX,
  OTHER_NAME,
  PATTERN_LETTERS,
} from './data';
import { APOS, BREAK, FIRST_LETTER, FOLD, foldAt, foldCode, IGNORE, NODE_BREAK, OTHER, SEP } from './fold';
import { expandWords } from './word-tokens';

/** Receives each match: pattern index and [start, end) in the scanned text. */
export type MatchSink = (pattern: number, start: number, end: number) => void;

/** For a `NODE_BREAK` at `position`: true when the text nodes on either side share a line. */
export type InlineQuery = (position: number) => boolean;

const NONE = -1;
/**
 * What `#nextToName` finds beside a match: someone else's name ("Ahsan Dar"), whom the name alone after it refers
 * to; or a word that keeps it off but names nobody to refer to (a Pashto genitive, "of …").
 */
const NAMED = 1;
const BESIDE = 2;
/**
 * In plain text, a line before a match shorter than this is a heading, a byline or a list's source ("Dawn⏎Dar,
 * Muttaqi agree…"), not the first part of a name wrapped at a paragraph's line end: wrapped lines are long.
 * Counted without node breaks, which are markup.
 */
const SHORT_LINE = 40;
/**
 * After a surname, what makes it an author cited by year ("Dar (2019, 112)", "Dar 2019;", and in a reference
 * list "Dar, S. A. (2022)", "Dar, Huma. 2019.", "Dar, Fahad (15 January 2024)"), not the person of the story:
 * the year closed by punctuation, as citations close it ("ڈار 1950 میں پیدا ہوئے" is his birth year). Tested with
 * the node breaks (`NODE_BREAK`) taken out: markup may cut a citation anywhere ("Dar (<i>2019</i>)").
 */
const CITATION = /^(?:,(?: [A-Z][a-z]*\.?)+)?\.? \(?(?:\d\d? [A-Z][a-z]+ )?(?:19|20)\d\d[),;.]/;
/** Any character of the Arabic block: text without one cannot hold an Arabic-script anchor. */
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const DROPPABLE = DROPPABLE_SPACE.charCodeAt(0);
const PREFIX_BITS = 16;
const PREFIX_MASK = (1 << PREFIX_BITS) - 1;
/** A zeroed `Int32Array`, written once: the trie's build makes ten, and every byte of the content script counts. */
const int32s = (length: number) => new Int32Array(length);
const prefixHash = (a: number, b: number, c: number) => (a * 2477 + b * 53 + c) & PREFIX_MASK;

/**
 * The next word start at or after `from` whose first letter begins some pattern and whose first three symbols
 * may (`prefixes`), or -1. `inWord`: whether `from` is inside a word. Kept apart from the class, small and
 * free of calls but one, so the engine compiles this loop (once per code unit of the page) early and well.
 */
function nextCandidate(
  text: string,
  from: number,
  inWord: boolean,
  rootChild: Int32Array,
  prefixes: Uint8Array,
): number {
  const length = text.length;
  const fold = FOLD;
  for (let pos = from; pos < length; pos++) {
    const f = fold[text.charCodeAt(pos)] as number;
    if (f >= OTHER) {
      if (inWord) continue;
      inWord = true;
      if (rootChild[f] === 0) continue;
      // Anything unusual in the next two code units (invisible marks, a node break, the end) goes to the walk.
      if (pos + 2 >= length) return pos;
      const f2 = foldAt(text, pos + 1);
      const f3 = foldAt(text, pos + 2);
      if (f2 === IGNORE || f2 === BREAK || f3 === IGNORE || f3 === BREAK) return pos;
      if (prefixes[prefixHash(f, f2, f3)] === 1 || prefixes[prefixHash(f, f2, 0)] === 1) return pos;
    } else if (f !== IGNORE) {
      // A node break may join two parts of one word; treating it as a boundary here only adds word starts
      // to try, which `walk` checks (see `startsWord`).
      inWord = false;
    }
  }
  return -1;
}

/**
 * Arabic-script particles that end in a letter that does not join the next ("of", "and", "in", "from", "on",
 * "to"): the space after them barely shows, so writers often run them into the next word ("دکابل", "درکابل").
 */
const PARTICLES = new Set('د و در از بر پر تر'.split(' '));

/**
 * True when a separator other than white space (a hyphen, a dash, a hashtag's underscore: whatever the fold
 * table reads as one) stands in `text`: what `FLAG_SPACED_ONLY` names must not have between their words.
 */
const hyphenated = (text: string): boolean =>
  [...text].some((ch) => foldAt(ch, 0) === SEP && ch.trim() !== '');

/** Reads one of `MatcherData`'s compact strings (see `META_BASE`): a digit, or a count of any size, at a time. */
function digitReader(source: string) {
  let at = 0;
  const digit = () => source.charCodeAt(at++) - META_BASE;
  return {
    digit,
    count(): number {
      let value = 0;
      for (let d = digit(); ; d = digit()) {
        value += d;
        if (d !== META_MAX) return value;
      }
    },
    done: () => at >= source.length,
  };
}

/** What each pattern stands for and the rules, decoded from `MatcherData` (see `data.ts`). */
interface PatternTables {
  /** By pattern: its term index, or a negative trap / cue marker. */
  patternTargets: number[];
  /** By pattern: 1 + the index of its context rule, or 0. */
  ruleOf: number[];
  /** By pattern: `FLAG_…` bits. */
  patternFlags: number[];
  /** By pattern: the case its words must have (see `MatcherData.caseForms`), or -1 when case does not matter. */
  patternCases: number[];
  decodedRules: MatchRule[];
  /** Folded words that may stand before a `notAfterName` alias. */
  titleSet: Set<string>;
  /**
   * Folded Arabic-script given names after which a `notAfterName` alias does not count (see
   * `MatcherData.givenNames`).
   */
  givenNameSet: Set<string>;
}

function decodeTables(data: MatcherData): PatternTables {
  const targets: number[] = [];
  const meta = expandRepeats(data.meta, 1);
  for (let i = 0; i < meta.length; i++) targets.push(meta.charCodeAt(i) - META_BASE - data.targetOffset);
  const ruleOf = targets.map(() => 0);
  const flags = targets.map(() => 0);
  const caseMasks = targets.map(() => -1);
  const ruled = digitReader(expandRepeats(data.ruledPatterns, 2));
  for (let pattern = 0; !ruled.done(); ) {
    pattern += ruled.count();
    ruleOf[pattern] = ruled.digit();
  }
  const index = (reader: ReturnType<typeof digitReader>) => reader.digit() * (META_MAX + 1) + reader.digit();
  for (const flagged = digitReader(data.flagged); !flagged.done(); ) flags[index(flagged)] = flagged.digit();
  for (const cased = digitReader(data.caseForms); !cased.done(); ) caseMasks[index(cased)] = cased.digit();
  const conditions: MatchCondition[] = [];
  const read = digitReader(data.conditions);
  const list = () => Array.from({ length: read.digit() }, read.digit);
  while (!read.done())
    conditions.push({ terms: list(), cues: list(), within: data.withins[read.digit()] as number });
  const rules: MatchRule[] = [];
  const { digit, done } = digitReader(data.ruleDigits);
  const condition = () => conditions[digit()] as MatchCondition;
  while (!done())
    rules.push(Array.from({ length: digit() }, () => Array.from({ length: digit() }, condition)));
  const letterOf = (standIn: string) => data.letters[PATTERN_LETTERS.indexOf(standIn)] as string;
  const names = new Set(data.givenNames.split(' ').map((name) => [...name].map(letterOf).join('')));
  return {
    patternTargets: targets,
    ruleOf,
    patternFlags: flags,
    patternCases: caseMasks,
    decodedRules: rules,
    titleSet: new Set(data.titleWords.split(' ')),
    givenNameSet: names,
  };
}

export class Matcher {
  readonly terms: readonly string[];
  readonly core: ReadonlySet<number>;
  readonly #data: MatcherData;

  /**
   * Trie: the root's children by folded code, then first-child / next-sibling lists (most nodes have one or two
   * children). Built on the first scan, which is the only reader of these fields: a page screened out by
   * `mayMentionStory` never pays for it. Declared without a value (`!`): until then they are undefined.
   */
  #rootChild!: Int32Array;
  #symbol!: Uint16Array;
  #firstChild!: Int32Array;
  #nextSibling!: Int32Array;
  /** 1 + the pattern index ending at a node, or 0. */
  #accept!: Int32Array;
  /** Hashes of every pattern's first three folded symbols (a pattern of two: any third). */
  #prefixes!: Uint8Array;

  /**
   * Candidate ends of the current walk, longest last (reused across walks). A walk meets at most one pattern
   * end per trie level, so `#build` sizes them to the longest pattern and they never grow.
   */
  #candPattern!: Int32Array;
  #candEnd!: Int32Array;

  constructor(data: MatcherData) {
    this.#data = data;
    this.terms = data.termIds;
    this.core = new Set(data.coreIndexes);
    this.#anchors = data.anchorSources;
  }

  /** Decoded on first use, like the trie: a page screened out (most pages) never needs them. */
  #decoded: PatternTables | null = null;
  get #tables(): PatternTables {
    this.#decoded ??= decodeTables(this.#data);
    return this.#decoded;
  }

  get ruleOf(): readonly number[] {
    return this.#tables.ruleOf;
  }

  get rules(): readonly MatchRule[] {
    return this.#tables.decodedRules;
  }

  /**
   * Rebuilds the trie from the front-coded patterns: each pattern's spaced spelling as its line writes it, then
   * its joined ones, each set of its droppable spaces (see `DROPPABLE_SPACE`) left out ("اسلامآباد"). Siblings
   * stay in the order they came, so a joined spelling can go in anywhere.
   */
  #build(): void {
    const source = expandWords(this.#data.patternLines, this.#data.tokens, this.#data.tokenWords);
    // ASCII stand-ins back to the Arabic-script letters they stand for (see `MatcherData.letters`).
    const letterOf = int32s(128);
    const letters = this.#data.letters;
    for (let i = 0; i < letters.length; i++) letterOf[PATTERN_LETTERS.charCodeAt(i)] = letters.charCodeAt(i);
    const capacity = this.#data.trieNodes;
    const rootChild = int32s(0x800);
    const prefixes = new Uint8Array(1 << PREFIX_BITS);
    const symbol = new Uint16Array(capacity);
    const firstChild = int32s(capacity).fill(NONE);
    const nextSibling = int32s(capacity).fill(NONE);
    const accept = int32s(capacity);
    const path = int32s(256); // node at each depth of the previous pattern
    const pathSymbol = int32s(256);
    const marks: number[] = []; // the depths of its droppable spaces
    let nodes = 1;
    let longest = 0;
    /** The child of `node` along `code`, made if there is none. */
    const childFor = (node: number, code: number): number => {
      let child = node === 0 ? (rootChild[code] as number) || NONE : (firstChild[node] as number);
      while (child !== NONE && symbol[child] !== code) child = nextSibling[child] as number;
      if (child !== NONE) return child;
      symbol[nodes] = code;
      if (node === 0) rootChild[code] = nodes;
      else {
        nextSibling[nodes] = firstChild[node] as number;
        firstChild[node] = nodes;
      }
      return nodes++;
    };
    /** Marks the end of a spelling of `pattern` at `node`, `length` long, starting `s0 s1 s2`. */
    const acceptAt = (node: number, pattern: number, length: number, s0: number, s1: number, s2: number) => {
      accept[node] = pattern + 1;
      if (length > longest) longest = length;
      prefixes[prefixHash(s0, s1, length > 2 ? s2 : 0)] = 1;
      // The same word run into a particle ("دکابل", "درکابل") is a candidate too (see `scan`).
      if (s0 >= 0x600)
        for (const particle of PARTICLES)
          prefixes[
            prefixHash(
              particle.charCodeAt(0),
              particle.length > 1 ? particle.charCodeAt(1) : s0,
              particle.length > 1 ? s0 : s1,
            )
          ] = 1;
    };
    const joined = int32s(256);
    for (let i = 0, pattern = 0; i < source.length; pattern++) {
      let depth = source.charCodeAt(i++) - 0x30;
      let node = path[depth] as number;
      while ((marks.at(-1) ?? -1) >= depth) marks.pop();
      for (let c = source.charCodeAt(i); c !== 0x0a; c = source.charCodeAt(++i)) {
        if (c === DROPPABLE) marks.push(depth);
        const code =
          c === 0x20 || c === DROPPABLE
            ? SEP
            : c === 0x27
              ? APOS
              : c < 128 && letterOf[c] !== 0
                ? (letterOf[c] as number)
                : c;
        node = childFor(node, code);
        pathSymbol[depth] = code;
        path[++depth] = node;
      }
      i++; // "\n"
      acceptAt(
        node,
        pattern,
        depth,
        pathSymbol[0] as number,
        pathSymbol[1] as number,
        pathSymbol[2] as number,
      );
      // Its joined spellings: bit b of `drop` set leaves out the droppable space at `marks[b]`.
      for (let drop = 1; drop < 1 << marks.length; drop++) {
        let length = 0;
        node = 0;
        for (let at = 0, bit = 0; at < depth; at++) {
          if (at === marks[bit] && (drop >> bit++) & 1) continue;
          joined[length++] = pathSymbol[at] as number;
          node = childFor(node, pathSymbol[at] as number);
        }
        acceptAt(node, pattern, length, joined[0] as number, joined[1] as number, joined[2] as number);
      }
    }
    this.#rootChild = rootChild;
    this.#prefixes = prefixes;
    this.#symbol = symbol;
    this.#firstChild = firstChild;
    this.#nextSibling = nextSibling;
    this.#accept = accept;
    this.#candPattern = int32s(longest);
    this.#candEnd = int32s(longest);
  }

  /** Compiled on first use, each: most pages need only the first, and the Latin-script one. */
  #firstSign: RegExp | null = null;
  #latinAnchors: RegExp | null = null;
  #arabicAnchors: RegExp | null = null;
  readonly #anchors: AnchorSources;

  /**
   * False when `text` cannot mention any core term (see `anchors.ts`), so a page made of it cannot be about
   * the story. Cheap enough to run on every text node of every page: one native test for a Latin-script
   * anchor or any Arabic-script character, which almost all text fails; only text that passes is tested again
   * to tell which (the Arabic-script anchors' expression is compiled only for a page holding Arabic script).
   */
  mayMentionStory(text: string): boolean {
    const { latin, arabic, classes } = this.#anchors;
    if (latin === '' && arabic === '') return true;
    this.#firstSign ??= anchorRegExp(
      arabic === '' ? latin : latin === '' ? ARABIC_SCRIPT.source : `${latin}|${ARABIC_SCRIPT.source}`,
    );
    if (!this.#firstSign.test(text)) return false;
    if (latin !== '') {
      this.#latinAnchors ??= anchorRegExp(latin);
      if (this.#latinAnchors.test(text)) return true;
    }
    if (arabic === '' || !ARABIC_SCRIPT.test(text)) return false;
    this.#arabicAnchors ??= anchorRegExp(expandAnchors(fromStandIns(arabic, this.#data.letters), classes));
    return this.#arabicAnchors.test(text);
  }

  /** The term index a pattern stands for (≥ 0), or a negative trap / cue marker (see `data.ts`). */
  targetOf(pattern: number): number {
    return pattern < 0 ? OTHER_NAME : (this.#tables.patternTargets[pattern] as number);
  }

  /** A pattern's `FLAG_…` bits (see `data.ts`). */
  flagsOf(pattern: number): number {
    return this.#tables.patternFlags[pattern] as number;
  }

  /**
   * Finds every pattern in `text`, in order and never overlapping, and reports each to `sink`. Where `text`
   * holds `NODE_BREAK`s, `isInline` says which join two parts of one line; without it, every break is a boundary.
   */
  scan(text: string, sink: MatchSink, isInline: InlineQuery | null = null): void {
    if (this.#rootChild === undefined) this.#build();
    const rootChild = this.#rootChild;
    const prefixes = this.#prefixes;
    for (let pos = nextCandidate(text, 0, false, rootChild, prefixes); pos >= 0; ) {
      // After a match the scan goes on from its end; after a failed candidate, inside that candidate's word.
      // A word that begins no pattern may be a particle run into one ("درکابل": see `PARTICLES`).
      pos =
        this.#walk(text, pos, sink, isInline) ||
        (text.charCodeAt(pos) >= 0x600 && this.#walkAfterParticle(text, pos, sink, isInline))
          ? nextCandidate(text, this.#resume, false, rootChild, prefixes)
          : nextCandidate(text, pos + 1, true, rootChild, prefixes);
    }
  }

  /**
   * For a word at `pos` that begins no pattern: when it starts with a particle (the longer first: "در" before
   * "د"; invisible marks and inline breaks between its letters skipped, as the walk skips them), walks from
   * the letter after it.
   */
  #walkAfterParticle(text: string, pos: number, sink: MatchSink, isInline: InlineQuery | null): boolean {
    let letters = '';
    let after = -1;
    for (let i = pos; i < text.length && letters.length < 2; i++) {
      const f = foldAt(text, i);
      if (f === IGNORE || (f === BREAK && isInline?.(i))) continue;
      if (f < OTHER) break;
      letters += text[i];
      if (PARTICLES.has(letters)) after = i + 1;
    }
    return (
      after > 0 && this.#startsWord(text, pos, isInline) && this.#walk(text, after, sink, isInline, true)
    );
  }

  /** Where the scan resumes after a match (its end). */
  #resume = 0;

  /** The child of `node` along folded code `f`, or `NONE`. */
  #childOf(node: number, f: number): number {
    if (node === 0) return this.#rootChild[f] || NONE;
    let child = this.#firstChild[node] as number;
    while (child !== NONE && this.#symbol[child] !== f) child = this.#nextSibling[child] as number;
    return child;
  }

  /**
   * Walks the trie from the word start at `start` (or right after a particle run into it: `afterParticle`).
   * Reports the longest valid pattern to `sink` and returns true, with the position after it in `resume`; or
   * returns false.
   */
  #walk(
    text: string,
    start: number,
    sink: MatchSink,
    isInline: InlineQuery | null,
    afterParticle = false,
  ): boolean {
    const length = text.length;
    let found = 0;
    let node = 0;
    let lastWasSep = false;
    for (let pos = start; pos < length; pos++) {
      const f = foldAt(text, pos);
      if (f === IGNORE) continue;
      if (f === BREAK) {
        // Asking costs a DOM lookup: only when the pattern could go on after the break.
        if (this.#stopsAfterBreak(text, pos, node, lastWasSep) || !isInline?.(pos)) break;
        continue;
      }
      if (f === SEP) {
        if (lastWasSep) continue;
        lastWasSep = true;
      } else {
        lastWasSep = false;
      }
      const child = this.#childOf(node, f);
      if (child === NONE) break;
      node = child;
      if (this.#accept[node] !== 0) {
        this.#candPattern[found] = (this.#accept[node] as number) - 1;
        this.#candEnd[found++] = pos + 1;
      }
    }
    if (found === 0 || !(afterParticle || this.#startsWord(text, start, isInline))) return false;

    // Longest first: the first candidate that ends at a word end and passes its local checks wins.
    for (let k = found - 1; k >= 0; k--) {
      const pattern = this.#candPattern[k] as number;
      const end = this.#candEnd[k] as number;
      if (!this.#endsWord(text, end, isInline)) continue;
      const caseMask = this.#tables.patternCases[pattern] as number;
      // A name of capitalised words is also itself in an all-capitals headline or ticker ("FM DAR IN KABUL"),
      // but not a form with a word in capitals of its own: "THIS IS KHORASAN" is not IS-Khorasan.
      if (
        caseMask >= 0 &&
        !this.#caseFits(text, start, end, caseMask) &&
        !(caseMask === 0 && this.#caseFits(text, start, end, -1))
      )
        continue;
      const flags = this.#tables.patternFlags[pattern] as number;
      const beside =
        (flags & FLAG_NOT_AFTER_NAME && this.#nextToName(text, start, start - 1, -1, isInline)) ||
        (flags & FLAG_NOT_BEFORE_NAME && this.#nextToName(text, start, end, 1, isInline)) ||
        (flags & (FLAG_NOT_AFTER_NAME | FLAG_NOT_BEFORE_NAME) &&
          CITATION.test(text.slice(end, end + 40).replaceAll(NODE_BREAK, '')) &&
          NAMED);
      if (beside) {
        // Someone else's name ("Ahsan Dar", "Wang Wenbin", an author cited by year): reported, as the name alone
        // after it is theirs (see `applyRules`).
        if (beside === NAMED) sink(~pattern, start, end);
        continue;
      }
      if (flags & FLAG_SPACED_ONLY && hyphenated(text.slice(start, end))) continue;
      sink(pattern, start, end);
      this.#resume = end;
      return true;
    }
    return false;
  }

  /**
   * True when the trie walk at `node` would end at the first visible character after the break at `pos`
   * anyway, inline or not: no child there (a run of separators goes on, so it does not count as one).
   */
  #stopsAfterBreak(text: string, pos: number, node: number, lastWasSep: boolean): boolean {
    for (let i = pos + 1; i < text.length; i++) {
      const f = foldAt(text, i);
      if (f === IGNORE || f === BREAK) continue;
      return !(f === SEP && lastWasSep) && this.#childOf(node, f) === NONE;
    }
    return true;
  }

  /**
   * True when no letter or digit comes just before `start` on its line: the scan may try mid-word starts after a
   * node break. Which breaks join a line is asked only when a letter lies beyond them, as each answer costs a DOM
   * lookup and most breaks sit next to spaces or punctuation.
   */
  #startsWord(text: string, start: number, isInline: InlineQuery | null): boolean {
    let i = start - 1;
    let crossed = false;
    for (; i >= 0; i--) {
      const f = foldAt(text, i);
      if (f === BREAK) crossed = true;
      else if (f !== IGNORE) break;
    }
    if (i < 0 || foldAt(text, i) < OTHER) return true;
    return crossed && !this.#allInline(text, i + 1, start, isInline);
  }

  /** True when no letter or digit follows `end` on its line: "Kabul’s" yes, "Kabulov" no. */
  #endsWord(text: string, end: number, isInline: InlineQuery | null): boolean {
    let i = end;
    let crossed = false;
    for (; i < text.length; i++) {
      const f = foldAt(text, i);
      if (f === BREAK) crossed = true;
      else if (f !== IGNORE) break;
    }
    if (i >= text.length || foldAt(text, i) < OTHER) return true;
    return crossed && !this.#allInline(text, end, i, isInline);
  }

  /** True when every node break in [from, to) joins two parts of one line. */
  #allInline(text: string, from: number, to: number, isInline: InlineQuery | null): boolean {
    for (let i = from; i < to; i++) {
      if (foldAt(text, i) === BREAK && !isInline?.(i)) return false;
    }
    return true;
  }

  /**
   * Case-sensitive aliases: each word in capitals (bit set in `caseMask`) or capitalised, as in the alias ("ISKP"
   * yes, "iskp" and "Iskp" no; "Dar" yes, "dar" no). A word ends at any mark that is not a letter (a separator,
   * an apostrophe, an initialism's full stop), not at an invisible mark or an inline element's edge.
   */
  #caseFits(text: string, start: number, end: number, caseMask: number): boolean {
    let word = 0;
    let inWord = false;
    for (let i = start; i < end; i++) {
      const f = foldAt(text, i);
      if (f < FIRST_LETTER) {
        if (inWord && f !== IGNORE && f !== BREAK) {
          inWord = false;
          word++;
        }
        continue;
      }
      const ch = text[i] as string;
      const capital = (caseMask >> word) & 1 || !inWord;
      if (capital ? ch !== ch.toUpperCase() : ch !== ch.toLowerCase()) return false;
      inWord = true;
    }
    return true;
  }

  /**
   * `NAMED` when the word beside a match, past one or more separators, is a capitalised name that is not a title:
   * before it (`step` -1, from `start - 1`) "Farooq Dar" is someone else, while "Minister Dar", "FM Dar",
   * "Pakistan’s Dar", "said Dar" and a sentence-initial "Dar" are fine; after it (`step` 1, from `end`) "Wang
   * Wenbin" is someone else. An element's end between them ends the name (in plain text, a blank line: see
   * `matchText`), and so do a dash between them and a short line before it (see `SHORT_LINE`); a blank line
   * inside one text node is the space a browser shows. Beside a match in Arabic script (`start`: where it
   * begins), a listed given name ("عثمان ڈار"), or `BESIDE` for a Pashto genitive (see `#isName`). 0 when nothing
   * keeps the match off.
   */
  #nextToName(text: string, start: number, from: number, step: 1 | -1, isInline: InlineQuery | null): number {
    let i = from;
    let sawSeparator = false;
    let lineBreak = -1;
    for (; i >= 0 && i < text.length; i += step) {
      const f = foldAt(text, i);
      if (f === IGNORE || (f === BREAK && isInline?.(i))) continue;
      if (f !== SEP) break;
      sawSeparator = true;
      // One line break: a plain-text line's end. More than one is not ("Farooq⏎⏎Dar" inside one text node is a
      // space on the page; in plain text a blank line ends the paragraph before this is asked).
      const c = text.charCodeAt(i);
      if (c === 10) lineBreak = lineBreak === -1 ? i : -2;
      // A dash (U+2010 to U+2015) sets a clause apart: "July – Akhundzada", "Imran Khan — Dar" name no one else.
      if (c >> 3 === 0x2010 >> 3) return 0;
    }
    if (!sawSeparator || i < 0 || i >= text.length || foldAt(text, i) < OTHER) return 0;
    if (
      step < 0 &&
      lineBreak >= 0 &&
      text.slice(text.lastIndexOf('\n', lineBreak - 1) + 1, lineBreak).replaceAll(NODE_BREAK, '').length <
        SHORT_LINE
    )
      return 0;
    let word = '';
    for (; i >= 0 && i < text.length; i += step) {
      const c = text.charCodeAt(i);
      const f = foldCode(c);
      if (f === IGNORE || (f === BREAK && isInline?.(i))) continue;
      if (f < OTHER) {
        if (f === APOS && step < 0) return 0; // "Pakistan’s Dar": the word before is a possessive
        break;
      }
      word = step < 0 ? String.fromCharCode(c) + word : word + String.fromCharCode(c);
    }
    // A name in a script without case (Arabic, judged by the match's first letter) is told by a list of given
    // names, not by capitals.
    const own = text[start] as string;
    return this.#isName(word, own.toUpperCase() === own.toLowerCase());
  }

  /**
   * Beside a name written in capitals: a capitalised word that is not an acronym ("FM", "DPM") nor a listed title
   * ("Minister", "Mr"). Beside one in a script without case (`caseless`): a listed given name ("عثمان"), never a
   * word of another script (a commenter's name on the line before); or a Pashto oblique plural, the "of …" of a
   * genitive ("د طالبانو ډار", the Taliban's fear: ډار is "fear", the minister's name never follows one), but not
   * "او" ("and": "متقي او ډار").
   */
  #isName(word: string, caseless: boolean): number {
    const first = word[0] as string; // never empty: #nextToName starts it at a word's letter
    let key = '';
    for (let i = 0; i < word.length; i++) key += String.fromCharCode(foldAt(word, i));
    if (caseless) return this.#tables.givenNameSet.has(key) ? NAMED : +/[^ا]و$/.test(key) && BESIDE;
    if (first === first.toLowerCase()) return 0; // lower case, or a script without case
    if (word.length >= 2 && word === word.toUpperCase()) return 0;
    return this.#tables.titleSet.has(key) ? 0 : NAMED;
  }
}
