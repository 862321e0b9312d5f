/**
 * Hover cards in both browsers, on locally served pages made from the story: dwell opens the right card,
 * passing over opens none, leaving closes it, Escape closes it and gives focus back, the keyboard moves from
 * term to term, a tap opens a card (real touch input, given to the browser) and a tap on a link follows it,
 * a hostile page's CSS changes nothing in the card, the card stays whole at 200% zoom, an Urdu
 * term gets a right-to-left card, and axe-core finds nothing wrong with an open card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type CardPage,
  cardLooks,
  cardState,
  emptyPoint,
  fromPlaywright,
  fromPuppeteer,
  pointOnTerm,
  tap,
  termsInOrder,
  waitForCard,
  waitForCards,
  waitForHighlights,
} from './support/card-page';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { sleep, waitFor } from './support/wait';

const HOSTILE_CSS = `<style>
  * { color: red !important; font-size: 40px !important; line-height: 3 !important; font-family: monospace !important; }
  div { display: inline !important; }
  body { transform: translateX(30px) rotate(0.5deg); }
  html, body, main, article, p { z-index: 2147483647 !important; position: relative; }
  .war { position: fixed; left: 0; right: 0; bottom: 0; height: 70vh; z-index: 2147483647; background: rgb(0 0 0 / 0.05); }
</style>`;

const NEXT = ['Alt', 'Shift'];

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.route('/story.html', storyPage());
  // The first "Tehrik-i-Taliban Pakistan" is a link, as news sites link names to topic pages.
  server.route(
    '/linked.html',
    storyPage().replace(
      'Tehrik-i-Taliban Pakistan (TTP)',
      '<a href="/topic/ttp">Tehrik-i-Taliban Pakistan</a> (TTP)',
    ),
  );
  // A narrow column, so that long names break across lines.
  server.route('/narrow.html', storyPage({ extraHead: '<style>article { width: 190px }</style>' }));
  server.route(
    '/hostile.html',
    storyPage({ extraHead: HOSTILE_CSS }).replace('</body>', '<div class="war"></div></body>'),
  );
});
afterAll(async () => {
  await server?.close();
});

function cardTests(open: () => Promise<CardPage>) {
  let page: CardPage;
  const load = async (path: string) => {
    await page.goto(`${server.origin}${path}`);
    await waitForHighlights(page);
    await waitForCards(page);
  };

  beforeAll(async () => {
    page = await open();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('opens the card of the term the pointer dwells on, and closes it when the pointer leaves', async () => {
    await load('/story.html');
    const point = await pointOnTerm(page, 'ttp');
    expect(point).not.toBeNull();
    await page.move(point?.x ?? 0, point?.y ?? 0);
    await waitForCard(page, 'the TTP card', (card) => card?.term === 'ttp');
    const card = await cardState(page);
    expect(card?.title).toContain('TTP');
    expect(card?.focused).toBe(false);
    // Below or above the term's line, never over it.
    const y = point?.y ?? 0;
    expect(card && (card.rect.y > y || card.rect.y + card.rect.height < y)).toBe(true);

    const away = await emptyPoint(page);
    await page.move(away.x, away.y);
    await waitForCard(page, 'the card to close', (c) => c === null);
    // Gone means gone: no host is left on the page.
    expect(await page.evaluate(() => document.querySelector('story-lens-card'), null)).toBeNull();
  });

  it('anchors the card to the line of a broken term that the pointer is on', async () => {
    await load('/narrow.html');
    const lines = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('story-lens-')) continue;
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rects = [...live.getClientRects()].filter((r) => r.width > 0);
          if (rects.length >= 2 && rects[0] && rects[1] && rects[1].top > rects[0].bottom - 1) {
            return {
              term: name.slice('story-lens-'.length),
              first: { top: rects[0].top, bottom: rects[0].bottom },
              last: rects.map((r) => ({ x: r.left + r.width / 2, top: r.top, bottom: r.bottom })).at(-1),
            };
          }
        }
      }
      return null;
    }, null);
    expect(lines).not.toBeNull();
    const last = lines?.last ?? { x: 0, top: 0, bottom: 0 };
    await page.move(last.x, (last.top + last.bottom) / 2);
    await waitForCard(page, 'the card', (card) => card?.term === lines?.term);
    const rect = (await cardState(page))?.rect ?? { y: 0, height: 0 };
    // Right below the last line (or right above it), not the first.
    const below = Math.abs(rect.y - (last.bottom + 6)) <= 2;
    const above = Math.abs(rect.y + rect.height - (last.top - 6)) <= 2;
    expect(below || above).toBe(true);
  });

  it('opens nothing when the pointer merely passes over a term', async () => {
    await load('/story.html');
    const point = await pointOnTerm(page, 'iskp');
    const away = await emptyPoint(page);
    await page.move(point?.x ?? 0, point?.y ?? 0);
    await sleep(80);
    await page.move(away.x, away.y);
    await sleep(900);
    expect(await cardState(page)).toBeNull();
  });

  it('moves through the terms with the keyboard, focus in the card, and Escape gives focus back', async () => {
    await load('/story.html');
    const order = await termsInOrder(page);
    expect(order.length).toBeGreaterThan(5);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('nav a')?.focus();
    }, null);

    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.press('Period', NEXT);
      await waitForCard(page, `card ${i + 1}`, (card) => card?.focused === true && card.term === order[i]);
      seen.push((await cardState(page))?.term ?? '');
    }
    expect(seen).toEqual(order.slice(0, 3));
    expect((await cardState(page))?.role).toBe('dialog');

    await page.press('Comma', NEXT);
    await waitForCard(page, 'the previous card', (card) => card?.focused === true && card.term === order[1]);

    await page.press('Escape');
    await waitForCard(page, 'the card to close', (card) => card === null);
    expect(await page.evaluate(() => document.activeElement?.textContent, null)).toBe('World');
  });

  it('leaves the shortcuts to editable fields', async () => {
    await load('/story.html');
    await page.evaluate(() => {
      const input = document.createElement('input');
      document.querySelector('h1')?.before(input);
      input.focus();
    }, null);
    await page.press('Period', NEXT);
    await sleep(300);
    expect(await cardState(page)).toBeNull();
  });

  it('passes an accessibility check with the card open', async () => {
    await load('/story.html');
    await page.press('Period', NEXT);
    await waitForCard(page, 'a card', (card) => card?.focused === true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("keeps the card's looks on a page with hostile CSS, above any z-index", async () => {
    await load('/story.html');
    await page.press('Period', NEXT);
    await waitForCard(page, 'a card on the plain page', (card) => card !== null);
    const plain = await cardLooks(page);
    const plainCard = await cardState(page);

    await load('/hostile.html');
    await page.press('Period', NEXT);
    await waitForCard(page, 'a card on the hostile page', (card) => card?.term === plainCard?.term);
    expect(await cardLooks(page)).toEqual(plain);
    expect(Object.keys(plain)).toContain('.title');
    // In the top layer: the page's fixed, maximal-z-index overlay is beneath the card.
    const onTop = await page.evaluate(() => {
      const host = document.querySelector('story-lens-card');
      const card = host?.shadowRoot?.querySelector('.card');
      const r = card?.getBoundingClientRect();
      return r ? document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host : false;
    }, null);
    expect(onTop).toBe(true);
  });

  it('opens a card on a tap, closes it on a tap elsewhere, and leaves a tap on a linked term to the link', async () => {
    await load('/linked.html');
    const linked = await pointOnTerm(page, 'ttp', 0);
    const plain = await pointOnTerm(page, 'iskp', 0);
    expect(linked && plain).toBeTruthy();

    expect(await tap(page, plain?.x ?? 0, plain?.y ?? 0)).toBe(true);
    await waitForCard(page, 'the ISKP card', (card) => card?.term === 'iskp');
    const away = await emptyPoint(page);
    await tap(page, away.x, away.y);
    await waitForCard(page, 'the card to close', (card) => card === null);

    const again = await pointOnTerm(page, 'ttp', 0);
    expect(await tap(page, again?.x ?? 0, again?.y ?? 0)).toBe(true);
    await sleep(500);
    expect(await cardState(page)).toBeNull();
  });

  it("answers real taps: the browser's own touch input opens a card, closes it, and follows a linked term", async () => {
    await load('/linked.html');
    const plain = await pointOnTerm(page, 'iskp', 0);
    expect(plain).not.toBeNull();
    await page.touch(plain?.x ?? 0, plain?.y ?? 0);
    await waitForCard(page, 'the ISKP card, from a tap', (card) => card?.term === 'iskp');
    const away = await emptyPoint(page);
    await page.touch(away.x, away.y);
    await waitForCard(page, 'the card to close after a tap elsewhere', (card) => card === null);

    // A tap on a linked term is left to the link, which the browser follows.
    const linked = await pointOnTerm(page, 'ttp', 0);
    expect(linked).not.toBeNull();
    await page.touch(linked?.x ?? 0, linked?.y ?? 0);
    await waitFor('the tap to follow the link', () =>
      page.evaluate(() => location.pathname === '/topic/ttp', null),
    );
  });

  it('stays whole and readable at 200% zoom', async () => {
    // At 200% zoom a 1000 × 700 window lays the page out in 500 × 350 CSS pixels.
    await page.resize(500, 350);
    try {
      await load('/story.html');
      for (let i = 0; i < 3; i++) {
        await page.press('Period', NEXT);
        await waitForCard(page, `card ${i + 1}`, (card) => card?.focused === true);
        const fit = await page.evaluate(() => {
          const card = document.querySelector('story-lens-card')?.shadowRoot?.querySelector('.card');
          if (!card) return null;
          const r = card.getBoundingClientRect();
          const title = card.querySelector('.title')?.getBoundingClientRect();
          return {
            inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
            noSidewaysScroll: card.scrollWidth <= card.clientWidth + 1,
            // What does not fit scrolls inside the card, which the keyboard reaches (the card has focus).
            scrollsIfTall:
              card.scrollHeight <= card.clientHeight + 1 || getComputedStyle(card).overflowY === 'auto',
            titleShown:
              title !== undefined && title.width > 0 && title.left >= r.left && title.right <= r.right + 1,
          };
        }, null);
        expect(fit, `card ${i + 1}`).toEqual({
          inside: true,
          noSidewaysScroll: true,
          scrollsIfTall: true,
          titleShown: true,
        });
      }
    } finally {
      await page.resize(1000, 700);
    }
  });

  it('gives an Urdu term a right-to-left card', async () => {
    await load('/pages/urdu.html');
    const point = await pointOnTerm(page, 'ttp');
    expect(point).not.toBeNull();
    await page.move(point?.x ?? 0, point?.y ?? 0);
    await waitForCard(page, 'the TTP card', (card) => card?.term === 'ttp');
    const card = await cardState(page);
    expect(card?.dir).toBe('rtl');
    // The page's own spelling is among the names the card gives.
    expect(card?.text).toContain('تحریک طالبان پاکستان');
  });
}

describe('Chromium', () => {
  let chromium: ChromiumWithExtension;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });
  cardTests(async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    return fromPlaywright(page);
  });
});

describe('Firefox', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });
  cardTests(async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    return fromPuppeteer(page);
  });
});
