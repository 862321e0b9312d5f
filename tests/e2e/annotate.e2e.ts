/**
 * Annotation in real browsers, with the built test extension: a page made from the story gets its terms
 * highlighted through `CSS.highlights` (and nothing else: its DOM serializes exactly as without the extension),
 * terms run across inline elements, editable regions and code stay untouched, text the page adds or removes
 * later is followed, a page whose one distinctive name markup cuts in two is still let through, an off-topic
 * page is left alone until the reader asks, and the background hears of it.
 */
import { chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './support/browsers';
import { type ChromiumWithExtension, type ExtensionGlobal, launchChromium } from './support/chromium';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { countHighlights, type HighlightTexts, readHighlights } from './support/highlights';
import { startServer, type TestServer } from './support/server';
import { storyPage } from './support/story-page';
import { waitFor } from './support/wait';

let server: TestServer;

/** A story page with the hard cases added: a term split by inline markup, editable text, code. */
const LIVING_PAGE = storyPage({ title: 'Living page' }).replace(
  '</article>',
  `<p id="split">Officials blamed Tehrik-i-<em>Taliban</em> Pakistan for the raid.</p>
        <div contenteditable="true" id="editor"><p>Draft: the TTP claimed the attack.</p></div>
        <pre id="code">grep TTP attacks.log</pre>
        <p id="later"></p>
      </article>`,
);

/**
 * A page about the story whose one name the screen keys on ("Tehreek-e-Taliban") the markup cuts in two: the
 * rest (TTP, safe havens, cross-border attacks) are names the screen does not key on.
 */
const CUT_NAME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Border talks stall</title></head>
<body><article><h1>Border talks stall</h1>
<p>Islamabad says the <a href="#">Tehreek-e-<em>Taliban</em> Pakistan</a> (TTP) plans its cross-border attacks
from safe havens in Afghanistan. Kabul denies that the TTP has sanctuaries on its soil.</p>
<p>Officials on both sides say the talks will go on next month.</p></article></body></html>`;

/** The highlights of a page whose only distinctive name is cut by markup: the screen must let it through. */
async function expectCutNameAnnotated(read: () => Promise<HighlightTexts>): Promise<void> {
  const texts = await highlightsSettled(read, 5);
  expect(texts.ttp, JSON.stringify(texts)).toEqual(['Tehreek-e-Taliban Pakistan', 'TTP', 'TTP']);
  expect(texts.safe_haven).toEqual(['safe havens', 'sanctuaries']);
}

beforeAll(async () => {
  server = await startServer();
  server.route('/story.html', storyPage());
  server.route('/living.html', LIVING_PAGE);
  server.route('/cut-name.html', CUT_NAME_PAGE);
});
afterAll(async () => {
  await server?.close();
});

const highlightsSettled = (read: () => Promise<HighlightTexts>, minimum = 1) =>
  waitFor('the page to be highlighted', async () => {
    const texts = await read();
    return countHighlights(texts) >= minimum ? texts : null;
  });

describe('Chromium', () => {
  let chromium: ChromiumWithExtension;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('highlights the story’s terms on a story page and reports them to the background', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    const texts = await highlightsSettled(() => page.evaluate(readHighlights), 20);
    for (const id of [
      'ttp',
      'iskp',
      'afghan_taliban',
      'haibatullah',
      'ishaq_dar',
      'trilateral_cpa',
      'kabul',
    ]) {
      expect(texts[id]?.length, id).toBeGreaterThan(0);
    }
    expect(texts.ttp).toContain('TTP');
    expect(texts.ishaq_dar).toContain('Ishaq Dar');

    const tabId = await chromium.tabIdOf(page);
    const report = await waitFor('the report', () =>
      chromium.background.evaluate(
        async (key) =>
          (await (globalThis as unknown as ExtensionGlobal).chrome.storage.session.get(key))[key],
        `tab:${tabId}`,
      ),
    );
    expect(report).toMatchObject({ relevant: true, annotated: true });
    const reported = Object.fromEntries(
      (report as { terms: { id: string; count: number }[] }).terms.map((t) => [t.id, t.count]),
    );
    expect(reported).toEqual(
      Object.fromEntries(Object.entries(texts).map(([id, list]) => [id, list.length])),
    );
    await page.close();
  });

  it('leaves the page’s DOM exactly as it is without the extension', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/living.html`);
    await highlightsSettled(() => page.evaluate(readHighlights), 20);
    await page.waitForTimeout(300);
    const withExtension = await page.evaluate(() => new XMLSerializer().serializeToString(document));

    const plain = await playwright.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const other = await plain.newPage();
      await other.goto(`${server.origin}/living.html`);
      await other.waitForTimeout(300);
      const without = await other.evaluate(() => new XMLSerializer().serializeToString(document));
      expect(withExtension).toBe(without);
    } finally {
      await plain.close();
    }
    await page.close();
  });

  it('runs terms across inline elements, skips editable text and code, and follows the page’s changes', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/living.html`);
    const before = await highlightsSettled(() => page.evaluate(readHighlights), 20);
    expect(before.ttp).toContain('Tehrik-i-Taliban Pakistan');
    const inSkipped = await page.evaluate(() => {
      const skipped = [document.getElementById('editor'), document.getElementById('code')];
      let count = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('story-lens-')) continue;
        for (const range of highlight) if (skipped.some((el) => el?.contains(range.startContainer))) count++;
      }
      return count;
    });
    expect(inSkipped).toBe(0);

    // New text: annotated within half a second (waitFor polls; the check below bounds the delay).
    const started = Date.now();
    await page.evaluate(() => {
      const later = document.getElementById('later') as HTMLElement;
      later.textContent = 'Later, the Islamic State Khorasan Province claimed a second attack.';
    });
    await waitFor('the new text to be highlighted', async () =>
      (await page.evaluate(readHighlights)).iskp?.some((t) => t.includes('Islamic State Khorasan Province'))
        ? true
        : null,
    );
    expect(Date.now() - started).toBeLessThan(1500);

    // Removed text: its ranges are dropped.
    const ttpBefore = (await page.evaluate(readHighlights)).ttp?.length ?? 0;
    await page.evaluate(() => document.getElementById('split')?.remove());
    await waitFor('the removed text’s highlight to go', async () =>
      ((await page.evaluate(readHighlights)).ttp?.length ?? 0) === ttpBefore - 1 ? true : null,
    );
    await page.close();
  });

  it('annotates a page whose one distinctive name is cut by markup', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/cut-name.html`);
    await expectCutNameAnnotated(() => page.evaluate(readHighlights));
    await page.close();
  });

  it('leaves an off-topic page alone until the reader asks to annotate it', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/pages/plain.html`);
    const tabId = await chromium.tabIdOf(page);
    await waitFor('the report', () =>
      chromium.background.evaluate(
        async (key) =>
          (await (globalThis as unknown as ExtensionGlobal).chrome.storage.session.get(key))[key],
        `tab:${tabId}`,
      ),
    );
    expect(countHighlights(await page.evaluate(readHighlights))).toBe(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A note on Kabul: the TTP militants were blamed.';
      document.body.append(p);
    });
    await page.waitForTimeout(400);
    expect(countHighlights(await page.evaluate(readHighlights))).toBe(0);

    const answer = await chromium.background.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, { type: 'annotate-now' }),
      tabId,
    );
    expect(answer).toMatchObject({ annotated: true });
    const texts = await highlightsSettled(() => page.evaluate(readHighlights));
    expect(texts, JSON.stringify(texts)).toHaveProperty('ttp', ['TTP']);
    await page.close();
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

  it('highlights the story’s terms and follows new text', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/living.html`);
    const texts = await highlightsSettled(() => page.evaluate(readHighlights), 20);
    expect(texts.ttp).toContain('Tehrik-i-Taliban Pakistan');
    expect(texts.haibatullah?.length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const later = document.getElementById('later') as HTMLElement;
      later.textContent = 'Ishaq Dar is due in Beijing.';
    });
    await waitFor('the new text to be highlighted', async () =>
      (await page.evaluate(readHighlights)).ishaq_dar?.includes('Ishaq Dar') ? true : null,
    );
    await page.close();
  });

  it('annotates a page whose one distinctive name is cut by markup', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/cut-name.html`);
    await expectCutNameAnnotated(() => page.evaluate(readHighlights));
    await page.close();
  });
});
