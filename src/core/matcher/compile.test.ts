import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../scripts/lib/glossary-files';
import { GlossaryError } from '../glossary/problems';
import {
  compileMatcher,
  metaOfTargets,
  type Pattern,
  patternKey,
  withDroppableSpaces,
  withoutIdleTraps,
  withRepeats,
} from './compile';
import {
  DROPPABLE_SPACE,
  expandRepeats,
  META_BASE,
  META_MAX,
  PATTERN_LETTERS,
  REPEAT,
  spellingsOf,
  TRAP,
} from './data';
import { foldString } from './fold';
import { Matcher } from './matcher';
import { expandWords } from './word-tokens';

/** Every spelling of a folded alias (or trap) that the matcher finds. */
const spacingVariants = (key: string, trap = false) => spellingsOf(withDroppableSpaces(key, trap));

/** A pattern of the compiler's, as a test needs it: key and target only. */
const pattern = (key: string, target: number): Pattern => ({
  key,
  written: key,
  target,
  rule: 0,
  flags: 0,
  caseMask: null,
  origin: key,
});

/**
 * Every spelling of every alias and trap in the glossary, as patterns (key and target), written out apart from how
 * the compiler groups them; with the texts of the case-sensitive aliases and traps and the set of joined spellings.
 */
function glossarySpellings(loaded: ReturnType<typeof readGlossary>) {
  const cased = new Map<string, string>();
  const joined = new Set<string>();
  const spellings = (key: string, trap = false) => {
    const [spaced, ...rest] = spacingVariants(key, trap);
    for (const spelling of rest) joined.add(spelling);
    return [spaced as string, ...rest];
  };
  const patterns = loaded.terms.data.terms.flatMap((term, t) => [
    ...term.aliases.flatMap((alias) =>
      spellings(patternKey(foldString(alias.text))).map((key) => {
        if (alias.caseSensitive) cased.set(key, alias.text);
        return pattern(key, t);
      }),
    ),
    ...term.traps.flatMap((trap) =>
      spellings(patternKey(foldString(trap.text)), true).map((key) => {
        if (trap.caseSensitive) cased.set(key, trap.text);
        return pattern(key, TRAP);
      }),
    ),
  ]);
  return { patterns, cased, joined };
}

/** Each pattern as `MatcherData.patternLines` writes it, front-coding undone (ASCII stand-ins left as they are). */
function writtenPatterns(patterns: string): string[] {
  const written: string[] = [];
  for (let i = 0, previous = ''; i < patterns.length; ) {
    const end = patterns.indexOf('\n', i + 1);
    previous = previous.slice(0, patterns.charCodeAt(i) - 0x30) + patterns.slice(i + 1, end);
    written.push(previous);
    i = end + 1;
  }
  return written;
}

