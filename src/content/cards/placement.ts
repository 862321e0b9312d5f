/**
 * Keeps the card beside its term with Floating UI: below the line the pointer is on (or above it when there is
 * no room), shifted sideways to stay in the viewport, never over the term, and following scroll and resize.
 * A term broken over two lines has two boxes; the card anchors to the one the reader pointed at.
 *
 * The term is a range, not an element, so the reference is a virtual element whose box is that line's box,
 * read afresh on every update; its context element (the term's parent) tells `autoUpdate` which ancestors
 * scroll it.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { lineRects } from './hit-test';

/** @default 6 — the gap between the term's line and the card (px). */
const GAP = 6;
/** @default 8 — the least distance kept between the card and the viewport's edges (px). */
const PADDING = 8;

/**
 * Places `card` at `line` (an index into the range's line boxes) of `range`, and keeps it there until the
 * returned cleanup is called.
 */
export function place(card: HTMLElement, range: StaticRange, line: number): () => void {
  const doc = card.ownerDocument;
  // Read afresh on every update: the boxes move with scrolling and reflow.
  const anchor = () => {
    const rects = lineRects(doc, range);
    return rects[Math.min(line, rects.length - 1)] ?? new DOMRect();
  };
  const term: VirtualElement = {
    getBoundingClientRect: anchor,
    getClientRects: () => [anchor()],
    contextElement: range.startContainer.parentElement ?? undefined,
  };
  let done = false;
  const update = () => {
    // As tall as the roomier side of the line allows (flip then picks that side), so the card never has to
    // cover the term; longer content scrolls inside it.
    const box = anchor();
    const room = Math.max(box.y - GAP, doc.documentElement.clientHeight - box.bottom - GAP) - PADDING;
    card.style.maxHeight = `${Math.max(80, Math.floor(room))}px`;
    void computePosition(term, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      // shift keeps to the horizontal axis, so it never slides the card over the term.
      middleware: [offset(GAP), flip({ padding: PADDING }), shift({ padding: PADDING })],
    }).then(({ x, y }) => {
      if (done) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  // Scrolling (the page or a box the term is in), resizing, and the card's own size changes.
  const stop = autoUpdate(term, card, update, { animationFrame: false });
  return () => {
    done = true;
    stop();
  };
}
