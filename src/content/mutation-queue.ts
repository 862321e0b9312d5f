/**
 * Watches a living page without slowing it down. The MutationObserver callback only queues records; the work
 * runs later (within `delayMs`, so new text is annotated well within half a second), in slices of at most
 * `sliceMs`, yielding to the page between slices. A burst too large to be worth sorting out (a page swapping
 * its whole content) becomes one full rescan. Mutations inside our own UI are ignored.
 */
import { blockOf, ELEMENT_NODE } from './page-text';
import { now } from './slices';

export interface MutationWork {
  /** Our own UI (the card host): its mutations are not the page's. */
  isOwn(node: Node): boolean;
  /** Reads again the blocks under `roots`. */
  rescan(roots: readonly Node[]): void;
  /** Applies what was read (rules, relevance, paint); called at the end of each slice. */
  settle(): void;
  /** Text was removed: forget what was found in it. */
  dropRemoved(): void;
  /** Too much changed: read the whole page again. */
  rescanAll(): void;
  /** Called before each batch; false stops the batch (the extension went away, say). */
  shouldContinue(): boolean;
}

export interface MutationQueueOptions {
  /** Wait before processing, letting a burst of changes arrive together. */
  delayMs: number;
  /** Longest stretch of work before yielding to the page. */
  sliceMs: number;
  /** More changed blocks than this in one batch: rescan the page instead. */
  maxRoots: number;
}

const DEFAULTS: MutationQueueOptions = { delayMs: 120, sliceMs: 8, maxRoots: 400 };
/** Records kept before the batch is treated as a burst (the records themselves are dropped). */
const MAX_RECORDS = 5000;

export class MutationQueue {
  readonly #root: Node;
  readonly #work: MutationWork;
  readonly #observer: MutationObserver;
  readonly #options: MutationQueueOptions;
  #records: MutationRecord[] = [];
  #burst = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #working = false;

  constructor(root: Node, work: MutationWork, options: Partial<MutationQueueOptions> = {}) {
    this.#root = root;
    this.#work = work;
    this.#options = { ...DEFAULTS, ...options };
    this.#observer = new MutationObserver((records) => this.#enqueue(records));
  }

  start(): void {
    this.#observer.observe(this.#root, { childList: true, characterData: true, subtree: true });
  }

  /** Stops watching and forgets queued work. */
  stop(): void {
    this.#observer.disconnect();
    this.#records = [];
    this.#burst = false;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The observer callback: queue only. */
  #enqueue(records: MutationRecord[]): void {
    if (!this.#burst) {
      if (this.#records.length + records.length > MAX_RECORDS) {
        this.#burst = true;
        this.#records = [];
      } else {
        for (const record of records) this.#records.push(record);
      }
    }
    // Scheduled once per batch and not pushed back by later records: constant mutation cannot starve it.
    if (this.#timer === null && !this.#working)
      this.#timer = setTimeout(() => this.#process(), this.#options.delayMs);
  }

  #process(): void {
    this.#timer = null;
    if (!this.#work.shouldContinue()) {
      this.stop();
      return;
    }
    const records = this.#records;
    const burst = this.#burst;
    this.#records = [];
    this.#burst = false;
    if (burst) {
      this.#work.rescanAll();
      return;
    }
    const { roots, removed } = this.#changedRoots(records);
    if (roots === null) {
      this.#work.rescanAll();
      return;
    }
    if (roots.length > 0) this.#runSlices(roots);
    else if (removed) this.#work.dropRemoved();
  }

  /** Rescans `roots` a slice at a time; records arriving meanwhile wait for the next batch. */
  #runSlices(roots: Node[]): void {
    this.#working = true;
    const started = now();
    // Half the slice for reading, leaving the rest for settling (rules, relevance gate, painting).
    do this.#work.rescan([roots.pop() as Node]);
    while (roots.length > 0 && now() - started < this.#options.sliceMs / 2);
    this.#work.settle();
    if (roots.length > 0 && this.#work.shouldContinue()) {
      setTimeout(() => this.#runSlices(roots), 0);
      return;
    }
    this.#working = false;
    if (this.#records.length > 0 || this.#burst)
      this.#timer = setTimeout(() => this.#process(), this.#options.delayMs);
  }

  /**
   * The blocks to read again for a batch of records, outermost only; `null` when there are too many to be
   * worth it. `removed` when any text may have left the page.
   */
  #changedRoots(records: readonly MutationRecord[]): { roots: Node[] | null; removed: boolean } {
    const found = new Set<Node>();
    let removed = false;
    for (const record of records) {
      const target = record.target;
      if (!target.isConnected || this.#work.isOwn(target)) continue;
      if (record.type === 'characterData') {
        removed = true; // the old text's matches may be gone
        if (target.parentNode) found.add(blockOf(target.parentNode));
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const added of record.addedNodes) {
        if (this.#work.isOwn(added) || !added.isConnected) continue;
        // A new block is read on its own; new inline content is read with the line it joins.
        const isBlock = added.nodeType === ELEMENT_NODE && blockOf(added) === added;
        found.add(isBlock ? added : blockOf(target));
      }
      if (found.size > this.#options.maxRoots) return { roots: null, removed };
    }
    return { roots: outermost(found), removed };
  }
}

/** The nodes not inside another of the set. */
function outermost(nodes: ReadonlySet<Node>): Node[] {
  const result: Node[] = [];
  for (const node of nodes) {
    let inner = false;
    for (let parent = node.parentNode; parent !== null; parent = parent.parentNode) {
      if (nodes.has(parent)) {
        inner = true;
        break;
      }
    }
    if (!inner) result.push(node);
  }
  return result;
}
