import { describe, expect, it } from 'vitest';
import { anchorSources } from './anchors';

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
    expect(alternatives(latin).sort()).toEqual(['islamic\\W*state\\W*in\\W*khorasan\\b', 'khura', 'tehri']);
    expect(arabic).toBe('دولت\\W*اسلامی');
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
    expect(alternatives(latin).sort()).toEqual([
      'is\\W*k\\b',
      'is\\W*kp\\b',
      'iskp',
      'teh\\W*ri\\b',
      'tehri',
    ]);
    expect(arabic.split('|').sort()).toEqual(['دولت\\W*اسلامی', 'دولتا']);
  });
});
