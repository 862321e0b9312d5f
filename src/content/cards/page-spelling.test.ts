// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSpelling } from './page-spelling';

/** happy-dom has no StaticRange; `pageSpelling` reads only its four fields. */
const range = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) =>
  ({ startContainer, startOffset, endContainer, endOffset, collapsed: false }) as StaticRange;

describe('the page’s own spelling of an occurrence', () => {
  it('reads a name inside one text node, and one that runs across inline elements', () => {
    document.body.innerHTML =
      '<p id="a">The TTP met.</p><p id="b">Tehreek-e-<em>Taliban</em> Pakistan spoke.</p>';
    const a = document.getElementById('a')?.firstChild as Text;
    const b = document.getElementById('b') as HTMLElement;
    expect(pageSpelling(range(a, 4, a, 7))).toBe('TTP');
    expect(pageSpelling(range(b.firstChild as Node, 0, b.lastChild as Node, 9))).toBe(
      'Tehreek-e-Taliban Pakistan',
    );
  });

  it('is empty when the page has since shortened the text', () => {
    document.body.innerHTML = '<p>Ishaq Dar arrived.</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const stale = range(text, 0, text, 9);
    text.data = 'Dar';
    expect(pageSpelling(stale)).toBe('');
  });
});
