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
 */
import { NODE_BREAK } from '../core/matcher/fold';

/** Elements that flow inside a line: a term may run across them. Any other element ends a line. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

/**
 * Where text is never highlighted: not prose (scripts, styles, code, form fields) or not ours to touch
 * (editable regions). Checked per match, not per text node: the walk reads every text node, which is far
 * cheaper than looking at each node's ancestors, and matches are few.
 */
const OFF_LIMITS_SELECTOR =
  'script, style, noscript, template, textarea, select, option, code, pre, kbd, samp, svg, math, iframe, object, [contenteditable]:not([contenteditable="false"])';

export class PageText {
  /**
   * The nodes' data joined with `NODE_BREAK`. One flat string: the scan reads it far faster than the nodes'
   * own strings one by one, which are stored in several ways the engine must tell apart at every read.
   */
  readonly text: string;
  readonly nodes: readonly Text[];
  /** Where each node's data starts in `text`: worked out only for the few chunks where a term is found. */
  private starts: Int32Array | null = null;
  private readonly parts: readonly string[];

  constructor(nodes: Text[], parts: string[]) {
    this.nodes = nodes;
    this.parts = parts;
    this.text = parts.join(NODE_BREAK);
  }

  /** The index of the node holding position `pos` (a break belongs to the node before it). */
  nodeIndexAt(pos: number): number {
    const starts = this.nodeStarts();
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
    return pos - (this.nodeStarts()[index] as number);
  }

  /** For the break at `pos`: true when the nodes on either side share a line. */
  readonly isInline = (pos: number): boolean => {
    const after = this.nodeIndexAt(pos + 1);
    const a = this.nodes[after - 1];
    const b = this.nodes[after];
    return a !== undefined && b !== undefined && sameLine(a, b);
  };

  private nodeStarts(): Int32Array {
    if (this.starts !== null) return this.starts;
    const starts = new Int32Array(this.parts.length);
    let at = 0;
    for (let i = 0; i < this.parts.length; i++) {
      starts[i] = at;
      at += (this.parts[i] as string).length + 1;
    }
    this.starts = starts;
    return starts;
  }
}

/** No limit: a whole root in one chunk (a small integer, not Infinity, keeps the read loop's sums on integers). */
const MAX_CHUNK = 0x3fffffff;

/**
 * Walks the text under a root (skipping scripts, styles, form fields, code) a chunk at a time, so a huge page
 * can be read across several tasks. Chunks end only between lines, never inside one, so no term is cut.
 */
export class PageReader {
  private readonly walker: TreeWalker;
  /** The first node of the next chunk, read while looking for the end of the last one. */
  private pending: Text | null = null;

  constructor(root: Node) {
    this.walker = textWalker(root);
  }

  /** The next chunk of about `maxChars` characters or more (to the end of its line); `null` at the end. */
  next(maxChars = MAX_CHUNK): PageText | null {
    const walker = this.walker;
    const first = this.pending ?? (walker.nextNode() as Text | null);
    this.pending = null;
    if (first === null) return null;
    const nodes: Text[] = [];
    const parts: string[] = [];
    if (readNodes(walker, first, nodes, parts, maxChars)) {
      // Read on to the end of the line, so no term is cut in two.
      let last = nodes[nodes.length - 1] as Text;
      for (
        let node = walker.nextNode() as Text | null;
        node !== null;
        node = walker.nextNode() as Text | null
      ) {
        if (!sameLine(last, node)) {
          this.pending = node;
          break;
        }
        nodes.push(node);
        parts.push(node.data);
        last = node;
      }
    }
    dropRawText(nodes, parts);
    return new PageText(nodes, parts);
  }
}

/**
 * Looks through the text under a root, a chunk at a time, for a sign of the story (`mayMention`: native
 * tests, see `Matcher.mayMentionStory`), one text node at a time. Nothing is kept and nothing joined, so a page
 * that is not about the story (most pages) costs little more than the walk itself; a page that passes is then
 * read from its start by `PageReader`.
 */
export class PageScreen {
  private readonly walker: TreeWalker;

  constructor(
    root: Node,
    private readonly mayMention: (text: string) => boolean,
  ) {
    this.walker = textWalker(root);
  }

  /**
   * Screens about `maxChars` more characters: true when a node passed, false when none has so far, `null` at
   * the end of the text with none passed. Long raw text (style sheets, scripts) never passes, as the reader
   * leaves it out; whether a node is raw text is asked only of nodes that passed.
   */
  next(maxChars: number): boolean | null {
    const walker = this.walker;
    let chars = 0;
    for (
      let node = walker.nextNode() as Text | null;
      node !== null;
      node = walker.nextNode() as Text | null
    ) {
      const data = node.data;
      if (this.mayMention(data) && !isRawText(node, data)) return true;
      chars += data.length + 1;
      if (chars >= maxChars) return false;
    }
    return null;
  }
}

/** A walk over the text nodes under `root`, in document order. */
function textWalker(root: Node): TreeWalker {
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
}

/** Text this long is worth one DOM lookup to see whether it is a style sheet or a script. */
const LONG_TEXT = 256;

/** Elements whose text is code or markup, never prose: never shown as text, never highlighted. */
const RAW_TEXT = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT']);

/**
 * Removes long text nodes of `<style>`, `<script>` and `<noscript>` from a chunk, in place. A pass over the
 * parts' lengths apart from the read loop, so the loop itself stays free of DOM lookups.
 */
function dropRawText(nodes: Text[], parts: string[]): void {
  let kept = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const node = nodes[i] as Text;
    if (isRawText(node, part)) continue;
    parts[kept] = part;
    nodes[kept++] = node;
  }
  parts.length = kept;
  nodes.length = kept;
}

/** True for the long text of a `<style>`, `<script>` or `<noscript>` (`data`: the node's text). */
function isRawText(node: Text, data: string): boolean {
  return data.length > LONG_TEXT && RAW_TEXT.has(node.parentNode?.nodeName ?? '');
}

/**
 * Reads text nodes from `first` on into `nodes` and `parts` until `maxChars` characters; true when it stopped
 * there rather than at the end of the page. Kept apart, with no DOM call but the walk's: this loop runs once per
 * text node of the page, and the engine compiles it best alone (a rarely taken DOM path inside it, like the line
 * check, would throw its compiled code away).
 */
function readNodes(
  walker: TreeWalker,
  first: Text,
  nodes: Text[],
  parts: string[],
  maxChars: number,
): boolean {
  let chars = 0;
  for (let node: Text | null = first; node !== null; node = walker.nextNode() as Text | null) {
    const data = node.data;
    nodes.push(node);
    parts.push(data);
    chars += data.length + 1;
    if (chars >= maxChars) return true;
  }
  return false;
}

/** All the readable text under `root`, as one `PageText`. */
export function readPageText(root: Node): PageText {
  return new PageReader(root).next() ?? new PageText([], []);
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
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return (
    element !== null &&
    element.closest(OFF_LIMITS_SELECTOR) === null &&
    element.ownerDocument.designMode !== 'on'
  );
}
