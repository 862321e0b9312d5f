/**
 * Which highlighted occurrence is under a point. Highlights painted with the CSS Custom Highlight API have no
 * elements, so there is nothing to hover: ask the browser for the caret position at the point, look the text
 * node up, and keep the occurrence only if the point really lies in one of its boxes (the caret snaps to the
 * nearest character even when the pointer is in a margin or between lines).
 */
import type { Occurrence } from '../annotation-view';
import type { OccurrenceIndex } from './occurrence-index';

export interface Hit {
  occurrence: Occurrence;
  /** Which of the range's client rects (line boxes) holds the point: the card anchors to that line. */
  line: number;
}

/** The caret position at a viewport point, or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  // caretPositionFromPoint is the standard (Firefox; Chromium since 128); caretRangeFromPoint is WebKit's.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a StaticRange (only live ranges have boxes); null when the page changed under it. */
export function liveRange(doc: Document, range: StaticRange): Range | null {
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null;
  }
}

/** The line boxes of an occurrence, empty boxes (collapsed whitespace, hidden text) left out. */
export function lineRects(doc: Document, range: StaticRange): DOMRect[] {
  const live = liveRange(doc, range);
  if (live === null) return [];
  return Array.from(live.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
}

/** The occurrence under the viewport point (x, y), or null. */
export function hitTest(doc: Document, index: OccurrenceIndex, x: number, y: number): Hit | null {
  const caret = caretAt(doc, x, y);
  // Most pointer moves end here: the caret is in text that holds no highlight.
  if (caret === null || !index.has(caret.node)) return null;
  for (const occurrence of index.at(caret.node, caret.offset)) {
    const rects = lineRects(doc, occurrence.range);
    const line = rects.findIndex((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    if (line >= 0) return { occurrence, line };
  }
  return null;
}
