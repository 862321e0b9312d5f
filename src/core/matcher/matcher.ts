/**
 * The run-time matcher: finds every alias, trap and cue word in a run of text in one pass.
 *
 * A "run" is the text of one block as the page splits it into text nodes ("Tehrik-i-", "Taliban", " Pakistan"
 * when the middle word is in <em>); matches may span those pieces. A match starts only at a word start and ends
 * at a word end (never inside "Kabulov" or "Darfur"; "Kabul’s" is fine), and at each word start the longest
 * pattern that fits wins, so "Tehrik-i-Taliban Pakistan" is the TTP and not the Taliban plus noise.
 *
 * The scan reads each code unit once through the fold table (see `fold.ts`); at a word start whose first letter
 * can begin a pattern it walks a trie. Walks almost always end after a letter or two. A walk that fails goes back
 * to where it began, so every word start is tried.
 */
import { FLAG_NOT_AFTER_NAME, type MatcherData, type MatchRule } from './data';
import { APOS, FIRST_LETTER, foldCode, IGNORE, OTHER, SEP } from './fold';

/** Receives each match in a run: pattern index and [start, end) as (segment, offset) pairs. */
export type MatchSink = (
  pattern: number,
  startSeg: number,
  startOff: number,
  endSeg: number,
  endOff: number,
) => void;

const NONE = -1;

export class Matcher {
  readonly terms: readonly string[];
  readonly core: ReadonlySet<number>;
  readonly targets: readonly number[];
  readonly ruleOf: readonly number[];
  readonly rules: readonly MatchRule[];

  /** Trie: the root's children by folded code, then first-child / next-sibling lists sorted by symbol. */
  private readonly rootChild = new Int32Array(0x800);
  private readonly symbol: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  /** 1 + the pattern index ending at a node, or 0. */
  private readonly accept: Int32Array;
  private readonly flags: readonly number[];
  private readonly caseForms: Readonly<Record<number, string>>;
  private readonly titles: ReadonlySet<string>;

  /** Candidate ends of the current walk, longest last (reused across walks). */
  private candPattern = new Int32Array(64);
  private candSeg = new Int32Array(64);
  private candOff = new Int32Array(64);

  constructor(data: MatcherData) {
    this.terms = data.terms;
    this.core = new Set(data.core);
    this.targets = data.targets;
    this.ruleOf = data.ruleOf;
    this.rules = data.rules;
    this.flags = data.flags;
    this.caseForms = data.caseForms;
    this.titles = new Set(data.titles);

    // Rebuild the trie from the sorted, front-coded patterns: one pass, appending each new node as the last
    // child of its parent (sorted input keeps sibling lists sorted).
    const source = data.patterns;
    const capacity = source.length + 1;
    this.symbol = new Uint16Array(capacity);
    this.firstChild = new Int32Array(capacity).fill(NONE);
    this.nextSibling = new Int32Array(capacity).fill(NONE);
    this.accept = new Int32Array(capacity);
    const lastChild = new Int32Array(capacity).fill(NONE);
    const path = new Int32Array(256); // node at each depth of the previous pattern
    let nodes = 1;
    let pattern = 0;
    let i = 0;
    while (i < source.length) {
      let depth = source.charCodeAt(i++) - 0x30;
      let node = path[depth] as number;
      for (let c = source.charCodeAt(i); c !== 0x0a; c = source.charCodeAt(++i)) {
        const code = c === 0x20 ? SEP : c === 0x27 ? APOS : c;
        const child = nodes++;
        this.symbol[child] = code;
        if (node === 0) this.rootChild[code] = child;
        else if (lastChild[node] === NONE) this.firstChild[node] = child;
        else this.nextSibling[lastChild[node] as number] = child;
        lastChild[node] = child;
        node = child;
        path[++depth] = node;
      }
      i++; // "\n"
      this.accept[node] = ++pattern;
    }
  }

  /** The term index a pattern stands for (≥ 0), or a negative trap / cue marker (see `data.ts`). */
  targetOf(pattern: number): number {
    return this.targets[pattern] as number;
  }

  /**
   * Finds every pattern in one run of text. `segments` are the run's pieces in order (text nodes' data);
   * matches are reported to `sink` in order, never overlapping.
   */
  scanRun(segments: ArrayLike<string>, sink: MatchSink): void {
    const count = segments.length;
    const rootChild = this.rootChild;
    let seg = 0;
    let off = 0;
    let inWord = false;
    while (seg < count) {
      const text = segments[seg] as string;
      const length = text.length;
      while (off < length) {
        const c = text.charCodeAt(off);
        const f = foldCode(c);
        if (f >= OTHER) {
          if (!inWord) {
            inWord = true;
            const child = rootChild[f] as number;
            if (child !== 0 && this.walk(segments, seg, off, child, sink)) {
              // Resume right after the match; the walk left its end in `resumeSeg`/`resumeOff`.
              if (this.resumeSeg !== seg) break;
              off = this.resumeOff;
              continue;
            }
          }
        } else if (f !== IGNORE) {
          inWord = false;
        }
        off++;
      }
      if (off < length) {
        // Jumped to a later segment after a match that ended there.
        seg = this.resumeSeg;
        off = this.resumeOff;
        continue;
      }
      seg++;
      off = 0;
    }
  }

  private resumeSeg = 0;
  private resumeOff = 0;

