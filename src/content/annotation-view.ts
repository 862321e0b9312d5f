/**
 * What the rest of the content script (hover cards, the popup's jump-to-term) may know of a page's
 * annotation: the highlighted occurrences in document order, and a signal when they change. The annotation
 * pipeline (`app.ts`) implements it; readers never reach into the matcher or the DOM walk.
 */

export interface Occurrence {
  /** The glossary term's id ("ttp"). */
  termId: string;
  /**
   * Where it is: a StaticRange, so it does not follow the page's edits (the pipeline re-reads changed text).
   * Its text is the page's own spelling; a card reads it when it opens (see `cards/page-spelling.ts`), as
   * most occurrences never get one.
   */
  range: StaticRange;
}

export interface AnnotationView {
  /** The occurrences highlighted now, in document order; empty when the page is not annotated. */
  occurrences(): readonly Occurrence[];
  /** Calls `listener` after every repaint (new text read, text removed, highlights turned off). */
  subscribe(listener: () => void): () => void;
}