describe('compiling the matcher', () => {
  it('fails on a case-sensitive alias whose case it cannot hold, naming the file and the alias', () => {
    const loaded = readGlossary();
    const ttp = loaded.terms.data.terms.findIndex((term) => term.id === 'ttp');
    const term = loaded.terms.data.terms[ttp];
    if (term === undefined) throw new Error('no ttp term');
    term.aliases.push({
      ...(term.aliases[0] as (typeof term.aliases)[number]),
      text: 'TeHrik',
      caseSensitive: true,
    });
    const at = `terms[${ttp}].aliases[${term.aliases.length - 1}]`;
    expect(() => compileMatcher(loaded)).toThrow(GlossaryError);
    expect(() => compileMatcher(loaded)).toThrow(
      `glossary/terms.yaml: ${at}: the case-sensitive alias "TeHrik"`,
    );
  });

  it('fails on a case-sensitive trap whose case it cannot hold, naming the file and the trap', () => {
    const loaded = readGlossary();
    const kabul = loaded.terms.data.terms.findIndex((term) => term.id === 'kabul');
    const term = loaded.terms.data.terms[kabul];
    if (term === undefined) throw new Error('no kabul term');
    term.traps.push({ text: 'Kabul now', caseSensitive: true });
    expect(() => compileMatcher(loaded)).toThrow(
      `glossary/terms.yaml: terms[${kabul}].traps[${term.traps.length - 1}]: the case-sensitive trap "Kabul now"`,
    );
  });

  it('finds the longest of many aliases that each begin the next, however many end along one walk', () => {
    const loaded = readGlossary();
    const term = loaded.terms.data.terms.find((candidate) => candidate.id === 'kabul');
    if (term === undefined) throw new Error('no kabul term');
    // "Kabul q", "Kabul q q", …: a walk over the longest passes 71 pattern ends (the glossary's own "Kabul" too),
    // more than any fixed guess of the arrays' size would hold (the code before sizing them started at 64).
    const nested = Array.from({ length: 70 }, (_, i) => `Kabul${' q'.repeat(i + 1)}`);
    for (const text of nested)
      term.aliases.push({
        text,
        lang: 'en',
        caseSensitive: false,
        notAfterName: false,
        notBeforeName: false,
        spacedOnly: false,
      });
    const matcher = new Matcher(compileMatcher(loaded));
    const longest = nested.at(-1) as string;
    const found: [string | undefined, string][] = [];
    const text = `In ${longest} today`;
    matcher.scan(text, (pattern, start, end) =>
      found.push([matcher.terms[matcher.targetOf(pattern)], text.slice(start, end)]),
    );
    expect(found).toEqual([['kabul', longest]]);
  });

  it('lets a two-word Arabic-script alias be written with its space dropped', () => {
    expect(spacingVariants('اسلام اباد').sort()).toEqual(['اسلام اباد', 'اسلاماباد']);
    // Latin words keep their spaces.
    expect(spacingVariants('kabul river')).toEqual(['kabul river']);
  });

  it('in a longer phrase drops only the spaces after a letter that does not join the next, or after ه', () => {
    // Spaces after "پاکستان" (ن joins) and "ترمنځ" stay; the one after "او" (و does not join) may go.
    const variants = spacingVariants('پاکستان او افغانستان ترمنځ پوله');
    expect(variants.sort()).toEqual(['پاکستان او افغانستان ترمنځ پوله', 'پاکستان اوافغانستان ترمنځ پوله']);
    // "حمله‌های" is written with or without its non-joiner; "فریقی" keeps its space.
    expect(spacingVariants('حمله های فرامرزی').sort()).toEqual(['حمله های فرامرزی', 'حملههای فرامرزی']);
    expect(spacingVariants('سه فریقی اجلاس').sort()).toEqual(['سه فریقی اجلاس', 'سهفریقی اجلاس']);
    // Beyond two optional spaces the alias is kept as written.
    expect(spacingVariants('بارډر پار نه حملې')).toEqual(['بارډر پار نه حملې']);
    expect(spacingVariants('د ا د ا د ا د')).toEqual(['د ا د ا د ا د']);
  });

  it('lets a trap drop only a space after ه, where a compound’s non-joiner is most often left out', () => {
    expect(spacingVariants('ده ها فرمان', true).sort()).toEqual(['ده ها فرمان', 'دهها فرمان']);
    expect(spacingVariants('رهبر عالی ایران', true)).toEqual(['رهبر عالی ایران']);
    expect(spacingVariants('کابل مسی', true)).toEqual(['کابل مسی']);
  });

  it('ships an alias’s joined spellings as one pattern, its droppable spaces marked', () => {
    expect(withDroppableSpaces('اسلام اباد')).toBe(`اسلام${DROPPABLE_SPACE}اباد`);
    expect(withDroppableSpaces('سه فریقی اجلاس')).toBe(`سه${DROPPABLE_SPACE}فریقی اجلاس`);
    expect(withDroppableSpaces('kabul river')).toBe('kabul river');
  });

  it('writes each pattern’s target with the offset that needs the fewest escaped backslashes', () => {
    // With the lowest offset (57), every target 0 would be written as a backslash (0x23 + 57 = 0x5c).
    const targets = [-57, ...Array.from({ length: 40 }, (_, i) => i % 2)];
    const { meta, targetOffset } = metaOfTargets(targets);
    expect(targetOffset).not.toBe(57);
    expect(meta).not.toContain('\\');
    const decoded = [...expandRepeats(meta, 1)].map(
      (digit) => digit.charCodeAt(0) - META_BASE - targetOffset,
    );
    expect(decoded).toEqual(targets);
  });

  it('ships every spelling of every alias and of every trap that can block one, as what it stands for', () => {
    const loaded = readGlossary();
    const data = compileMatcher(loaded);
    const letterOf = new Map([...data.letters].map((letter, i) => [PATTERN_LETTERS[i] as string, letter]));
    const targets = [...expandRepeats(data.meta, 1)].map(
      (digit) => digit.charCodeAt(0) - META_BASE - data.targetOffset,
    );
    const shipped = new Map<string, number>();
    const written = writtenPatterns(expandWords(data.patternLines, data.tokens, data.tokenWords));
    written.forEach((pattern, index) => {
      for (const form of spellingsOf(pattern))
        shipped.set([...form].map((ch) => letterOf.get(ch) ?? ch).join(''), targets[index] as number);
    });
    // The glossary's spellings, and the cue words (which traps may block too) as they ship.
    const expected = glossarySpellings(loaded).patterns;
    const cues = [...shipped].filter(([, target]) => target < TRAP);
    expect(cues.length).toBeGreaterThan(10);
    expected.push(...cues.map(([key, target]) => pattern(key, target)));
    expect(shipped).toEqual(new Map(withoutIdleTraps(expected).map((p) => [p.key, p.target])));
    // Many patterns carry joined spellings: far fewer patterns ship than spellings are found.
    expect(written.length).toBeLessThan(shipped.size - 100);
  });

  it('lets the matcher find every spelling of every alias and trap, as what it stands for', () => {
    const loaded = readGlossary();
    const matcher = new Matcher(compileMatcher(loaded));
    const { patterns, cased, joined: joinedKeys } = glossarySpellings(loaded);
    let joined = 0;
    for (const { key, target } of withoutIdleTraps(patterns)) {
      // The text as a page writes it: an initialism's full stops as full stops, a case-sensitive alias in its case.
      const text = cased.get(key) ?? key.replaceAll('\0', '.');
      const found: number[][] = [];
      matcher.scan(text, (index, start, end) => found.push([matcher.targetOf(index), start, end]));
      expect(found, text).toEqual([[target, 0, text.length]]);
      if (joinedKeys.has(key)) joined++;
    }
    expect(joined).toBeGreaterThan(100);
  });

  it('finds the joined spellings of aliases that share their start, droppable space and all', () => {
    const loaded = readGlossary();
    const term = loaded.terms.data.terms.find((candidate) => candidate.id === 'kabul');
    if (term === undefined) throw new Error('no kabul term');
    // "اب جد" and "اب جدو" ship on two lines, the second sharing the first's droppable space; "ابب", after them
    // in sorted order, goes on from the node where their joined spellings do.
    for (const text of ['اب جد', 'ابب', 'اب جدو'])
      term.aliases.push({
        text,
        lang: 'fa',
        caseSensitive: false,
        notAfterName: false,
        notBeforeName: false,
        spacedOnly: false,
      });
    const matcher = new Matcher(compileMatcher(loaded));
    for (const text of ['اب جد', 'ابجد', 'ابب', 'اب جدو', 'ابجدو']) {
      const found: string[] = [];
      matcher.scan(`در ${text} امروز`, (pattern, start, end) =>
        found.push(`${matcher.terms[matcher.targetOf(pattern)]} ${end - start}`),
      );
      expect(found).toEqual([`kabul ${text.length}`]);
    }
  });

  it('keys the screen on a trap’s long words, never on its short ones', () => {
    const data = compileMatcher(readGlossary());
    const matcher = new Matcher(data);
    // "khorasan", a word of Iran's provinces (traps), anchors every "Islamic State … Khorasan" name…
    expect(matcher.mayMentionStory('Islamic State in Iraq and the Levant-Khorasan claimed it')).toBe(true);
    expect(data.anchorSources.latin).not.toContain('levant');
    // …but "dar", of "Dar es Salaam", would begin too many words: "Ishaq Dar" keys on "ishaq".
    expect(matcher.mayMentionStory('Dark days in Darwin and Dar es Salaam')).toBe(false);
    expect(matcher.mayMentionStory('Ishaq Dar flew in')).toBe(true);
    // A hashtag writes a name's spaces as underscores, as the matcher reads them.
    expect(matcher.mayMentionStory('#تی_تی_پی')).toBe(true);
  });

  it('keeps only the trap variants that could block a term or cue word', () => {
    const kept = withoutIdleTraps([
      pattern('کابل', 12),
      pattern('kabul', 12),
      pattern('cross border', -2),
      // "کابلمسی": the joined variant of a two-word trap, where "کابل" no longer ends a word.
      ...spacingVariants('کابل مسی').map((key) => pattern(key, TRAP)),
      pattern('kabul river', TRAP),
      pattern('the kabul', TRAP), // a term starting inside, at a word start
      pattern('cross', TRAP), // a cue word running on past the trap's end
      pattern('kabulov fan', TRAP), // "kabul" does not end a word here
      pattern('akabul', TRAP), // nor start one
    ]).map((p) => p.key);
    expect(kept).toEqual(['کابل', 'kabul', 'cross border', 'کابل مسی', 'kabul river', 'the kabul', 'cross']);
  });

  it('writes runs of equal units once with a repeat count, and reads them back whole', () => {
    const long = '#'.repeat(2 * META_MAX + 5);
    const units = [...'DDDDDEEEF', ...long, ...'GG'];
    const written = withRepeats(units, 1);
    expect(written.length).toBeLessThan(20);
    expect(expandRepeats(written, 1)).toBe(units.join(''));
    // Three of one digit stay as they are (a repeat would be no shorter); a unit of another length (a long count)
    // is never repeated.
    expect(withRepeats([...'DDD'], 1)).toBe('DDD');
    const pairs = ['$=', '$=', '$=', '~$=', '~$=', '%<', '$=', '$='];
    expect(withRepeats(pairs, 2)).toBe(`$=${REPEAT}%~$=~$=%<$=$=`);
    expect(expandRepeats(withRepeats(pairs, 2), 2)).toBe(pairs.join(''));
  });

  it('reads back the glossary’s own targets and rules as the patterns stand', () => {
    const data = compileMatcher(readGlossary());
    const patterns = data.patternLines.split('\n').length - 1;
    expect(data.meta.length).toBeLessThan(patterns);
    expect(expandRepeats(data.meta, 1)).toHaveLength(patterns);
    expect(data.ruledPatterns).toContain(REPEAT);
  });

  it('writes each distinct condition of the rules once, and the rules that share it read back the same one', () => {
    const conditions = new Matcher(compileMatcher(readGlossary())).rules.flat(2);
    const distinct = new Set(conditions.map((c) => JSON.stringify(c)));
    expect(conditions.length).toBeGreaterThan(distinct.size);
    expect(new Set(conditions).size).toBe(distinct.size);
  });
});
