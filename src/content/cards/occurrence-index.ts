/**
 * The page's highlighted occurrences arranged for the pointer: from the text node under the caret to the
 * occurrences that touch it, in one map lookup. A page can hold thousands of highlights; the pointer asks many
 * times a second, so the lookup must not scan them.
 */
import type { Occurrence } from '../annotation-view';

export class OccurrenceIndex {
  /** Every occurrence, in document order. */
  readonly all: readonly Occurrence[];
  readonly #byNode = new Map<Node, Occurrence[]>();
  readonly #position = new Map<Occurrence, number>();
  readonly #byTerm = new Map<string, Occurrence[]>();

  constructor(occurrences: readonly Occurrence[]) {
    this.all = occurrences;
    occurrences.forEach((occurrence, i) => {
      this.#position.set(occurrence, i);
      const list = this.#byTerm.get(occurrence.termId);
      if (list) list.push(occurrence);
      else this.#byTerm.set(occurrence.termId, [occurrence]);
      for (const node of textNodesOf(occurrence.range)) {
        const here = this.#byNode.get(node);
        if (here) here.push(occurrence);
        else this.#byNode.set(node, [occurrence]);
      }
    });
  }

  /**
   * The occurrences whose range holds the caret position (`node`, `offset`), ends included: a caret just after
   * the last character is still on the word (the pointer is over that character's right half). Usually one;
   * two when terms touch. The caller tells them apart by their boxes.
   */
  at(node: Node, offset: number): Occurrence[] {
    const here = this.#byNode.get(node);
    if (here === undefined) return [];
    return here.filter(({ range }) => {
      const afterStart = node !== range.startContainer || offset >= range.startOffset;
      const beforeEnd = node !== range.endContainer || offset <= range.endOffset;
      return afterStart && beforeEnd;
    });
  }

  /** True when some occurrence touches this node (a quick test before any layout work). */
  has(node: Node): boolean {
    return this.#byNode.has(node);
  }

  /** Where the occurrence stands in document order, or -1 when it is not in this index. */
  indexOf(occurrence: Occurrence): number {
    return this.#position.get(occurrence) ?? -1;
  }

  /** The term's occurrences in document order (empty when the term is not on the page). */
  ofTerm(termId: string): readonly Occurrence[] {
    return this.#byTerm.get(termId) ?? [];
  }

  count(termId: string): number {
    return this.ofTerm(termId).length;
  }

  /**
   * The occurrence after (`direction` 1) or before (-1) document position `from` among `list`, wrapping
   * around; `from` may be fractional (between two occurrences).
   */
  step(list: readonly Occurrence[], from: number, direction: 1 | -1): Occurrence | undefined {
    if (list.length === 0) return undefined;
    if (direction === 1) {
      for (const occurrence of list) if (this.indexOf(occurrence) > from) return occurrence;
      return list[0];
    }
    for (let i = list.length - 1; i >= 0; i--) {
      const occurrence = list[i] as Occurrence;
      if (this.indexOf(occurrence) < from) return occurrence;
    }
    return list[list.length - 1];
  }
}

/** The text nodes a range covers: its start and end, and any between them (rare: a term split by markup). */
function textNodesOf(range: StaticRange): Node[] {
  const start = range.startContainer;
  const end = range.endContainer;
  if (start === end) return [start];
  const nodes: Node[] = [start];
  const doc = start.ownerDocument;
  const root = commonAncestor(start, end);
  if (doc !== null && root !== null) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = start;
    for (let node = walker.nextNode(); node !== null && node !== end; node = walker.nextNode()) {
      nodes.push(node);
    }
  }
  nodes.push(end);
  return nodes;
}

function commonAncestor(a: Node, b: Node): Node | null {
  for (let node: Node | null = a; node !== null; node = node.parentNode) if (node.contains(b)) return node;
  return null;
}