  /**
   * Walks the trie from `node` (already past the letter at `seg`/`off`). Reports the longest valid pattern to
   * `sink` and returns true, with the position after it in `resumeSeg`/`resumeOff`; or returns false.
   */
  private walk(
    segments: ArrayLike<string>,
    startSeg: number,
    startOff: number,
    node: number,
    sink: MatchSink,
  ): boolean {
    let found = 0;
    let seg = startSeg;
    let off = startOff + 1;
    if (this.accept[node] !== 0) found = this.pushCandidate(found, node, seg, off);
    let lastWasSep = false;
    const count = segments.length;
    outer: while (seg < count) {
      const text = segments[seg] as string;
      const length = text.length;
      for (; off < length; off++) {
        const f = foldCode(text.charCodeAt(off));
        if (f === IGNORE) continue;
        if (f === SEP) {
          if (lastWasSep) continue;
          lastWasSep = true;
        } else {
          lastWasSep = false;
        }
        let child = this.firstChild[node] as number;
        while (child !== NONE && (this.symbol[child] as number) < f)
          child = this.nextSibling[child] as number;
        if (child === NONE || this.symbol[child] !== f) break outer;
        node = child;
        if (this.accept[node] !== 0) found = this.pushCandidate(found, node, seg, off + 1);
      }
      seg++;
      off = 0;
    }

    // Longest first: the first candidate that ends at a word end and passes its local checks wins.
    for (let k = found - 1; k >= 0; k--) {
      const pattern = this.candPattern[k] as number;
      const endSeg = this.candSeg[k] as number;
      const endOff = this.candOff[k] as number;
      if (!this.endsAtWordEnd(segments, endSeg, endOff)) continue;
      const caseForm = this.caseForms[pattern];
      if (caseForm !== undefined && !this.caseFits(segments, startSeg, startOff, endSeg, endOff, caseForm))
        continue;
      if (
        (this.flags[pattern] as number) & FLAG_NOT_AFTER_NAME &&
        this.followsName(segments, startSeg, startOff)
      ) {
        continue;
      }
      sink(pattern, startSeg, startOff, endSeg, endOff);
      this.resumeSeg = endSeg;
      this.resumeOff = endOff;
      return true;
    }
    return false;
  }

  private pushCandidate(found: number, node: number, seg: number, off: number): number {
    if (found === this.candPattern.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.candPattern = grow(this.candPattern);
      this.candSeg = grow(this.candSeg);
      this.candOff = grow(this.candOff);
    }
    this.candPattern[found] = (this.accept[node] as number) - 1;
    this.candSeg[found] = seg;
    this.candOff[found] = off;
    return found + 1;
  }

  /** True when no letter or digit follows (skipping invisible code units): "Kabul’s" yes, "Kabulov" no. */
  private endsAtWordEnd(segments: ArrayLike<string>, seg: number, off: number): boolean {
    for (; seg < segments.length; seg++, off = 0) {
      const text = segments[seg] as string;
      for (; off < text.length; off++) {
        const f = foldCode(text.charCodeAt(off));
        if (f !== IGNORE) return f < OTHER;
      }
    }
    return true;
  }

  /** Case-sensitive aliases: each letter's case as in the alias ("TTP" yes, "ttp" and "Ttp" no). */
  private caseFits(
    segments: ArrayLike<string>,
    seg: number,
    off: number,
    endSeg: number,
    endOff: number,
    caseForm: string,
  ): boolean {
    let k = 0;
    for (; seg <= endSeg; seg++, off = 0) {
      const text = segments[seg] as string;
      const stop = seg === endSeg ? endOff : text.length;
      for (; off < stop; off++) {
        if (foldCode(text.charCodeAt(off)) < FIRST_LETTER) continue;
        const expected = caseForm[k++];
        const actual = text[off] as string;
        if (expected === undefined) return false;
        if (expected !== expected.toLowerCase() && actual === actual.toLowerCase()) return false;
        if (expected !== expected.toUpperCase() && actual === actual.toUpperCase()) return false;
      }
    }
    return k === caseForm.length;
  }

  /**
   * True when the word just before is a capitalised name that is not a title: "Farooq Dar" is someone else,
   * while "Minister Dar", "FM Dar", "Pakistan’s Dar", "said Dar" and a sentence-initial "Dar" are fine.
   */
  private followsName(segments: ArrayLike<string>, seg: number, off: number): boolean {
    // Step back over one run of separators; anything else before the match (punctuation, run start) is fine.
    let sawSeparator = false;
    let word = '';
    let before = NONE; // fold code of the character before the word
    for (; seg >= 0; seg--, off = seg >= 0 ? (segments[seg] as string).length : 0) {
      const text = segments[seg] as string;
      while (off > 0) {
        const c = text.charCodeAt(--off);
        const f = foldCode(c);
        if (f === IGNORE) continue;
        if (word === '') {
          if (f === SEP && !sawSeparator) {
            sawSeparator = true;
            continue;
          }
          if (f === SEP) continue;
          if (!sawSeparator || f < OTHER) return false;
        } else if (f < OTHER) {
          before = f;
          seg = -1;
          break;
        }
        word = String.fromCharCode(c) + word;
      }
      if (seg < 0) break;
    }
    if (word === '') return false;
    if (before === APOS) return false; // "Pakistan’s Dar": the word before is a possessive
    const first = word[0] as string;
    if (first === first.toLowerCase()) return false; // "said Dar"; also scripts without case
    if (word.length >= 2 && word === word.toUpperCase()) return false; // "FM Dar", "DPM Dar"
    let key = '';
    for (let i = 0; i < word.length; i++) key += String.fromCharCode(foldCode(word.charCodeAt(i)));
    return !this.titles.has(key);
  }
}
