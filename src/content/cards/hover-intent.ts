/**
 * Hover intent, as Wikipedia's page previews do it: a card opens only after the pointer dwells on a term, stays
 * while the pointer is on the term or the card, and closes a moment after it has left both. Moving onto another
 * term keeps the open card until the new one is due, then swaps it in place: the reader never sees a gap.
 *
 * Pure timing, no DOM: the controller reports where the pointer is; this decides when to open and close.
 */

/** @default 300 — the wait before a card closes once the pointer has left the term and the card. */
export const CLOSE_DELAY_MS = 300;

export interface HoverIntentOptions<K> {
  /** The dwell before a card opens (ms). */
  dwellMs: number;
  closeMs?: number;
  open(key: K): void;
  close(): void;
  setTimer?: (fn: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

export class HoverIntent<K> {
  /** The key whose card is open, or null. */
  shown: K | null = null;
  /** A card opened by keyboard or touch stays until dismissed: the pointer leaving does not close it. */
  pinned = false;
  #dwellMs: number;
  readonly #closeMs: number;
  #term: K | null = null;
  #onCard = false;
  #dwellTimer: number | null = null;
  #closeTimer: number | null = null;
  readonly #setTimer: (fn: () => void, ms: number) => number;
  readonly #clearTimer: (id: number) => void;
  readonly #options: HoverIntentOptions<K>;

  constructor(options: HoverIntentOptions<K>) {
    this.#options = options;
    this.#dwellMs = options.dwellMs;
    this.#closeMs = options.closeMs ?? CLOSE_DELAY_MS;
    this.#setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms) as unknown as number);
    this.#clearTimer = options.clearTimer ?? ((id) => clearTimeout(id));
  }

  setDwell(ms: number): void {
    this.#dwellMs = ms;
  }

  /** The pointer is now over `key` (a term's occurrence), or over no term (null). */
  pointerOnTerm(key: K | null): void {
    if (key === this.#term) return;
    this.#term = key;
    this.#cancelDwell();
    if (key !== null && key !== this.shown) {
      this.#dwellTimer = this.#setTimer(() => {
        this.#dwellTimer = null;
        this.#show(key, false);
      }, this.#dwellMs);
    }
    this.#update();
  }

  /** The pointer entered (true) or left (false) the card. */
  pointerOnCard(on: boolean): void {
    this.#onCard = on;
    if (on) this.#cancelDwell();
    this.#update();
  }

  /** Opens `key` now (keyboard, touch): pinned until closed. */
  openNow(key: K): void {
    this.#cancelDwell();
    this.#show(key, true);
  }

  /** Closes the card now. */
  closeNow(): void {
    this.#cancelDwell();
    this.#cancelClose();
    if (this.shown === null) return;
    this.shown = null;
    this.pinned = false;
    this.#options.close();
  }

  dispose(): void {
    this.#cancelDwell();
    this.#cancelClose();
    this.shown = null;
  }

  #show(key: K, pinned: boolean): void {
    this.#cancelClose();
    this.pinned = pinned;
    this.shown = key;
    this.#options.open(key);
  }

  /** Starts or stops the close countdown from where the pointer is. */
  #update(): void {
    if (this.shown === null || this.pinned) return;
    // On the card, on its term, or on its way to another term (whose card will replace this one): stay.
    const staying = this.#onCard || this.#term !== null;
    if (staying) this.#cancelClose();
    else if (this.#closeTimer === null) {
      this.#closeTimer = this.#setTimer(() => {
        this.#closeTimer = null;
        this.closeNow();
      }, this.#closeMs);
    }
  }

  #cancelDwell(): void {
    if (this.#dwellTimer !== null) this.#clearTimer(this.#dwellTimer);
    this.#dwellTimer = null;
  }

  #cancelClose(): void {
    if (this.#closeTimer !== null) this.#clearTimer(this.#closeTimer);
    this.#closeTimer = null;
  }
}
