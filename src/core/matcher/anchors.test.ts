import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  anchorRegExp,
  anchorSources,
  fromStandIns,
  withoutContained,
  withStandIns,
} from './anchors';

/** Every alternative a trie-shaped source (see `anchorSources`) stands for, written out. */
function expand(source: string): string[] {
  let at = 0;
  const alternation = (): string[] => {
    const all = [...sequence()];
    while (source[at] === '|') {
      at++;
      all.push(...sequence());
    }
    return all;
  };
  const sequence = (): string[] => {
    let out = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let part: string[];
      if (source.startsWith('(?:', at)) {
        at += 3;
        part = alternation();
        at++; // ")"
        if (source[at] === '?') {
          at++;
          part.push('');
        }
      } else if (source[at] === '\\') {
        part = [source.slice(at, at + 2)];
        at += 2;
      } else if (source[at] === '[') {
        const end = source.indexOf(']', at);
        part = [...source.slice(at + 1, end)];
        at = end + 1;
      } else {
        part = [source[at++] as string];
        if (source[at] === '?') {
          at++;
          part.push('');
        }
      }
      out = out.flatMap((head) => part.map((tail) => head + tail));
    }
    return out;
  };
  return alternation();
}

/** The Latin-script alternatives, without the shared leading word boundary. */
const alternatives = (source: string) => expand(source.replace(/^\\b\(\?:|\)$/g, ''));

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
    expect(expand(arabic)).toEqual(['دولت اسلامی']);
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
    expect(expand(arabic).sort()).toEqual(['دولت اسلامی', 'دولتا']);
  });

  it('ship a separator as one space, which compiles to any run of non-word characters', () => {
    const { latin } = anchorSources(['is k', 'islamic state khorasan']);
    expect(latin).toBe('\\b(?:(?:is(?: k|lamic state khorasan))\\b)');
    const sign = anchorRegExp(latin);
    for (const text of ['IS-K', 'Islamic State\n      Khorasan', 'is – k', 'ISK'])
      expect(sign.test(text), text).toBe(true);
    for (const text of ['is kind', 'Islamic State Khorasani', 'this k'])
      expect(sign.test(text), text).toBe(false);
  });

  it('ship Arabic-script letters as ASCII stand-ins that the content script turns back, regex syntax untouched', () => {
    const letters = 'آابتحدرسطقکلمنهوی';
    const source = 'اسح(?:اق|ق)|تحریک طالبان|ه(?:ب(?:ت الله|ه)|یبت)';
    const shipped = withStandIns(source, letters);
    expect(shipped).toMatch(/^[A-Za-z(?:|) ]+$/);
    expect(fromStandIns(shipped, letters)).toBe(source);
    expect(() => withStandIns('داعش', letters)).toThrow(/no stand-in/);
  });

  it('compile a separator to exactly the characters that are not ASCII letters or digits, whatever their case', () => {
    const compiled = anchorRegExp('a b');
    const whole = new RegExp(`^(?:${compiled.source})$`, compiled.flags);
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (whole.test(`a${ch}b`) !== !/[A-Za-z0-9]/.test(ch)) expect.fail(`U+${code.toString(16)}`);
    }
  });

  it('write shared beginnings once, and every anchor stays an alternative', () => {
    const anchors = ['tehrik e taliban', 'tehrik i taliban', 'is k', 'is kp', 'haiba', 'hibat', 'ishaq'];
    const { latin } = anchorSources(anchors);
    expect(latin).toBe('\\b(?:(?:is kp?|tehrik (?:e taliban|i taliban))\\b|h(?:aiba|ibat)|ishaq)');
    expect(alternatives(latin).sort()).toEqual(
      ['is k\\b', 'is kp\\b', 'tehrik e taliban\\b', 'tehrik i taliban\\b', 'haiba', 'hibat', 'ishaq'].sort(),
    );
    const sign = anchorRegExp(latin);
    for (const text of ['Tehrik-e-Taliban', 'IS-KP', 'IS-K', 'Hibatullah', 'Ishaq Dar'])
      expect(sign.test(text), text).toBe(true);
    for (const text of ['Tehrik-e-Insaf', 'is kind', 'Ishmael']) expect(sign.test(text), text).toBe(false);
  });

  it('write one-letter Latin alternatives as a class, and an optional letter without a group', () => {
    const { latin, arabic } = anchorSources([
      'ishak',
      'ishaq',
      'khora',
      'khura',
      'is k',
      'is kp',
      'اسحاق',
      'اسحق',
    ]);
    expect(latin).toBe('\\b(?:(?:is kp?)\\b|isha[kq]|kh(?:ora|ura))');
    expect(alternatives(latin).sort()).toEqual(['is k\\b', 'is kp\\b', 'ishak', 'ishaq', 'khora', 'khura']);
    // Arabic letters stay alternatives: each becomes a class of its own variants.
    expect(arabic).toBe('اسح(?:اق|ق)');
    const sign = anchorRegExp(latin);
    for (const text of ['Ishaq Dar', 'Ishak Dar', 'IS-KP']) expect(sign.test(text), text).toBe(true);
    expect(sign.test('Ishan')).toBe(false);
  });
});

describe('the anchor of a name', () => {
  const none = new Set<string>();
  const shared = new Map<string, number>();

  it('keys on the start of its most distinctive word', () => {
    expect(anchorOf('hibatullah akhundzada', new Set(['akhundzada']), shared)).toBe('hibat');
    expect(anchorOf('muhammad ishaq dar', none, new Map([['ishaq', 3]]))).toBe('ishaq');
  });

  it('keeps a one- or two-letter word before it, and then the word whole', () => {
    // "affai" alone would let every "Ministry of Foreign Affairs" through.
    expect(anchorOf("charge d'affaires", none, shared)).toBe('d affaires');
    // An apostrophe and a space together ("d’ affaires") part two words, not three.
    expect(anchorOf("charge d' affaires", none, shared)).toBe('d affaires');
  });

  it('keys on the whole name when every word is common', () => {
    expect(anchorOf('tehrik i taliban', new Set(['tehrik', 'taliban']), shared)).toBe('tehrik i taliban');
  });
});

describe('the names that need an anchor of their own', () => {
  const kept = (...keys: string[]) => withoutContained(keys.map((key) => ({ key }))).map(({ key }) => key);

  it('leave out a Latin-script name that holds another whole, word for word', () => {
    expect(
      kept('china afghanistan pakistan', 'china afghanistan pakistan foreign ministers dialogue'),
    ).toEqual(['china afghanistan pakistan']);
    // Not word for word: the longer name's text need not hold the shorter one's anchor at a word start.
    expect(kept('tehrik i taliban', 'tehriki taliban pakistan')).toEqual([
      'tehrik i taliban',
      'tehriki taliban pakistan',
    ]);
  });

  it('leave out an Arabic-script name that holds another’s letters, but never across a separator it lacks', () => {
    expect(kept('هبت الله', 'هبتالله', 'هبت الله اخوندزاده', 'هبتالله اخوندزاده')).toEqual(['هبت الله']);
    // "هبتال…" would not find "هبت الله": the spaced name keeps its own anchor.
    expect(kept('هبتالله', 'هبت الله اخوندزاده')).toEqual(['هبتالله', 'هبت الله اخوندزاده']);
  });
});
