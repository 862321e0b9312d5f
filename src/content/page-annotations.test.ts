// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../scripts/lib/glossary-matcher';
import { PageAnnotations } from './page-annotations';

/** The accepted matches' texts, by term, after a read with or without screening, chunk by chunk. */
function read(screen: boolean) {
  const matcher = glossaryMatcher();
  const annotations = new PageAnnotations(matcher, document.body);
  annotations.beginScan(screen);
  let steps = 0;
  while (!annotations.scanStep()) steps++;
  annotations.resolve();
  return {
    steps,
    screenedOut: annotations.screenedOut,
    found: annotations.accepted.map((m) => `${matcher.terms[m.target]}@${m.start}`),
  };
}

const filler = (n: number) => '<p>Markets were calm and the weather mild across the region.</p>'.repeat(n);

describe('reading a page with screening', () => {
  it('matches a page that passes exactly as an unscreened read does, from its very start', () => {
    // Terms before the first core name (Kabul, Islamabad) are found too: the read starts over from the top.
    document.body.innerHTML = `<p>Kabul and Islamabad traded words.</p>${filler(400)}<p>The <a href="#">Tehrik-i-<em>Taliban</em> Pakistan</a> (TTP) struck again; Ishaq Dar flew to Kabul.</p>${filler(50)}`;
    const screened = read(true);
    const unscreened = read(false);
    expect(screened.screenedOut).toBe(false);
    expect(screened.found).toEqual(unscreened.found);
    expect(screened.found).toContain('kabul@0');
    expect(screened.found.some((m) => m.startsWith('ttp@'))).toBe(true);
    // Screening took steps of its own before the read: the page is long enough to need several.
    expect(screened.steps).toBeGreaterThan(unscreened.steps);
  });

  it('never matches a page without a core name, and says so', () => {
    document.body.innerHTML = `<p>Kabul and Islamabad traded words.</p>${filler(400)}`;
    const screened = read(true);
    expect(screened).toMatchObject({ screenedOut: true, found: [] });
    // Unscreened (the reader asked for the page), the same page is matched.
    expect(read(false)).toMatchObject({ screenedOut: false, found: ['kabul@0', 'islamabad@10'] });
  });
});
