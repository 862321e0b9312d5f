// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NODE_BREAK } from '../core/matcher/fold';
import { PageReader, PageScreen, type PageText, readPageText, sameLine } from './page-text';

/** Every text node under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The text nodes a chunk joins, in order. */
function nodesOf(chunk: PageText): Text[] {
  return Array.from({ length: chunk.nodeCount }, (_, i) => chunk.nodeAt(i));
}

function readAll(root: Node, maxChars: number): PageText[] {
  const reader = new PageReader(root);
  const chunks: PageText[] = [];
  for (let chunk = reader.next(maxChars); chunk !== null; chunk = reader.next(maxChars)) chunks.push(chunk);
  return chunks;
}

/** Paragraphs whose lines run across inline elements, long enough to cross many chunk limits. */
function longPage(): void {
  const paragraph =
    '<p>Islamabad says the <a href="#">Tehrik-i-<em>Taliban</em></a> Pakistan (<b>TTP</b>) operates from ' +
    '<span>Afghan <i>soil</i></span>; Kabul denies it.</p><ul><li>one</li><li>two<br>three</li></ul>';
  document.body.innerHTML = `<main>${paragraph.repeat(40)}</main>`;
}

describe('reading a page in chunks', () => {
  it('reads every text node once, in document order, whatever the chunk size', () => {
    longPage();
    const expected = textNodes(document.body);
    for (const maxChars of [1, 7, 50, 333, 5_000]) {
      const chunks = readAll(document.body, maxChars);
      expect(chunks.flatMap(nodesOf)).toEqual(expected);
      for (const chunk of chunks) {
        expect(chunk.text).toBe(
          nodesOf(chunk)
            .map((node) => node.data)
            .join(NODE_BREAK),
        );
      }
    }
  });

  it('ends a chunk only between lines, never inside one, so a term is never cut', () => {
    longPage();
    for (const maxChars of [1, 7, 50, 333]) {
      const chunks = readAll(document.body, maxChars);
      expect(chunks.length).toBeGreaterThan(10);
      for (let i = 1; i < chunks.length; i++) {
        const before = chunks[i - 1] as PageText;
        const after = chunks[i] as PageText;
        expect(sameLine(before.nodeAt(before.nodeCount - 1), after.nodeAt(0))).toBe(false);
      }
      // The TTP's full name, split over <a> and <em>, always lands in one chunk.
      const whole = chunks.filter((chunk) => chunk.text.includes(`Tehrik-i-${NODE_BREAK}Taliban`));
      expect(whole).toHaveLength(chunks.filter((chunk) => chunk.text.includes('Tehrik-i-')).length);
    }
  });

  it('stops at about the limit: each chunk but the last holds at least `maxChars` characters', () => {
    longPage();
    const chunks = readAll(document.body, 400);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text.length + 1).toBeGreaterThanOrEqual(400);
  });

  it('reads a whole root as one text without a limit', () => {
    longPage();
    const page = readPageText(document.body);
    expect(nodesOf(page)).toEqual(textNodes(document.body));
    expect(readAll(document.body, Number.POSITIVE_INFINITY)).toHaveLength(1);
  });

  it('maps positions back to nodes and offsets', () => {
    document.body.innerHTML = '<p>Tehrik-i-<em>Taliban</em> Pakistan</p>';
    const page = readPageText(document.body);
    const at = page.text.indexOf('Taliban');
    const index = page.nodeIndexAt(at);
    expect(page.nodeAt(index).data).toBe('Taliban');
    expect(page.offsetIn(index, at + 3)).toBe(3);
    expect(page.isInline(page.text.indexOf(NODE_BREAK))).toBe(true);
  });

  it('ends a word at a footnote mark, as a superscript holds no part of a name', () => {
    document.body.innerHTML =
      '<p>ministries in Kabul<sup>11</sup> enforce it; the Tehrik-i-<em>Taliban</em></p>';
    const page = readPageText(document.body);
    const [first, second] = [...page.text.matchAll(new RegExp(NODE_BREAK, 'g'))].map((m) => m.index);
    expect(page.isInline(first as number)).toBe(false);
    expect(page.isInline(second as number)).toBe(false);
    expect(page.isInline(page.text.lastIndexOf(NODE_BREAK))).toBe(true);
  });

  it('leaves out the long text of style sheets and scripts, and reads the prose around them', () => {
    const css = `.story-lens-test { color: red; } /* Taliban Kabul TTP */ ${'p { margin: 0; } '.repeat(30)}`;
    document.body.innerHTML = `<style>${css}</style><p>Kabul said</p><noscript>${css}</noscript><p>the TTP</p>`;
    const script = document.createElement('script');
    script.textContent = `window.story = ${JSON.stringify({ text: css })};`;
    document.body.append(script);
    for (const maxChars of [1, 100_000]) {
      const chunks = readAll(document.body, maxChars);
      const text = chunks
        .map((chunk) => chunk.text)
        .filter((text) => text !== '') // a chunk may hold only a style sheet
        .join(NODE_BREAK);
      expect(text).toBe(`Kabul said${NODE_BREAK}the TTP`);
      // Each part left in still leads back to its own node.
      for (const chunk of chunks)
        expect(
          nodesOf(chunk)
            .map((node) => node.data)
            .join(NODE_BREAK),
        ).toBe(chunk.text);
    }
  });

  it('finds every node again from the few it keeps, around left-out style sheets too', () => {
    const css = `p { margin: 0; } `.repeat(30);
    const items = Array.from({ length: 70 }, (_, i) =>
      i % 9 === 4 ? `<style>${css}</style>` : `<span>word ${i}</span> <b>${i}</b>`,
    );
    document.body.innerHTML = `<p>${items.join('')}</p>`;
    const page = readPageText(document.body);
    const expected = textNodes(document.body).filter((node) => node.parentNode?.nodeName !== 'STYLE');
    expect(page.nodeCount).toBe(expected.length);
    // Looked up out of order, so blocks are walked in any order.
    for (let i = page.nodeCount - 1; i >= 0; i -= 3) expect(page.nodeAt(i)).toBe(expected[i]);
    for (let i = 0; i < page.nodeCount; i++) expect(page.nodeAt(i)).toBe(expected[i]);
  });

  it('has nothing to read in an empty root', () => {
    document.body.innerHTML = '<div><p></p></div>';
    expect(new PageReader(document.body).next(10)).toBeNull();
  });
});

