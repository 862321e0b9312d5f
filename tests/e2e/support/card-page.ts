/**
 * Driving hover cards in a page, the same way in Chromium (playwright-core) and Firefox (puppeteer-core): the
 * functions passed to `evaluate` run in the page and read the card through its (open) shadow root.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { ROOT } from './paths';
import { waitFor } from './wait';

export interface CardPage {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  move(x: number, y: number): Promise<void>;
  /**
   * A real tap at (x, y): touch input given to the browser itself (not events made in the page), so the browser
   * makes the pointer events and the click of the tap as it does for a finger.
   */
  touch(x: number, y: number): Promise<void>;
  /** Presses `key` with the modifiers held. */
  press(key: string, modifiers?: string[]): Promise<void>;
  /** Sets the viewport's size in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export function fromPlaywright(page: PlaywrightPage): CardPage {
  let touchInput: CDPSession | null = null;
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    move: (x, y) => page.mouse.move(x, y),
    touch: async (x, y) => {
      // The context was opened without touch (the other tests use a mouse): turn it on for this page only.
      if (touchInput === null) {
        touchInput = await page.context().newCDPSession(page);
        await touchInput.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      }
      await touchInput.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await touchInput.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    },
    press: (key, modifiers = []) => page.keyboard.press([...modifiers, key].join('+')),
    resize: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

export function fromPuppeteer(page: PuppeteerPage): CardPage {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    move: (x, y) => page.mouse.move(x, y),
    touch: (x, y) => page.touchscreen.tap(x, y),
    press: async (key, modifiers = []) => {
      for (const m of modifiers) await page.keyboard.down(m as 'Alt');
      await page.keyboard.press(key as 'Period');
      for (const m of [...modifiers].reverse()) await page.keyboard.up(m as 'Alt');
    },
    resize: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

export interface CardState {
  term: string;
  title: string;
  dir: string;
  role: string | null;
  /** True when focus is inside the card. */
  focused: boolean;
  rect: { x: number; y: number; width: number; height: number };
  text: string;
}

/** The open card, or null when the page has no card host. */
export function cardState(page: CardPage): Promise<CardState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('story-lens-card');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!host || !card) return null;
    const r = card.getBoundingClientRect();
    return {
      term: card.dataset.term ?? '',
      title: card.querySelector('.title')?.textContent ?? '',
      dir: card.dir,
      role: card.getAttribute('role'),
      focused: document.activeElement === host && host.shadowRoot?.activeElement != null,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      text: card.textContent ?? '',
    };
  }, null);
}

/** Waits for the content script to paint its highlights. */
export async function waitForHighlights(page: CardPage): Promise<void> {
  await waitFor('the page to be highlighted', () =>
    page.evaluate(() => [...CSS.highlights.keys()].some((name) => name.startsWith('story-lens-')), null),
  );
}

/** The term ids of all highlighted occurrences, in document order. */
export function termsInOrder(page: CardPage): Promise<string[]> {
  return page.evaluate(() => {
    const all: { term: string; range: AbstractRange }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('story-lens-')) continue;
      for (const range of highlight) all.push({ term: name.slice('story-lens-'.length), range });
    }
    const live = (r: AbstractRange) => {
      const l = document.createRange();
      l.setStart(r.startContainer, r.startOffset);
      l.setEnd(r.endContainer, r.endOffset);
      return l;
    };
    all.sort((a, b) => live(a.range).compareBoundaryPoints(Range.START_TO_START, live(b.range)));
    return all.map((o) => o.term);
  }, null);
}

/**
 * Scrolls the `nth` occurrence of a term to the middle of the viewport and returns a point on it (the middle of
 * its first line), or null when the term is not highlighted.
 */
export function pointOnTerm(
  page: CardPage,
  termId: string,
  nth = 0,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ termId, nth }) => {
      const highlight = CSS.highlights.get(`story-lens-${termId}`);
      const range = highlight ? [...highlight][nth] : undefined;
      if (!range) return null;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = [...live.getClientRects()].find((r) => r.width > 0);
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    { termId, nth },
  );
}

