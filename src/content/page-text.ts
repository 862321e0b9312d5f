/**
 * Reads a page's text the way the matcher needs it: one string, the text nodes' data joined with `NODE_BREAK`.
 * The matcher asks back (`isInline`) only at the few breaks a term might run across ("Tehrik-i-" +
 * "<em>Taliban</em>"): most of a page is read with no DOM call beyond the walk itself.
 *
 * One TreeWalker pass over text nodes, as close as possible to the cheapest read of a page's text: it reads
 * every text node and looks at nothing else. Scripts, styles, code, form fields and editable regions are
 * ruled out for the few nodes where a term is found (see `isAnnotatable`), not for every node. The one
 * exception is cheap and pays for itself: the long raw text of inline styles and scripts (a fifth of the
 * characters of the benchmark's large page, built from real news pages) is dropped before it is joined and scanned.
 * It keeps every node's text but only one node in eight: the nodes of the few places where a term is found are
 * walked to again from there (see `PageText.nodeAt`).
 */
import { foldAt, IGNORE, isWordCode, NODE_BREAK, SEP } from '../core/matcher/fold';

/**
 * Elements that flow inside a line: a term may run across them. Any other element ends a line. Not `<sup>`: it
 * holds footnote marks set right after a word ("Kabul<sup>11</sup>"), never the rest of a name.
 */
const INLINE = new Set(
  'A ABBR B BDI BDO CITE DATA DEL DFN EM FONT I INS LABEL MARK Q S SMALL SPAN STRONG SUB TIME U VAR'.split(
    ' ',
  ),
);

/**
 * Where text is never highlighted: not prose (scripts, styles, code, form fields) or not ours to touch
 * (editable regions). Checked per match, not per text node: the walk reads every text node, which is far
 * cheaper than looking at each node's ancestors, and matches are few.
 */
const OFF_LIMITS_SELECTOR =
  'script,style,noscript,template,textarea,select,option,code,pre,kbd,samp,svg,math,iframe,object,[contenteditable]:not([contenteditable="false"])';

export class PageText {
  /**
   * The nodes' data joined with `NODE_BREAK`. One flat string: the scan reads it far faster than the nodes'
   * own strings one by one, which are stored in several ways the engine must tell apart at every read.
   */
  readonly text: string;
  /** How many text nodes `text` joins. */
  readonly nodeCount: number;
  readonly #parts: readonly string[];
  /** Where each node's data starts in `text`: worked out only for the few chunks where a term is found. */
  #starts: Int32Array | null = null;
  /** The nodes of the blocks looked up so far (see `nodeAt`), by block. */
  readonly #blocks: (Text[] | undefined)[] = [];
  #walker: TreeWalker | null = null;
  /** Every `LANDMARK_EVERY`-th node of the walk. */
  readonly #landmarks: readonly Text[];
  /** The walk's indexes (ascending) of the nodes whose data was left out of `parts` (raw text). */
  readonly #skipped: readonly number[];
  /** The walk's root. */
  readonly #root: Node;

  constructor(parts: string[], landmarks: readonly Text[], skipped: readonly number[], root: Node) {
    this.#parts = parts;
    this.#landmarks = landmarks;
    this.#skipped = skipped;
    this.#root = root;
    this.nodeCount = parts.length;
    this.text = parts.join(NODE_BREAK);
  }

  /**
   * The text node whose data is part `index` of `text`. Only every few nodes is kept while reading (holding
   * on to all of a page's nodes costs the engine more than the walk itself); the rest are found again from the
   * landmark before them, a block at a time. So a `PageText` is only good until the page changes: look up its
   * nodes in the task that read it.
   */
  nodeAt(index: number): Text {
    let walked = index;
    for (const skip of this.#skipped) {
      if (skip > walked) break;
      walked++;
    }
    const block = walked >>> LANDMARK_SHIFT;
    const nodes = this.#blocks[block] ?? this.#walkBlock(block);
    return nodes[walked & (LANDMARK_EVERY - 1)] as Text;
  }

