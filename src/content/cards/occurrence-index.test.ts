// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../annotation-view';
import { OccurrenceIndex } from './occurrence-index';

/** happy-dom has no StaticRange; the index reads only its four fields. */
const range = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) =>
  ({ startContainer, startOffset, endContainer, endOffset, collapsed: false }) as StaticRange;

function page() {
  document.body.innerHTML =
    '<p id="a">The TTP and ISKP met the TTP.</p><p id="b">Tehrik-i-<b>Taliban</b> Pakistan spoke.</p>';
  const a = document.getElementById('a')?.firstChild as Text;
  const b = document.getElementById('b') as HTMLElement;
  const b1 = b.firstChild as Text; // "Tehrik-i-"
  const b2 = b.querySelector('b')?.firstChild as Text; // "Taliban"
  const b3 = b.lastChild as Text; // " Pakistan spoke."
  const occurrences: Occurrence[] = [
    { termId: 'ttp', range: range(a, 4, a, 7) },
    { termId: 'iskp', range: range(a, 12, a, 16) },
    { termId: 'ttp', range: range(a, 25, a, 28) },
    { termId: 'ttp', range: range(b1, 0, b3, 9) },
  ];
  return { a, b1, b2, b3, occurrences, index: new OccurrenceIndex(occurrences) };
}

describe('OccurrenceIndex', () => {
  it('finds the occurrence under a caret, both ends included', () => {
    const { a, occurrences, index } = page();
    expect(index.at(a, 3)).toEqual([]);
    expect(index.at(a, 4)).toEqual([occurrences[0]]);
    expect(index.at(a, 7)).toEqual([occurrences[0]]);
    expect(index.at(a, 14)).toEqual([occurrences[1]]);
    expect(index.at(a, 20)).toEqual([]);
  });

  it('indexes every text node of a term split by markup', () => {
    const { b1, b2, b3, occurrences, index } = page();
    expect(index.at(b1, 3)).toEqual([occurrences[3]]);
    expect(index.at(b2, 0)).toEqual([occurrences[3]]);
    expect(index.at(b3, 5)).toEqual([occurrences[3]]);
    expect(index.at(b3, 12)).toEqual([]);
  });

  it('answers "no highlight here" without looking at ranges', () => {
    const { index } = page();
    expect(index.has(document.body)).toBe(false);
    expect(index.at(document.createTextNode('TTP'), 1)).toEqual([]);
  });

  it('counts and lists a term in document order', () => {
    const { occurrences, index } = page();
    expect(index.count('ttp')).toBe(3);
    expect(index.count('haibatullah')).toBe(0);
    expect(index.ofTerm('ttp')).toEqual([occurrences[0], occurrences[2], occurrences[3]]);
    expect(index.indexOf(occurrences[2] as Occurrence)).toBe(2);
  });

  it('steps forward and back through a list, wrapping around', () => {
    const { occurrences, index } = page();
    const ttp = index.ofTerm('ttp');
    expect(index.step(ttp, 0, 1)).toBe(occurrences[2]);
    expect(index.step(ttp, 1, 1)).toBe(occurrences[2]);
    expect(index.step(ttp, 3, 1)).toBe(occurrences[0]);
    expect(index.step(ttp, 2, -1)).toBe(occurrences[0]);
    expect(index.step(ttp, 0, -1)).toBe(occurrences[3]);
    expect(index.step(index.all, -0.5, 1)).toBe(occurrences[0]);
    expect(index.step([], 0, 1)).toBeUndefined();
  });

  it('builds quickly for thousands of occurrences', () => {
    const text = document.createTextNode('TTP '.repeat(5000));
    document.body.replaceChildren(text);
    const many: Occurrence[] = Array.from({ length: 5000 }, (_, i) => ({
      termId: 'ttp',
      range: range(text, i * 4, text, i * 4 + 3),
    }));
    const index = new OccurrenceIndex(many);
    expect(index.count('ttp')).toBe(5000);
    // All in one text node: the lookup filters that node's list, still well under a millisecond.
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) expect(index.at(text, 4 * 2500 + 1)).toEqual([many[2500]]);
    expect((performance.now() - t0) / 100).toBeLessThan(5);
  });
});
