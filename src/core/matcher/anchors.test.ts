import { describe, expect, it } from 'vitest';
import { anchorRegExp, anchorSources } from './anchors';

const alternatives = (source: string) => source.replace(/^\\b\(\?:|\)$/g, '').split('|');

describe('anchor expressions', () => {
  it('leave out an anchor that another one already covers', () => {
    const { latin, arabic } = anchorSources([
      'islamic state in khorasan',
      'islamic state in khorasan province',
      'tehri',
      'tehrik i taliban',
      'khura',
      'islamic state khurasan',
      'دولت اسلامی',
      'دولتاسلامی',
      'گروه دولت اسلامی',
    ]);
    expect(alternatives(latin).sort()).toEqual(['islamic state in khorasan\\b', 'khura', 'tehri']);
    expect(arabic).toBe('دولت اسلامی');
  });

  it('keep an anchor that matches text the other would miss', () => {
    const { latin, arabic } = anchorSources([
      'is k',
      'is kp',
      'teh ri',
      'tehri',
      'iskp',
      'دولتا',
      'دولت اسلامی',
    ]);
    // "is k" ends a word, so it misses "IS-KP"; "tehri" never spans a break; Latin anchors start a word.
    expect(alternatives(latin).sort()).toEqual(['is k\\b', 'is kp\\b', 'iskp', 'teh ri\\b', 'tehri']);
    expect(arabic.split('|').sort()).toEqual(['دولت اسلامی', 'دولتا']);
  });

  it('ship a separator as one space, which compiles to any run of non-word characters', () => {
    const { latin } = anchorSources(['is k', 'islamic state khorasan']);
    expect(latin).toBe('\\b(?:islamic state khorasan\\b|is k\\b)');
    const sign = anchorRegExp(latin);
    for (const text of ['IS-K', 'Islamic State\n      Khorasan', 'is – k', 'ISK'])
      expect(sign.test(text), text).toBe(true);
    for (const text of ['is kind', 'Islamic State Khorasani', 'this k'])
      expect(sign.test(text), text).toBe(false);
  });
});
