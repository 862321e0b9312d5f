/**
 * The hover-card controller: where the pointer, keyboard and touch meet the page's annotation and the card.
 *
 * - pointer: `pointermove` only records the point; once per animation frame the point is hit-tested against
 *   the occurrence index and reported to the hover intent, which opens and closes cards;
 * - keyboard: shortcuts jump from term to term (the card opens with focus inside); Escape closes it and puts
 *   focus back;
 * - touch: a tap on a term opens its card, a tap elsewhere closes it.
 *
 * Everything is registered against one AbortSignal; `destroy()` removes it all at once, with the host.
 */

import type { Glossary } from '../../shared/glossary-types';
import type { AnnotationView, Occurrence } from '../annotation-view';
import { CardHost } from './card-host';
import { cardModel } from './card-model';
import { type CardMessages, renderCard } from './card-view';
import { hitTest, lineRects } from './hit-test';
import { HoverIntent } from './hover-intent';
import { listenShortcuts, type Shortcut } from './keyboard';
import { OccurrenceIndex } from './occurrence-index';
import { pageSpelling } from './page-spelling';
import { place } from './placement';
import { inLink, listenTaps } from './touch';

export interface CardOptions {
  /** The dwell before a card opens under the pointer (ms). */
  hoverDelayMs: number;
  /** The glossary, asked once, when the first card opens. */
  getGlossary(): Promise<Glossary>;
  /** Opens the full story view, at `termId` when given. */
  openStoryView(termId: string | null): void;
}

export interface Cards {
  /**
   * Scrolls to the next (`direction` 1) or previous (-1) occurrence of `termId` — of any term when null — after
   * the last one jumped to (or the open card's, or the viewport), opens its card and puts focus in it. False
   * when there is none on the page.
   */
  jumpTo(termId: string | null, direction: 1 | -1): boolean;
  setHoverDelay(ms: number): void;
  /** Closes the open card, if any. */
  close(): void;
  /** Removes every listener and the card's host. */
  destroy(): void;
  /** True when `node` belongs to the card (so page observers can ignore it). */
  owns(node: Node): boolean;
}

export interface CardEnvironment {
  doc: Document;
  css: string;
  msg: CardMessages;
}

type OpenedBy = 'pointer' | 'keyboard' | 'touch';

interface Current {
  occurrence: Occurrence;
  card: HTMLElement | null;
  unplace: (() => void) | null;
}