  #walkBlock(block: number): Text[] {
    const first = this.#landmarks[block] as Text;
    this.#walker ??= textWalker(this.#root);
    const walker = this.#walker;
    walker.currentNode = first;
    const nodes = [first];
    for (let i = 1; i < LANDMARK_EVERY; i++) {
      const node = walker.nextNode() as Text | null;
      if (node === null) break;
      nodes.push(node);
    }
    this.#blocks[block] = nodes;
    return nodes;
  }

  /** The index of the node holding position `pos` (a break belongs to the node before it). */
  nodeIndexAt(pos: number): number {
    const starts = this.#nodeStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The offset of position `pos` inside node `index`. */
  offsetIn(index: number, pos: number): number {
    return pos - (this.#nodeStarts()[index] as number);
  }

  /** For the break at `pos`: true when the nodes on either side share a line. */
  readonly isInline = (pos: number): boolean => {
    const after = this.nodeIndexAt(pos + 1);
    return after > 0 && after < this.nodeCount && sameLine(this.nodeAt(after - 1), this.nodeAt(after));
  };

  #nodeStarts(): Int32Array {
    if (this.#starts !== null) return this.#starts;
    const starts = new Int32Array(this.#parts.length);
    let at = 0;
    for (let i = 0; i < this.#parts.length; i++) {
      starts[i] = at;
      at += (this.#parts[i] as string).length + 1;
    }
    this.#starts = starts;
    return starts;
  }
}

/** One node in this many is kept while reading, as a landmark to find the others again (a power of two). */
const LANDMARK_SHIFT = 3;
const LANDMARK_EVERY = 1 << LANDMARK_SHIFT;

/** No limit: a whole root in one chunk (a small integer, not Infinity, keeps the read loop's sums on integers). */
const MAX_CHUNK = 0x3fffffff;

/** What a chunk's read collects: see `PageText`. */
interface ChunkParts {
  nodeTexts: string[];
  landmarks: Text[];
  /** The nodes whose data is longer than `LONG_TEXT`, in order: perhaps raw text, to be left out. */
  longNodes: Text[];
}

/**
 * Walks the text under a root (skipping scripts, styles, form fields, code) a chunk at a time, so a huge page
 * can be read across several tasks. Chunks end only between lines, never inside one, so no term is cut.
 */
export class PageReader {
  readonly #root: Node;
  readonly #walker: TreeWalker;
  /** The first node of the next chunk, read while looking for the end of the last one. */
  #pending: Text | null = null;

  constructor(root: Node) {
    this.#root = root;
    this.#walker = textWalker(root);
  }

  /** The next chunk of about `maxChars` characters or more (to the end of its line); `null` at the end. */
  next(maxChars = MAX_CHUNK): PageText | null {
    const walker = this.#walker;
    const first = this.#pending ?? (walker.nextNode() as Text | null);
    this.#pending = null;
    if (first === null) return null;
    const chunk: ChunkParts = { nodeTexts: [], landmarks: [], longNodes: [] };
    let last = readNodes(walker, first, chunk, maxChars);
    if (last !== null) {
      // Read on to the end of the line, so no term is cut in two.
      for (
        let node = walker.nextNode() as Text | null;
        node !== null;
        node = walker.nextNode() as Text | null
      ) {
        if (!sameLine(last, node)) {
          this.#pending = node;
          break;
        }
        keepNode(chunk, node, node.data);
        last = node;
      }
    }
    const skipped = dropRawText(chunk.nodeTexts, chunk.longNodes);
    return new PageText(chunk.nodeTexts, chunk.landmarks, skipped, this.#root);
  }
}

/** Adds one node to a chunk (outside the read loop, which does the same inline). */
function keepNode(chunk: ChunkParts, node: Text, data: string): void {
  if ((chunk.nodeTexts.length & (LANDMARK_EVERY - 1)) === 0) chunk.landmarks.push(node);
  if (data.length > LONG_TEXT) chunk.longNodes.push(node);
  chunk.nodeTexts.push(data);
}

/**
 * Looks through the text under a root, a chunk at a time, for a sign of the story (`mayMention`: native
 * tests, see `Matcher.mayMentionStory`), one text node at a time. Nothing is kept and nothing joined, so a page
 * that is not about the story (most pages) costs little more than the walk itself; a page that passes is then
 * read from its start by `PageReader`.
 *
 * A node that ends in a word ("Tehreek-e-", "Taliban ") may end inside a name that the next nodes finish
 * ("Tehreek-e-<em>Taliban</em> Pakistan"): its last characters are carried, and tested again with the start of
 * each next node that fails alone, so markup that cuts the only whole name on a page does not turn it away.
 */
export class PageScreen {
  readonly #walker: TreeWalker;
  readonly #mayMention: (text: string) => boolean;
  /** The end of the last node screened, when a name may run on from it into the next; else ''. */
  #carried = '';

  constructor(root: Node, mayMention: (text: string) => boolean) {
    this.#mayMention = mayMention;
    this.#walker = textWalker(root);
  }

  /**
   * Screens about `maxChars` more characters: true when a node passed, false when none has so far, `null` at
   * the end of the text with none passed. Long raw text (style sheets, scripts) never passes, as the reader
   * leaves it out; whether a node is raw text is asked only of nodes that passed.
   */
  next(maxChars: number): boolean | null {
    const walker = this.#walker;
    let chars = 0;
    let carried = this.#carried;
    for (
      let node = walker.nextNode() as Text | null;
      node !== null;
      node = walker.nextNode() as Text | null
    ) {
      const data = node.data;
      chars += data.length + 1;
      if (this.#mayMention(data) && !isRawText(node, data)) return true;
      // Only nodes that fail go on to what was carried. A node of white space alone (most nodes: the space
      // between elements) neither finishes a name nor ends one: what was carried goes on, a space after it.
      const text = data.trimEnd();
      if (text === '') {
        if (carried !== '' && carried.charCodeAt(carried.length - 1) !== 0x20) carried += ' ';
      } else {
        if (
          carried !== '' &&
          this.#mayMention(carried + data.slice(0, CARRIED_CHARS)) &&
          !isRawText(node, data)
        )
          return true;
        if (!endsInWord(text)) carried = '';
        else {
          // Its end, with one space for any it had: a long run of white space must not push the word out.
          const end = text.length < data.length ? `${text} ` : text;
          carried = (end.length >= CARRIED_CHARS ? end : carried + end).slice(-CARRIED_CHARS);
        }
      }
      if (chars >= maxChars) {
        this.#carried = carried;
        return false;
      }
    }
    return null;
  }
}

/** As many characters as the longest name the screen keys on, with room for the spaces of wrapped markup. */
const CARRIED_CHARS = 48;

/**
 * True when `text` (not empty, trimmed) ends in a word, or a word and a hyphen or dash ("Tehreek-e-"), as the
 * matcher folds them, or is one such mark alone (a dash, or the zero-width non-joiner inside "هبت‌الله", in an
 * element of its own): a name may run on into the next node. A mark the matcher ignores (a diacritic, a joiner)
 * stands for the letter before it, as in "اسحٰ" cut from "اسحٰق ڈار", and alone passes the carry on. Two or three
 * characters looked at: reading a node's characters one by one from script (to walk back over its white space,
 * say) cost more than the whole screen.
 */
function endsInWord(text: string): boolean {
  let last = text.length - 1;
  let f = foldAt(text, last);
  if (f === IGNORE) {
    if (last === 0) return true;
    f = foldAt(text, --last);
  }
  return isWordCode(f) || (f === SEP && (last === 0 || isWordCode(foldAt(text, last - 1))));
}

/** `Node.ELEMENT_NODE`, written as its value: the content script has a byte budget. */
export const ELEMENT_NODE = 1;

/** A walk over the text nodes under `root`, in document order. */
function textWalker(root: Node): TreeWalker {
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
}

/** Text this long is worth one DOM lookup to see whether it is a style sheet or a script. */
const LONG_TEXT = 256;

/** Elements whose text is code or markup, never prose: never shown as text, never highlighted. */
const RAW_TEXT = new Set('STYLE SCRIPT NOSCRIPT'.split(' '));

/**
 * Removes the long text of `<style>`, `<script>` and `<noscript>` from a chunk's parts, in place; returns the
 * indexes (in the walk) of the parts removed. A pass over the parts' lengths apart from the read loop, so the
 * loop itself stays free of DOM lookups; `longNodes` are the nodes of the long parts, in order.
 */
function dropRawText(parts: string[], longNodes: readonly Text[]): number[] {
  const skipped: number[] = [];
  if (longNodes.length === 0) return skipped;
  let kept = 0;
  let long = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.length > LONG_TEXT && isRawText(longNodes[long++] as Text, part)) {
      skipped.push(i);
      continue;
    }
    parts[kept++] = part;
  }
  parts.length = kept;
  return skipped;
}

/** True for the long text of a `<style>`, `<script>` or `<noscript>` (`data`: the node's text). */
function isRawText(node: Text, data: string): boolean {
  return data.length > LONG_TEXT && RAW_TEXT.has(node.parentNode?.nodeName ?? '');
}

/**
 * Reads text nodes from `first` on into `chunk` until `maxChars` characters; returns the last node read when it
 * stopped there, or `null` at the end of the page. Kept apart, with no DOM call but the walk's: this loop runs
 * once per text node of the page, and the engine compiles it best alone (a rarely taken DOM path inside it,
 * like the line check, would throw its compiled code away). It keeps the nodes' data, but only one node in
 * `LANDMARK_EVERY`: see `PageText.nodeAt`.
 */
function readNodes(walker: TreeWalker, first: Text, chunk: ChunkParts, maxChars: number): Text | null {
  const { nodeTexts: parts, landmarks, longNodes } = chunk;
  let chars = 0;
  for (let node: Text | null = first; node !== null; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if ((parts.length & (LANDMARK_EVERY - 1)) === 0) landmarks.push(node);
    if (data.length > LONG_TEXT) longNodes.push(node);
    parts.push(data);
    chars += data.length + 1;
    if (chars >= maxChars) return node;
  }
  return null;
}

/** All the readable text under `root`, as one `PageText`. */
export function readPageText(root: Node): PageText {
  return new PageReader(root).next() ?? new PageText([], [], [], root);
}

/** True when two text nodes, in document order, are parts of one line of text. */
export function sameLine(a: Text, b: Text): boolean {
  if (a.nextSibling === b) return true;
  const next = a.nextSibling;
  if (next !== null && next.nodeName === 'BR') return false;
  const pa = a.parentNode;
  const pb = b.parentNode;
  return pa !== null && pb !== null && blockOf(pa) === blockOf(pb);
}

/** The nearest ancestor that is not an inline element: the block whose line the text belongs to. */
export function blockOf(node: Node): Node {
  let current: Node = node;
  while (INLINE.has(current.nodeName) && current.parentNode !== null) current = current.parentNode;
  return current;
}

/**
 * False for text inside an editable region, <code> or <pre>, anywhere up the tree. Attributes only: asking
 * `isContentEditable` makes the browser compute the page's styles, which on a fresh page costs more than the
 * whole annotation.
 */
export function isAnnotatable(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return (
    element !== null &&
    element.closest(OFF_LIMITS_SELECTOR) === null &&
    element.ownerDocument.designMode !== 'on'
  );
}
