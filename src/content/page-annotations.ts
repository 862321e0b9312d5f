/**
 * The story terms found on a page, kept current as the page changes. Holds every raw match (terms and cue
 * words, each with its text nodes and page offsets), applies the glossary's context rules and drops matches in
 * editable regions, code and preformatted text.
 *
 * Page offsets count the characters read in document order; where one text node ends and the next begins
 * counts nothing, so a "within N characters" rule reads a paragraph cut into many elements as it reads plain
 * text. Text read later (added by the page) gets offsets in a fresh range after everything read so far, so a
 * "within N characters" rule only links text that was read together; "anywhere on the page" rules see
 * everything.
 */
import { TRAP } from '../core/matcher/data';
import type { Matcher } from '../core/matcher/matcher';
import { applyRules, type PageMatch } from '../core/matcher/rules';
import { isAnnotatable, PageReader, PageScreen, type PageText, readPageText } from './page-text';

/** A match placed in the page: its ends named as a `StaticRange` names them, so it is its own range's init. */
export interface FoundMatch extends PageMatch, StaticRangeInit {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Characters per chunk of a full read: a few milliseconds of work, so a huge page is read across tasks. */
const CHUNK_CHARS = 50_000;
/**
 * The first chunk of a read is smaller, and each next one twice as big up to `CHUNK_CHARS`: the engine runs our
 * code slowly until it has compiled it, so a first chunk of full size would be a slice several times too long.
 */
const FIRST_CHUNK_CHARS = 3_000;

/** Offsets between separately read batches: farther apart than any "within" rule reaches. */
const BATCH_GAP = 100_000;

export class PageAnnotations {
  readonly #matcher: Matcher;
  readonly #root: Node;
  /** Every term and cue-word match, in reading order. */
  #raw: FoundMatch[] = [];
  /** The term matches that count: rules met, not in editable regions or code. */
  accepted: FoundMatch[] = [];
  /** Characters read so far (with the gaps between batches). */
  #nextOffset = 0;
  /** Set when a rescan appended matches out of document order. */
  #unordered = false;

  constructor(matcher: Matcher, root: Node) {
    this.#matcher = matcher;
    this.#root = root;
  }

  #reader: PageReader | null = null;
  /** The size of the next chunk this read asks for (see `FIRST_CHUNK_CHARS`). */
  #chunkChars = FIRST_CHUNK_CHARS;

  /** Forgets every match. */
  clear(): void {
    this.#raw = [];
    this.accepted = [];
    this.#reader = null;
    this.#screen = null;
  }

  /** While screening (see `beginScan`): the screen under way, before any chunk is read. */
  #screen: PageScreen | null = null;
  /**
   * After a screened read, until the next read begins: true when no part of the page mentioned a core name, so
   * nothing was matched (`clear` leaves it: what it forgets is what earlier reads found).
   */
  screenedOut = false;

  /**
   * Starts reading the whole page again; go on with `scanStep` until it returns true, then `resolve`. With
   * `screen`, the page's text is first only tested, node by node, for the story's core names (see
   * `PageScreen`): a page where none appears is never read into chunks nor matched at all (see
   * `screenedOut`); one where a name appears is then read and matched from its start.
   */
  beginScan(screen = false): void {
    this.#chunkChars = FIRST_CHUNK_CHARS;
    this.#raw = [];
    this.#nextOffset = 0;
    this.#unordered = false;
    this.screenedOut = false;
    this.#screen = screen ? new PageScreen(this.#root, (text) => this.#matcher.mayMentionStory(text)) : null;
    this.#reader = screen ? null : new PageReader(this.#root);
  }

