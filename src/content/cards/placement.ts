/**
 * Keeps the card beside its term with Floating UI: below the line the pointer is on (or above it when there is
 * no room), shifted sideways to stay in the viewport, never over the term, and following scroll and resize.
 * A term broken over two lines has two boxes; the card anchors to the one the reader pointed at.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
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
  const context = range.startContainer.parentElement;
  const reference: VirtualElement = {
    // Read afresh on every update: the boxes move with scrolling and reflow.
    getBoundingClientRect() {
      const rects = lineRects(doc, range);
      return rects[Math.min(line, rects.length - 1)] ?? new DOMRect();
    },
    ...(context === null ? {} : { contextElement: context }),
  };
  const update = () => {
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        flip({ padding: PADDING, fallbackAxisSideDirection: 'none' }),
        shift({ padding: PADDING }),
        // Where neither side has room for the whole card, it scrolls inside rather than covering the term.
        size({
          padding: PADDING,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(80, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, card, update);
}
