/**
 * One page's annotation: read the text, find the story's terms, decide whether the page is about the story
 * (the relevance gate), and paint the highlights when it is — or when the reader asked for this page.
 * Everything the content script does to a page goes through here; `stop()` undoes it all.
 */
import type { Matcher } from '../core/matcher/matcher';
import { assessRelevance, type Relevance } from '../core/relevance';
import { HighlightPainter } from './highlights';
import { findMainText } from './main-text';
import { type FoundMatch, PageAnnotations } from './page-annotations';

export class PageSession {
  readonly annotations: PageAnnotations;
  private readonly painter: HighlightPainter;
  relevance: Relevance = assessRelevance(new Map(), new Set());
  /** Annotate even when the gate says no: the reader asked for this page. */
  forced = false;

  constructor(
    private readonly doc: Document,
    private readonly matcher: Matcher,
  ) {
    this.annotations = new PageAnnotations(matcher, doc.body ?? doc.documentElement);
    this.painter = new HighlightPainter(matcher.terms);
  }

  /** The matches painted on the page now (empty when the page is not annotated). */
  get shown(): readonly FoundMatch[] {
    return this.annotated ? this.annotations.accepted : [];
  }

  get annotated(): boolean {
    return this.relevance.relevant || this.forced;
  }

  /** Reads the whole page. */
  scanAll(): void {
    this.annotations.scanAll();
    this.refresh();
  }

  /** Reads again the blocks the page changed. */
  rescan(roots: readonly Node[]): void {
    this.annotations.rescan(roots);
    this.refresh();
  }

  /** Drops what was found in text that left the page; repaints if anything changed. */
  dropDetached(): void {
    if (this.annotations.dropDetached()) this.refresh();
  }

  /** Re-runs the relevance gate on what was found, and paints or clears accordingly. */
  refresh(): void {
    const accepted = this.annotations.accepted;
    const counts = new Map<number, number>();
    if (accepted.length > 0) {
      const main = findMainText(
        this.doc,
        accepted.map((m) => m.startNode),
      );
      for (const m of accepted)
        if (main.contains(m.startNode)) counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
    }
    this.relevance = assessRelevance(counts, this.matcher.core);
    if (this.annotated) this.painter.paint(accepted);
    else this.painter.clear();
  }

  /** Distinct terms painted on the page, with their counts. */
  termCounts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const m of this.shown) counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
    return counts;
  }

  /** Removes every highlight. */
  stop(): void {
    this.painter.clear();
  }
}