describe('screening a page node by node', () => {
  /** Screens all of `root` in steps of `maxChars`; the results of each step and the texts it tested. */
  function screenAll(root: Node, maxChars: number, sign: RegExp) {
    const tested: string[] = [];
    const screen = new PageScreen(root, (text) => {
      tested.push(text);
      return sign.test(text);
    });
    const steps: (boolean | null)[] = [];
    for (let step = screen.next(maxChars); ; step = screen.next(maxChars)) {
      steps.push(step);
      if (step !== false) break;
    }
    return { steps, tested };
  }

  it('stops at the first node that passes, having tested only the nodes before it', () => {
    document.body.innerHTML =
      '<p>Rain in <b>Lahore</b> today.</p><p>Ishaq Dar flew to Kabul.</p><p>Sports</p>';
    const { steps, tested } = screenAll(document.body, 1_000, /ishaq/i);
    expect(steps).toEqual([true]);
    // A node that fails after one that ended in a word is tested again with the end of that one before it: a
    // name might run on across the element.
    expect(tested).toEqual([
      'Rain in ',
      'Lahore',
      'Rain in Lahore',
      ' today.',
      'Rain in Lahore today.',
      'Ishaq Dar flew to Kabul.',
    ]);
  });

  it('finds a name cut by elements, across the steps it is screened in', () => {
    document.body.innerHTML = `<p>${'Rain again. '.repeat(10)}The <a href="#">Tehreek-e-<em>Taliban</em></a>\n  <b>Pakistan</b> struck.</p>`;
    // One node a step: what was carried must outlive the step.
    const { steps, tested } = screenAll(document.body, 1, /tehreek\W*e\W*taliban\W*pakistan/i);
    expect(steps).toEqual([false, false, false, false, true]);
    expect(tested.at(-1)).toMatch(/The Tehreek-e-Taliban Pakistan$/);
  });

  it('carries nothing past a node that ends outside a word', () => {
    document.body.innerHTML = '<p>Tehreek-e-Taliban.</p><p>Pakistan struck.</p>';
    const { steps, tested } = screenAll(document.body, 1_000, /taliban\W*pakistan/i);
    expect(steps).toEqual([null]);
    expect(tested).toEqual(['Tehreek-e-Taliban.', 'Pakistan struck.']);
  });

  it('reports the end of the text when no node passes, one step per `maxChars` characters', () => {
    longPage();
    const all = textNodes(document.body).map((node) => node.data);
    const { steps, tested } = screenAll(document.body, 500, /ishaq/i);
    // Every node's text, in order, each followed by at most one test of its start after what was carried.
    let at = 0;
    let again = 0;
    all.forEach((data, i) => {
      expect(tested[at++]).toBe(data);
      const next = tested[at];
      if (next === undefined || next === all[i + 1]) return;
      expect(next.endsWith(data.slice(0, 48))).toBe(true);
      expect(next.length).toBeLessThanOrEqual(2 * 48 + 1);
      again++;
      at++;
    });
    expect(at).toBe(tested.length);
    expect(again).toBeGreaterThan(0);
    expect(steps.at(-1)).toBeNull();
    const chars = all.reduce((sum, text) => sum + text.length + 1, 0);
    expect(steps.length).toBeGreaterThanOrEqual(Math.floor(chars / 600));
    expect(steps.slice(0, -1).every((step) => step === false)).toBe(true);
  });

  it('never passes the long raw text of a style sheet or script', () => {
    const css = `/* Ishaq Dar */ ${'p { margin: 0; } '.repeat(30)}`;
    document.body.innerHTML = `<style>${css}</style><p>Weather</p>`;
    expect(screenAll(document.body, 100_000, /ishaq/i).steps).toEqual([null]);
    document.body.innerHTML = `<style>${css}</style><p>Ishaq Dar</p>`;
    expect(screenAll(document.body, 100_000, /ishaq/i).steps).toEqual([true]);
  });
});
