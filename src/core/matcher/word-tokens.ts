/**
 * Shorthand for what the patterns repeat ("istan", " border", "khorasan", an Arabic-script word's stand-ins):
 * each such piece is written once, in `MatcherData.tokenWords`, and stands in `patternLines` as one character
 * that the patterns do not otherwise use. The patterns ship inside the content script, which has a size budget, and
 * their front coding shares only the starts of neighbouring patterns; most repeats lie elsewhere ("afghan border",
 * "pak afghan border", "attack from across the border").
 *
 * The build chooses the pieces (`withWordTokens`, greedy: each time the one that saves the most bytes); the
 * matcher writes them out again once, before it builds its trie (`expandWords`). A piece may hold the tokens of
 * pieces chosen before it. The first character of each line (its front code) is never a token.
 */

/**
 * `patterns` with every token written out: `tokens` holds the tokens, `words` the pieces they stand for, in the
 * same order, one per line. Two strings rather than pairs to parse: this runs before the first scan of a page.
 */
export function expandWords(patterns: string, tokens: string, words: string): string {
  const pieces = words.split('\n');
  // Not a line's first character: that is its front code, which may be any character. A piece may hold tokens
  // of its own, written out by the next round (pieces nest a few deep at most).
  const token = RegExp(`(?<=.)[${tokens}]`, 'g');
  for (let last = ''; last !== patterns; ) {
    last = patterns;
    patterns = patterns.replace(token, (ch) => pieces[tokens.indexOf(ch)] as string);
  }
  return patterns;
}

/**
 * Characters that may stand for a piece, in order of preference: ASCII first (one byte in the content script),
 * then two-byte ones (from À to ɏ: Latin letters, which folded patterns do not hold, and × and ÷; any a pattern
 * does hold is left out). Not `]`, `\`, `^` or `-`, which `expandWords`'s character class would read otherwise,
 * nor quotes, `$` or `{`, which the minifier may have to escape in a string. A function, not a constant: the
 * content script imports this module for `expandWords`, and its minifier keeps a top-level spread it cannot
 * prove pure.
 */
function tokenCandidates(): string[] {
  return [
    ...'/0123456789:;<=>?@[_|}!#%&()*+,.',
    ...Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i)),
  ];
}

/** The longest piece considered: longer repeats are rare, and counting them costs build time. */
const MAX_PIECE = 16;

/** UTF-8 bytes of `text`, as it ships (every character here is below U+0800). */
function bytesOf(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 2;
  return bytes;
}

/**
 * `patterns` (lines, each a front code and the rest) with repeated pieces of the rest replaced by tokens, and the
 * `tokens` and `words` that `expandWords` needs to undo it. Stops when no piece saves a byte or the tokens run out.
 */
export function withWordTokens(patterns: string): { patterns: string; tokens: string; words: string } {
  const lines = patterns.split('\n');
  const heads = lines.map((line) => line.slice(0, 1));
  let rests = lines.map((line) => line.slice(1));
  const free = tokenCandidates().filter((token) => !rests.some((rest) => rest.includes(token)));
  let tokens = '';
  const words: string[] = [];
  for (const token of free) {
    const tokenBytes = bytesOf(token);
    const counts = new Map<string, number>();
    for (const rest of rests)
      for (let i = 0; i < rest.length; i++)
        for (let end = i + 2; end <= rest.length && end - i <= MAX_PIECE; end++) {
          const piece = rest.slice(i, end);
          counts.set(piece, (counts.get(piece) ?? 0) + 1);
        }
    // Counted with overlaps, so only an estimate: the saving is checked on the real replacement below.
    const saving = (piece: string, count: number) =>
      count * (bytesOf(piece) - tokenBytes) - (tokenBytes + bytesOf(piece) + 1);
    let best = '';
    let bestSaving = 0;
    for (const [piece, count] of counts) {
      const s = saving(piece, count);
      if (s > bestSaving || (s === bestSaving && s > 0 && piece < best)) {
        best = piece;
        bestSaving = s;
      }
    }
    if (best === '') break;
    const replaced = rests.map((rest) => rest.split(best).join(token));
    const used = replaced.reduce((n, rest, i) => n + ((rests[i] as string).length - rest.length), 0);
    const count = used / (best.length - 1);
    if (saving(best, count) <= 0) break;
    rests = replaced;
    tokens += token;
    words.push(best);
  }
  return { patterns: rests.map((rest, i) => heads[i] + rest).join('\n'), tokens, words: words.join('\n') };
}
