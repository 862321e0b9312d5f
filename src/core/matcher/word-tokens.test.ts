import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../scripts/lib/glossary-files';
import { compileMatcher } from './compile';
import { expandWords, withWordTokens } from './word-tokens';

/** Lines as `MatcherData.patternLines` writes them: a front code (any character), the rest, "\n". */
const lines = (...rests: [string, string][]) => rests.map(([head, rest]) => `${head}${rest}\n`).join('');

describe('the patterns’ word tokens', () => {
  it('writes each repeated piece once and reads the patterns back exactly', () => {
    const patterns = lines(
      ['0', 'pakistan border'],
      ['0', 'afghan border'],
      ['6', 'istan border'],
      ['0', 'durand line border'],
      ['0', 'khorasan province'],
      ['0', 'razavi khorasan province'],
      ['0', 'islamic state khorasan province'],
    );
    const { patterns: short, tokens, words } = withWordTokens(patterns);
    expect(short.length + tokens.length + words.length).toBeLessThan(patterns.length);
    expect(words.split('\n')).toContain(' border');
    expect(words.split('\n')).toHaveLength(tokens.length);
    expect(expandWords(short, tokens, words)).toBe(patterns);
  });

  it('never takes a line’s front code for a token, whatever character it is', () => {
    // "/" is the first token tried; as a front code (a shared length of -1 never occurs, but any code may) it
    // stays as it is.
    const patterns = lines(['/', 'khorasan'], ['/', 'khorasan'], ['/', 'khorasan'], ['0', 'khorasan']);
    const { patterns: short, tokens, words } = withWordTokens(patterns);
    expect(tokens).toContain('/');
    expect(short.split('\n').map((line) => line[0])).toEqual(['/', '/', '/', '0', undefined]);
    expect(expandWords(short, tokens, words)).toBe(patterns);
  });

  it('uses no character the patterns hold, and leaves patterns with no repeats as they are', () => {
    const patterns = lines(['0', 'abcdef/'], ['0', 'abcdef/'], ['0', 'abcdef/'], ['0', 'abcdef/']);
    const { patterns: short, tokens, words } = withWordTokens(patterns);
    expect(tokens).not.toBe('');
    expect(tokens).not.toContain('/');
    expect(expandWords(short, tokens, words)).toBe(patterns);
    expect(withWordTokens(lines(['0', 'kabul'], ['0', 'dar']))).toEqual({
      patterns: lines(['0', 'kabul'], ['0', 'dar']),
      tokens: '',
      words: '',
    });
    expect(expandWords('0kabul\n', '', '')).toBe('0kabul\n');
  });

  it('shortens the glossary’s patterns by a sixth or more, and the matcher reads them back', () => {
    const data = compileMatcher(readGlossary());
    const shipped = new TextEncoder().encode(data.patternLines + data.tokens + data.tokenWords).length;
    const written = new TextEncoder().encode(
      expandWords(data.patternLines, data.tokens, data.tokenWords),
    ).length;
    expect(shipped).toBeLessThan(written * (5 / 6));
    expect(withWordTokens(expandWords(data.patternLines, data.tokens, data.tokenWords))).toEqual({
      patterns: data.patternLines,
      tokens: data.tokens,
      words: data.tokenWords,
    });
  });
});
