/**
 * One page's annotation: read the text, find the story's terms, decide whether the page is about the story
 * (the relevance gate), and paint the highlights when it is — or when the reader asked for this page.
 * Everything the annotation does to a page goes through here; `stop()` undoes it all.
 */
import type { Matcher } from '../core/matcher/matcher';
import { assessRelevance, type Relevance } from '../core/relevance';
import type { AnnotationView, Occurrence } from './annotation-view';
import { HighlightPainter } from './highlights';
import { findMainText } from './main-text';
import { type FoundMatch, PageAnnotations } from './page-annotations';

export class PageSession implements AnnotationView {
  readonly #annotations: PageAnnotations;
  readonly #doc: Document;
  readonly #matcher: Matcher;
  readonly #painter = new HighlightPainter();
  readonly #listeners = new Set<() => void>();
  #shown: Occurrence[] = [];
  relevance: Relevance = assessRelevance(new Map(), new Set());
  /** Annotate even when the gate says no: the reader asked for this page. */
  forced = false;

  constructor(doc: Document, matcher: Matcher) {
    this.#doc = doc;
    this.#matcher = matcher;
    this.#annotations = new PageAnnotations(matcher, doc.body ?? doc.documentElement);
  }

  get annotated(): boolean {
    return this.relevance.relevant || this.forced;
  }

  occurrences(): readonly Occurrence[] {
    return this.#shown;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads the whole page a chunk at a time: `scanStep()` until it returns true, then `settle()`. */
  beginScan(screen = false): void {
    this.#annotations.beginScan(screen);
  }

  /** After a screened read: no core name anywhere on the page, so nothing was matched (see `beginScan`). */
  get screenedOut(): boolean {
    return this.#annotations.screenedOut;
  }

  scanStep(): boolean {
    return this.#annotations.scanStep();
  }

  /**
   * False when the text under `root` (a block the page added) cannot mention a core term. One native test
   * over its text (see `Matcher.mayMentionStory`).
   */
  mayBeAboutStory(root: Node): boolean {
    return this.#matcher.mayMentionStory(root.textContent ?? '');
  }

  /** Forgets everything found (a new page, or one not about the story) and clears the highlights. */
  clear(): void {
    this.#annotations.clear();
    this.refresh();
  }

  /** Reads again blocks the page changed; `settle()` applies what was read. */
  rescan(roots: readonly Node[]): void {
    this.#annotations.rescan(roots);
  }

  /** Applies the context rules and the relevance gate to what was read, and repaints. */
  settle(): void {
    this.#annotations.resolve();
    this.refresh();
  }

  /** Drops what was found in text that left the page; repaints if anything changed. */
  dropDetached(): void {
    if (this.#annotations.dropDetached()) this.refresh();
  }

  /** Re-runs the relevance gate on what was found, and paints or clears accordingly. */
  refresh(): void {
    const accepted = this.#annotations.accepted;
    this.relevance = judgePage(this.#doc, this.#matcher, accepted);
    this.#shown = this.annotated ? accepted.map((m) => this.#toOccurrence(m)) : [];
    if (this.#shown.length > 0) this.#painter.paint(this.#shown);
    else this.#painter.clear();
    for (const listener of this.#listeners) listener();
  }

  /** Distinct terms painted on the page, with their counts, by term id. */
  termCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { termId } of this.#shown) counts.set(termId, (counts.get(termId) ?? 0) + 1);
    return counts;
  }

  /** Removes every highlight; the session can start again with a new read (`beginScan`). */
  stop(): void {
    this.#painter.clear();
    this.#shown = [];
    for (const listener of this.#listeners) listener();
  }

  #toOccurrence(m: FoundMatch): Occurrence {
    // A found match carries its range's four fields under `StaticRangeInit`'s names: the constructor reads those.
    return { termId: this.#matcher.terms[m.target] as string, range: new StaticRange(m) };
  }
}

/** The relevance gate over the matches in the page's main text (navigation, asides and the like left out). */
export function judgePage(doc: Document, matcher: Matcher, accepted: readonly FoundMatch[]): Relevance {
  const counts = new Map<number, number>();
  if (accepted.length > 0) {
    const main = findMainText(
      doc,
      accepted.map((m) => m.startContainer),
    );
    for (const m of accepted)
      if (main.contains(m.startContainer)) counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
  }
  return assessRelevance(counts, matcher.core);
}