export function createCardsController(
  view: AnnotationView,
  options: CardOptions,
  { doc, css, msg }: CardEnvironment,
): Cards & { pointerFrame(x: number, y: number, onCard: boolean): void } {
  const win = doc.defaultView as Window;
  const host = new CardHost(doc, css);
  const abort = new AbortController();
  const { signal } = abort;

  let index: OccurrenceIndex | null = null;
  const currentIndex = () => {
    index ??= new OccurrenceIndex(view.occurrences());
    return index;
  };

  let glossary: Promise<Glossary> | null = null;
  let current: Current | null = null;
  /** Counts card openings, so a card whose glossary arrives after it was replaced or closed is dropped. */
  let generation = 0;
  let lastJumped: Occurrence | null = null;
  let focusBefore: Element | null = null;
  /** The line box the pointer was on, per occurrence, for anchoring. */
  const lines = new WeakMap<Occurrence, number>();
  let openedBy: OpenedBy = 'pointer';

  const intent = new HoverIntent<Occurrence>({
    dwellMs: options.hoverDelayMs,
    open: (occurrence) => void show(occurrence, openedBy),
    close: () => hide(),
  });

  async function show(occurrence: Occurrence, by: OpenedBy): Promise<void> {
    openedBy = 'pointer';
    const mine = ++generation;
    current?.unplace?.();
    current = { occurrence, card: current?.card ?? null, unplace: null };
    let data: Glossary;
    try {
      glossary ??= options.getGlossary();
      data = await glossary;
    } catch {
      glossary = null; // try again next time
      return;
    }
    const idx = currentIndex();
    const model = cardModel(data, occurrence.termId, pageSpelling(occurrence.range), (id) => idx.count(id));
    if (mine !== generation || model === null || signal.aborted) return;
    const card = renderCard(doc, model, msg, {
      jump: (termId) => jumpTo(termId, 1),
      fullStory: (termId) => options.openStoryView(termId),
      close: () => closeAndRestore(),
    });
    card.addEventListener('pointerenter', () => intent.pointerOnCard(true));
    card.addEventListener('pointerleave', () => intent.pointerOnCard(false));
    host.show(card);
    current = { occurrence, card, unplace: place(card, occurrence.range, lines.get(occurrence) ?? 0) };
    if (by === 'keyboard') card.focus({ preventScroll: true });
  }

  function hide(): void {
    generation++;
    current?.unplace?.();
    const hadFocus = current !== null && host.contains(doc.activeElement);
    current = null;
    host.detach();
    if (hadFocus && focusBefore?.isConnected) (focusBefore as HTMLElement).focus?.({ preventScroll: true });
    focusBefore = null;
  }

  function closeAndRestore(): void {
    intent.closeNow();
    hide();
  }

  function open(occurrence: Occurrence, by: OpenedBy): void {
    openedBy = by;
    intent.openNow(occurrence);
  }

  // ---- pointer
  let frame = 0;
  let pointX = 0;
  let pointY = 0;
  let pointOnCard = false;

  /** One animation frame's look at where the pointer is. */
  function pointerFrame(x: number, y: number, onCard: boolean): void {
    intent.pointerOnCard(onCard);
    if (onCard) {
      intent.pointerOnTerm(null);
      return;
    }
    const idx = currentIndex();
    // Not annotated (most pages): no hit-testing at all.
    const hit = idx.all.length === 0 ? null : hitTest(doc, idx, x, y);
    if (hit) lines.set(hit.occurrence, hit.line);
    // Over the open card's term (any of its lines), the card stays as it is.
    intent.pointerOnTerm(hit?.occurrence ?? null);
  }

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      pointX = event.clientX;
      pointY = event.clientY;
      pointOnCard = event.target === host.host;
      frame ||= win.requestAnimationFrame(() => {
        frame = 0;
        pointerFrame(pointX, pointY, pointOnCard);
      });
    },
    { capture: true, passive: true, signal },
  );
  // The pointer left the window: it is on nothing.
  doc.documentElement.addEventListener(
    'pointerleave',
    () => {
      intent.pointerOnCard(false);
      intent.pointerOnTerm(null);
    },
    { passive: true, signal },
  );
  // A click outside closes a card opened by keyboard or touch (a hover card closes when the pointer leaves).
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType !== 'touch' && current && event.target !== host.host && intent.pinned) {
        closeAndRestore();
      }
    },
    { capture: true, passive: true, signal },
  );

  // ---- touch
  listenTaps(
    doc,
    (x, y, target) => {
      if (target instanceof Node && host.contains(target)) return;
      const hit = hitTest(doc, currentIndex(), x, y);
      if (hit && !inLink(hit.occurrence.range.startContainer)) {
        lines.set(hit.occurrence, hit.line);
        open(hit.occurrence, 'touch');
      } else if (current) closeAndRestore();
    },
    signal,
  );

  // ---- keyboard
  listenShortcuts(
    win,
    (shortcut: Shortcut) => {
      if (shortcut === 'close') {
        if (current === null) return false;
        closeAndRestore();
        return true;
      }
      return jumpTo(null, shortcut === 'next' ? 1 : -1);
    },
    signal,
  );

  // ---- jumping
  /**
   * Where a jump starts in document order: the open card's term or the last one jumped to, while it is in
   * view; otherwise the viewport (the reader has scrolled elsewhere since).
   */
  function jumpOrigin(idx: OccurrenceIndex, direction: 1 | -1): number {
    const height = win.innerHeight;
    for (const anchor of [current?.occurrence, lastJumped]) {
      if (!anchor) continue;
      const at = findOccurrence(idx, anchor);
      const rect = at >= 0 ? lineRects(doc, anchor.range)[0] : undefined;
      if (rect && rect.bottom > 0 && rect.top < height) return at;
    }
    const all = idx.all;
    for (let i = 0; i < all.length; i++) {
      const rect = lineRects(doc, (all[i] as Occurrence).range)[0];
      if (rect === undefined) continue;
      if (direction === 1 ? rect.top >= 0 : rect.bottom > height) return i - 0.5;
    }
    return all.length - 0.5;
  }

  function jumpTo(termId: string | null, direction: 1 | -1): boolean {
    const idx = currentIndex();
    const list = termId === null ? idx.all : idx.ofTerm(termId);
    let from = jumpOrigin(idx, direction);
    // Skip occurrences with no box (hidden text): there is nothing to scroll to.
    for (let tries = 0; tries < list.length; tries++) {
      const target = idx.step(list, from, direction);
      if (target === undefined) return false;
      from = idx.indexOf(target);
      const rects = lineRects(doc, target.range);
      if (rects.length === 0) continue;
      if (!host.contains(doc.activeElement)) focusBefore = doc.activeElement;
      scrollToRange(target.range);
      lastJumped = target;
      lines.set(target, 0);
      open(target, 'keyboard');
      return true;
    }
    return false;
  }

  function scrollToRange(range: StaticRange): void {
    const first = () => lineRects(doc, range)[0];
    const visible = (r: DOMRect | undefined) => r !== undefined && r.top >= 0 && r.bottom <= win.innerHeight;
    if (visible(first())) return;
    // Scrolls any scrolling box the term is in, then the window, so the term sits in the upper third.
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = first();
    if (rect && !visible(rect)) win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' });
  }

  // ---- page changes
  const unsubscribe = view.subscribe(() => {
    index = null;
    if (current && findOccurrence(currentIndex(), current.occurrence) < 0) closeAndRestore();
  });

  return {
    jumpTo,
    setHoverDelay: (ms) => intent.setDwell(ms),
    close: closeAndRestore,
    owns: (node) => host.contains(node),
    destroy() {
      abort.abort();
      unsubscribe();
      if (frame) win.cancelAnimationFrame(frame);
      intent.dispose();
      current?.unplace?.();
      current = null;
      generation++;
      host.detach();
    },
    pointerFrame,
  };
}

/** The occurrence's position in `idx`, matched by identity or, after a repaint made new objects, by place. */
function findOccurrence(idx: OccurrenceIndex, occurrence: Occurrence): number {
  const at = idx.indexOf(occurrence);
  if (at >= 0) return at;
  const { startContainer, startOffset } = occurrence.range;
  if (!startContainer.isConnected) return -1;
  return idx.all.findIndex(
    (o) =>
      o.termId === occurrence.termId &&
      o.range.startContainer === startContainer &&
      o.range.startOffset === startOffset,
  );
}