  /** Screens, or reads and scans, the next chunk of the page; true when the whole page is done. */
  scanStep(): boolean {
    const chunkChars = this.#chunkChars;
    this.#chunkChars = Math.min(2 * chunkChars, CHUNK_CHARS);
    if (this.#screen !== null) {
      const passed = this.#screen.next(chunkChars);
      if (passed === false) return false;
      this.#screen = null;
      if (passed === null) {
        this.screenedOut = true;
        return true;
      }
      // The matcher's code runs for the first time now: start again with a small chunk.
      this.#chunkChars = FIRST_CHUNK_CHARS;
      this.#reader = new PageReader(this.#root);
      return false;
    }
    const chunk = this.#reader?.next(chunkChars) ?? null;
    if (chunk === null) {
      this.#reader = null;
      return true;
    }
    this.#scanChunk(chunk);
    return false;
  }

  /** Chunks end between lines: offsets run on as if the page were one text. */
  #scanChunk(chunk: PageText): void {
    this.#nextOffset = this.#scanText(chunk, this.#nextOffset);
  }

  /**
   * Reads again the text under `roots` (blocks the page changed), replacing what was found there before, and
   * forgets matches whose text left the page. Call `resolve()` after the last batch.
   */
  rescan(roots: readonly Node[]): void {
    this.#raw = this.#raw.filter((m) => isLive(m) && !roots.some((root) => root.contains(m.startContainer)));
    let offset = this.#nextOffset;
    for (const root of roots)
      if (root.isConnected) offset = this.#scanText(readPageText(root), offset + BATCH_GAP);
    this.#nextOffset = offset;
    this.#unordered = true;
  }

  /** Forgets matches whose text nodes were removed or shortened; true when any were. */
  dropDetached(): boolean {
    const before = this.#raw.length;
    this.#raw = this.#raw.filter(isLive);
    if (this.#raw.length === before) return false;
    this.resolve();
    return true;
  }

  /** Applies the context rules to what was read; call after `rescan`. */
  resolve(): void {
    // Text read later was appended: put everything back in document order, which cards and jumps rely on.
    if (this.#unordered) this.#raw.sort(inDocumentOrder);
    this.#unordered = false;
    this.accepted = applyRules(this.#matcher, this.#raw).filter((m) => isAnnotatable(m.startContainer));
  }

  /** Scans one read text, page offsets from `base`; returns the offset after it. */
  #scanText(page: PageText, base: number): number {
    const matcher = this.#matcher;
    matcher.scan(
      page.text,
      (pattern, start, end) => {
        const target = matcher.targetOf(pattern);
        if (target === TRAP) return;
        const first = page.nodeIndexAt(start);
        const last = page.nodeIndexAt(end - 1);
        this.#raw.push({
          pattern,
          target,
          // Node breaks are markup, not text: they do not count (a "within N characters" rule must not
          // depend on how many elements a paragraph is cut into).
          start: base + start - first,
          end: base + end - last,
          startContainer: page.nodeAt(first),
          startOffset: page.offsetIn(first, start),
          endContainer: page.nodeAt(last),
          endOffset: page.offsetIn(last, end),
        });
      },
      page.isInline,
    );
    // The text's characters without the breaks between its nodes.
    return base + page.text.length - Math.max(page.nodeCount - 1, 0);
  }
}

/** True while the match's text is still on the page and long enough to hold it. */
function isLive(m: FoundMatch): boolean {
  return m.startContainer.isConnected && m.endContainer.isConnected && m.endOffset <= m.endContainer.length;
}

function inDocumentOrder(a: FoundMatch, b: FoundMatch): number {
  const first = a.startContainer;
  const second = b.startContainer;
  if (first === second) return a.startOffset - b.startOffset;
  return first.compareDocumentPosition(second) & FOLLOWING ? -1 : 1;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, written as its value: the content script has a byte budget. */
const FOLLOWING = 4;

/**
 * Reads the whole page again from scratch in one go, rules applied: for Node tools and tests. The content script
 * reads in slices (see `ContentApp`), so this stays out of its bundle.
 */
export function scanWholePage(annotations: PageAnnotations): void {
  annotations.beginScan();
  while (!annotations.scanStep()) {}
  annotations.resolve();
}
