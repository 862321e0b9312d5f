/**
 * What the cards benchmark runs inside the page: the content script's own annotation and the cards'
 * controller over it, with the per-frame pointer work exposed so the harness can time it call by call.
 */
import { createCardsController } from '../../src/content/cards/cards';
import { OccurrenceIndex } from '../../src/content/cards/occurrence-index';
import { PageSession } from '../../src/content/page-session';
import { Matcher } from '../../src/core/matcher/matcher';
import { glossary } from '../../src/generated/glossary';
import { matcherData } from '../../src/generated/matcher-data';

/** Calls per timed batch. */
const BATCH = 20;

export interface PointerRun {
  highlights: number;
  /** Building the occurrence index (on the first pointer frame after each repaint), 20 times, in ms. */
  builds: number[];
  /** Per call, in ms: the mean of each batch of calls. */
  onTerm: number[];
  elsewhere: number[];
  /** The whole `pointermove` listener (it only records the point and asks for a frame). */
  listener: number[];
}

const api = {
  run(calls: number): PointerRun {
    const session = new PageSession(document, new Matcher(matcherData));
    session.forced = true;
    // The whole page in one go, then the gate and the highlights.
    session.beginScan();
    while (!session.scanStep()) {}
    session.settle();
    const cards = createCardsController(
      session,
      { hoverDelayMs: 350, getGlossary: async () => glossary, openStoryView: () => {} },
      { doc: document, css: '', msg: (key) => key },
    );
    const occurrences = session.occurrences();
    // Points on the terms in view, and points anywhere in view.
    const onTerms: [number, number][] = [];
    for (const { range } of occurrences) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const r = live.getClientRects()[0];
      if (r && r.top >= 0 && r.bottom <= innerHeight)
        onTerms.push([r.left + r.width / 2, r.top + r.height / 2]);
    }
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    // The browser's clock ticks in steps of up to 0.1 ms, so time batches of calls and report each batch's mean.
    const batch = (points: [number, number][]) => {
      const t0 = performance.now();
      for (const [x, y] of points) cards.pointerFrame(x, y, false);
      return (performance.now() - t0) / points.length;
    };
    // Building the index: the first time (cold code) and again (as after each repaint).
    const builds: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      new OccurrenceIndex(occurrences);
      builds.push(performance.now() - t0);
    }
    cards.pointerFrame(0, 0, false); // the controller builds its own index on first use
    const onTerm: number[] = [];
    const elsewhere: number[] = [];
    let n = 0;
    for (let i = 0; i < calls; i++) {
      const onPoints: [number, number][] = [];
      const anyPoints: [number, number][] = [];
      for (let j = 0; j < BATCH; j++) {
        onPoints.push(onTerms[n++ % Math.max(1, onTerms.length)] ?? [0, 0]);
        anyPoints.push([random() * innerWidth, random() * innerHeight]);
      }
      onTerm.push(batch(onPoints));
      elsewhere.push(batch(anyPoints));
    }
    const listener: number[] = [];
    for (let i = 0; i < calls; i++) {
      const events = Array.from(
        { length: BATCH },
        () =>
          new PointerEvent('pointermove', {
            clientX: random() * innerWidth,
            clientY: random() * innerHeight,
            pointerType: 'mouse',
            bubbles: true,
          }),
      );
      const t1 = performance.now();
      for (const event of events) document.body.dispatchEvent(event);
      listener.push((performance.now() - t1) / BATCH);
    }
    cards.destroy();
    return { highlights: occurrences.length, builds, onTerm, elsewhere, listener };
  },
};

(globalThis as unknown as { storyLensCardsBench: typeof api }).storyLensCardsBench = api;
