/**
 * Taps. A touch screen has no hover, so a tap on a highlighted term opens its card and a tap elsewhere closes
 * it. A tap on a highlighted link is left to the link: the reader meant to follow it.
 */

/** True when `node` is inside a link (a tap there follows the link). */
export function inLink(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest('a[href], area[href]') != null;
}

/**
 * Calls `tap(x, y, target)` for every click that a touch produced, until `signal` aborts. Clicks from a mouse
 * or a keyboard are not taps.
 */
export function listenTaps(
  doc: Document,
  tap: (x: number, y: number, target: EventTarget | null) => void,
  signal: AbortSignal,
): void {
  let touched = false;
  doc.addEventListener(
    'pointerdown',
    (event) => {
      touched = event.pointerType === 'touch';
    },
    { capture: true, passive: true, signal },
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (!touched) return;
      touched = false;
      tap(event.clientX, event.clientY, event.composedPath()[0] ?? event.target);
    },
    { capture: true, passive: true, signal },
  );
}
