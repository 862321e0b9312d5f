/**
 * Keeps the card beside its term with Floating UI: below the line the pointer is on (or above it when there is
 * no room), shifted sideways to stay in the viewport, never over the term, and following scroll and resize.
 * A term broken over two lines has two boxes; the card anchors to the one the reader pointed at.
 *
 * Floating UI's core with a small platform of our own (https://floating-ui.com/docs/platform) rather than
 * `@floating-ui/dom`: the card is `position: fixed` in the top layer, so its containing block is always the
 * viewport and the DOM platform's work (offset parents, clipping ancestors, transforms) never applies. That saves
 * about 10 KB of the content script's 40 KB budget.
 */
import { computePosition, flip, type Platform, shift } from '@floating-ui/core';
import { lineRects } from './hit-test';

/** @default 6 — the gap between the term's line and the card (px). */
const GAP = 6;
/** @default 8 — the least distance kept between the card and the viewport's edges (px). */
const PADDING = 8;

/** The line's box grown by the gap above and below: the card keeps that distance on either side. */
const withGap = ({ x, y, width, height }: DOMRect) => ({ x, y: y - GAP, width, height: height + 2 * GAP });

/** The top layer's platform: everything is measured against the viewport. */
function topLayerPlatform(doc: Document, anchor: () => DOMRect): Platform {
  const dimensions = (element: HTMLElement) => ({ width: element.offsetWidth, height: element.offsetHeight });
  return {
    getElementRects: ({ floating }) => ({
      reference: withGap(anchor()),
      floating: { x: 0, y: 0, ...dimensions(floating) },
    }),
    getDimensions: dimensions,
    // The viewport without its scroll bars.
    getClippingRect: () => ({
      x: 0,
      y: 0,
      width: doc.documentElement.clientWidth,
      height: doc.documentElement.clientHeight,
    }),
    // `-start` means the right edge in a right-to-left card.
    isRTL: (element: HTMLElement) => element.dir === 'rtl',
  };
}

/**
 * Places `card` at `line` (an index into the range's line boxes) of `range`, and keeps it there until the
 * returned cleanup is called.
 */
export function place(card: HTMLElement, range: StaticRange, line: number): () => void {
  const doc = card.ownerDocument;
  const win = doc.defaultView as Window;
  // Read afresh on every update: the boxes move with scrolling and reflow.
  const anchor = () => {
    const rects = lineRects(doc, range);
    return rects[Math.min(line, rects.length - 1)] ?? new DOMRect();
  };
  const platform = topLayerPlatform(doc, anchor);
  let frame = 0;
  let done = false;
  const update = () => {
    frame = 0;
    // As tall as the roomier side of the line allows (flip then picks that side), so the card never has to
    // cover the term; longer content scrolls inside it.
    const line = withGap(anchor());
    const room = Math.max(line.y, doc.documentElement.clientHeight - line.y - line.height) - PADDING;
    card.style.maxHeight = `${Math.max(80, Math.floor(room))}px`;
    void computePosition(doc.documentElement, card, {
      platform,
      strategy: 'fixed',
      placement: 'bottom-start',
      // shift keeps to the horizontal axis, so it never slides the card over the term.
      middleware: [flip({ padding: PADDING }), shift({ padding: PADDING })],
    }).then(({ x, y }) => {
      if (done) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  const schedule = () => {
    frame ||= win.requestAnimationFrame(update);
  };
  update();
  // Scrolling anywhere (the page or a box the term is in) and resizing move the term; the card's own size
  // changes when its text wraps differently.
  const abort = new AbortController();
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal: abort.signal });
  win.addEventListener('resize', schedule, { passive: true, signal: abort.signal });
  const resized = new ResizeObserver(schedule);
  resized.observe(card);
  return () => {
    done = true;
    abort.abort();
    resized.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
  };
}
