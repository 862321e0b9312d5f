import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from './hover-intent';

describe('HoverIntent', () => {
  let events: string[];
  let intent: HoverIntent<string>;
  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    intent = new HoverIntent<string>({
      dwellMs: 350,
      open: (key) => events.push(`open ${key}`),
      close: () => events.push('close'),
    });
  });
  afterEach(() => {
    intent.dispose();
    vi.useRealTimers();
  });

  it('opens only after the pointer dwells', () => {
    intent.pointerOnTerm('ttp');
    vi.advanceTimersByTime(349);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open ttp']);
  });

  it('opens nothing when the pointer merely passes over', () => {
    intent.pointerOnTerm('ttp');
    vi.advanceTimersByTime(200);
    intent.pointerOnTerm(null);
    intent.pointerOnTerm('iskp');
    vi.advanceTimersByTime(200);
    intent.pointerOnTerm(null);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
  });

  it('stays open on the term and on the card, and closes 300 ms after leaving both', () => {
    intent.pointerOnTerm('ttp');
    vi.advanceTimersByTime(350);
    intent.pointerOnTerm(null);
    vi.advanceTimersByTime(150);
    intent.pointerOnCard(true); // crossed the gap to the card in time
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open ttp']);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open ttp']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open ttp', 'close']);
    expect(intent.shown).toBeNull();
  });

  it('coming back to the term cancels the close', () => {
    intent.pointerOnTerm('ttp');
    vi.advanceTimersByTime(350);
    intent.pointerOnTerm(null);
    vi.advanceTimersByTime(250);
    intent.pointerOnTerm('ttp');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open ttp']);
  });

  it('switches to another term without closing in between', () => {
    intent.pointerOnTerm('ttp');
    vi.advanceTimersByTime(350);
    intent.pointerOnTerm(null);
    vi.advanceTimersByTime(100);
    intent.pointerOnTerm('iskp');
    // Longer than the close delay: the old card stays until the new one is due.
    vi.advanceTimersByTime(349);
    expect(events).toEqual(['open ttp']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open ttp', 'open iskp']);
    expect(intent.shown).toBe('iskp');
  });

  it('keeps a pinned card (keyboard, touch) when the pointer leaves', () => {
    intent.openNow('ttp');
    intent.pointerOnTerm('x');
    intent.pointerOnTerm(null);
    intent.pointerOnCard(true);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open ttp']);
    // Dwelling on another term still opens it, as a hover card.
    intent.pointerOnTerm('x');
    vi.advanceTimersByTime(350);
    intent.pointerOnTerm(null);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open ttp', 'open x', 'close']);
    intent.openNow('ttp');
    intent.closeNow();
    expect(events.at(-1)).toBe('close');
  });

  it('uses a new dwell from the next hover on', () => {
    intent.setDwell(100);
    intent.pointerOnTerm('ttp');
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open ttp']);
  });

  it('does nothing after dispose', () => {
    intent.pointerOnTerm('ttp');
    intent.dispose();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });
});
