/**
 * The story terms found on a page, kept current as the page changes. Holds every raw match (terms and cue
 * words, each with its text nodes and page offsets), applies the glossary's context rules and drops matches in
 * editable regions, code and preformatted text.
 *
 * Page offsets count the characters read in document order. Text read later (added by the page) gets offsets
 * in a fresh range after everything read so far, so a "within N characters" rule only links text that was read
 * together; "anywhere on the page" rules see everything.
 */
import { TRAP } from '../core/matcher/data';
import type { Matcher } from '../core/matcher/matcher';
import { applyRules, type PageMatch } from '../core/matcher/rules';
import { isAnnotatable, readPageText } from './page-text';

export interface FoundMatch extends PageMatch {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Offsets between separately read batches: farther apart than any "within" rule reaches. */
const BATCH_GAP = 100_000;

export class PageAnnotations {
  /** Every term and cue-word match, in reading order. */
  private raw: FoundMatch[] = [];
  /** The term matches that count: rules met, not in editable regions or code. */
  accepted: FoundMatch[] = [];
  /** Characters read so far (with the gaps between batches). */
  private nextOffset = 0;
  /** Set when a rescan appended matches out of document order. */
  private unordered = false;

  constructor(
    private readonly matcher: Matcher,
    private readonly root: Node,
  ) {}

  /** Reads the whole page again from scratch. */
  scanAll(): void {
    this.raw = [];
    this.nextOffset = this.read(this.root, 0);
    this.resolve();
  }

  /**
   * Reads again the text under `roots` (blocks the page changed), replacing what was found there before, and
   * forgets matches whose text left the page. Call `resolve()` after the last batch.
   */
  rescan(roots: readonly Node[]): void {
    this.raw = this.raw.filter((m) => isLive(m) && !roots.some((root) => root.contains(m.startNode)));
    let offset = this.nextOffset;
    for (const root of roots) if (root.isConnected) offset = this.read(root, offset + BATCH_GAP);
    this.nextOffset = offset;
    this.unordered = true;
  }

  /** Forgets matches whose text nodes were removed or shortened; true when any were. */
  dropDetached(): boolean {
    const before = this.raw.length;
    this.raw = this.raw.filter(isLive);
    if (this.raw.length === before) return false;
    this.resolve();
    return true;
  }

  /** Applies the context rules to what was read; call after `rescan`. */
  resolve(): void {
    // Text read later was appended: put everything back in document order, which cards and jumps rely on.
    if (this.unordered) this.raw.sort(inDocumentOrder);
    this.unordered = false;
    this.accepted = applyRules(this.matcher, this.raw).filter((m) => isAnnotatable(m.startNode));
  }

  /** Reads the text under `root`, page offsets from `base`; returns the offset after it. */
  private read(root: Node, base: number): number {
    const page = readPageText(root);
    const matcher = this.matcher;
    matcher.scan(
      page.text,
      (pattern, start, end) => {
        const target = matcher.targetOf(pattern);
        if (target === TRAP) return;
        const first = page.nodeIndexAt(start);
        const last = page.nodeIndexAt(end - 1);
        this.raw.push({
          pattern,
          target,
          start: base + start,
          end: base + end,
          startNode: page.nodes[first] as Text,
          startOffset: page.offsetIn(first, start),
          endNode: page.nodes[last] as Text,
          endOffset: page.offsetIn(last, end),
        });
      },
      page.isInline,
    );
    return base + page.text.length;
  }
}

/** True while the match's text is still on the page and long enough to hold it. */
function isLive(m: FoundMatch): boolean {
  return m.startNode.isConnected && m.endNode.isConnected && m.endOffset <= m.endNode.length;
}

function inDocumentOrder(a: FoundMatch, b: FoundMatch): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