/** A point with no text under it, far from any term: the page's left margin, near the bottom. */
export function emptyPoint(page: CardPage): Promise<{ x: number; y: number }> {
  return page.evaluate(() => ({ x: 2, y: window.innerHeight - 4 }), null);
}

/** Waits until `probe` on the card state is true. */
export function waitForCard(
  page: CardPage,
  what: string,
  probe: (card: CardState | null) => boolean,
  timeoutMs = 5000,
): Promise<true> {
  return waitFor(what, async () => probe(await cardState(page)) || null, timeoutMs) as Promise<true>;
}

/**
 * Waits until the cards' script listens, which it starts doing a moment after the page shows its highlights: a
 * dwell on the first term opens its card, then the pointer leaves and the card closes. Key presses, taps and
 * moves sent before then go unheard, and a check that a card does not open would pass for the wrong reason.
 * A pointer that arrived before the script sent no event it could hear (nor would a reader's still hand), so
 * until the card opens the pointer shifts by a pixel now and then, on the same term, which keeps its dwell going.
 */
export async function waitForCards(page: CardPage): Promise<void> {
  const [first] = await termsInOrder(page);
  const point = first === undefined ? null : await pointOnTerm(page, first);
  if (point === null) throw new Error('waitForCards: the page has no highlighted term to rest on');
  let polls = 0;
  await page.move(point.x, point.y);
  await waitFor(
    'the cards to listen',
    async () => {
      if ((await cardState(page)) !== null) return true;
      polls++;
      if (polls % 8 === 0) await page.move(point.x + ((polls / 8) % 2), point.y);
      return null;
    },
    8000,
  );
  const away = await emptyPoint(page);
  await page.move(away.x, away.y);
  await waitForCard(page, 'the first card to close', (card) => card === null);
}

/** Runs axe-core on the open card; returns the violations' ids and what they hit. */
export async function axeViolations(page: CardPage): Promise<string[]> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate((code) => {
    // The page's own world: the test pages have no content security policy.
    const script = document.createElement('script');
    script.textContent = code;
    document.head.append(script);
  }, source);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [['story-lens-card', '.card']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, null);
}

/** Computed styles and sizes of the card's parts, to compare one page's card with another's. */
export function cardLooks(page: CardPage): Promise<Record<string, Record<string, string | number>>> {
  return page.evaluate(() => {
    const root = document.querySelector('story-lens-card')?.shadowRoot;
    const looks: Record<string, Record<string, string | number>> = {};
    // The card's height follows the room beside its term, which differs from page to page: measure it whole.
    const card = root?.querySelector<HTMLElement>('.card');
    const maxHeight = card?.style.maxHeight ?? '';
    card?.style.setProperty('max-height', 'none');
    for (const selector of ['.card', '.title', '.kind', '.definition', 'h3', '.count', '.full', '.close']) {
      const element = root?.querySelector(selector);
      if (!element) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      looks[selector] = {
        color: style.color,
        background: style.backgroundColor,
        fontSize: style.fontSize,
        fontFamily: style.fontFamily,
        fontWeight: style.fontWeight,
        lineHeight: style.lineHeight,
        display: style.display,
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    }
    card?.style.setProperty('max-height', maxHeight);
    return looks;
  }, null);
}

/**
 * A tap at (x, y) as a touch screen reports it: a touch `pointerdown`, then the `click` the browser makes of the
 * tap. Made in the page (for real touch input, see `CardPage.touch`) so that it can report whether the click's
 * default action (following a link) was left alone, and then stay on the page.
 */
export function tap(page: CardPage, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    ({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      const init = { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true };
      target.dispatchEvent(
        new PointerEvent('pointerdown', { ...init, pointerType: 'touch', isPrimary: true }),
      );
      target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'touch', isPrimary: true }));
      let followed = false;
      // Record whether the link would be followed, then stay on the page.
      const spy = (event: Event) => {
        followed = !event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', spy, { once: true });
      target.dispatchEvent(new MouseEvent('click', init));
      return followed;
    },
    { x, y },
  );
}
