/**
 * Build time: turns the glossary's aliases, traps and cue words into `MatcherData`, the form the content script
 * scans with. All the expensive work happens here: folding, Arabic-script spacing variants, deduplication,
 * sorting and front-coding, so that a page only rebuilds a trie in about one linear pass.
 */
import type { LoadedGlossary } from '../glossary/load';
import { GlossaryError } from '../glossary/problems';
import { asksForAny, type NeedsCondition } from '../glossary/schema';
import { ANCHOR_LETTERS, anchorOf, anchorSources, withoutContained, withStandIns, wordsOf } from './anchors';
import {
  CUE_BASE,
  DROPPABLE_SPACE,
  FLAG_NOT_AFTER_NAME,
  FLAG_NOT_BEFORE_NAME,
  FLAG_SPACED_ONLY,
  type MatchCondition,
  type MatcherData,
  type MatchRule,
  META_BASE,
  META_MAX,
  PATTERN_LETTERS,
  REPEAT,
  spellingsOf,
  TRAP,
} from './data';
import { APOS, foldString, isWordCode, SEP } from './fold';
import { withWordTokens } from './word-tokens';

export interface Pattern {
  key: string;
  /** The alias or trap it is a spelling of, as it ships (see `withDroppableSpaces`). */
  written: string;
  target: number;
  rule: number;
  flags: number;
  /** See `caseMaskOf`; null when case does not matter. */
  caseMask: number | null;
  /** Where it came from, for error messages. */
  origin: string;
}

/**
 * Folded codes as the pattern alphabet: letters as themselves, separator as " ", apostrophe as "'", the full
 * stop of an initialism ("T.T.P") as NUL, its folded code, which the trie reads back as `NONWORD` unchanged.
 */
export function patternKey(codes: readonly number[]): string {
  let key = '';
  for (const code of codes) key += code === SEP ? ' ' : code === APOS ? "'" : String.fromCharCode(code);
  return key;
}

const isArabicLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch >= '\u0600' && ch <= '\u06ff';

/**
 * Letters (as folded) after which writers drop a space that is not optional elsewhere: those that never join
 * the letter after them (a space after one barely shows: "د کابل", "دکابل"), and ه, where Dari and Urdu
 * compounds take a zero-width non-joiner that is often left out ("حمله‌های", "حملههای").
 */
const SPACE_MAY_DROP_AFTER = new Set('ادذرزژوڈڑءه'); // Pashto ډ ړ ږ fold to ڈ ڑ ژ

/** Optional spaces per alias beyond which only those after `SPACE_MAY_DROP_AFTER` letters stay optional. */
const MAX_ANY_OPTIONAL = 1;

/**
 * Optional spaces per alias beyond which it is matched only as written: a long phrase's joined forms are rare,
 * and each optional space doubles the spellings a page's trie is built from. (With neither cap, the glossary
 * gave 1,434 spellings rather than 1,008, and one more mention found on the evaluation set's 756 pages.)
 */
const MAX_OPTIONAL = 2;

/**
 * Arabic-script writers often drop a space or put a zero-width non-joiner (a separator, as a space is) in its
 * place, and write many a two-word name as one ("اسلام آباد" / "اسلامآباد"). So the space of a two-word alias
 * is optional; in a longer phrase, only the spaces after `SPACE_MAY_DROP_AFTER` letters are: no writer runs
 * "ترمنځ پوله" together, and each optional space doubles the spellings the trie is built from. A
 * compound inside a long phrase that is also written joined after another letter is listed both ways
 * ("سرحد پار دہشت گردی", "سرحد پار دہشتگردی").
 *
 * A trap (`trap`) takes fewer: only a space after ه, where the non-joiner of a compound ("ده‌ها", "سه‌جانبه")
 * is most often left out. A trap's other joined forms are rarer still than an alias's and cost as much to build,
 * while a missed trap only lets through a match that its rule may still turn away.
 *
 * Returns `key` with each space that may be dropped written as `DROPPABLE_SPACE`: the joined spellings ship
 * inside the one pattern, and the matcher builds them when it builds its trie.
 */
export function withDroppableSpaces(key: string, trap = false): string {
  let optional: number[] = [];
  for (let i = 1; i < key.length - 1; i++) {
    if (key[i] === ' ' && isArabicLetter(key[i - 1]) && isArabicLetter(key[i + 1])) optional.push(i);
  }
  if (trap) optional = optional.filter((i) => key[i - 1] === 'ه');
  else if (optional.length > MAX_ANY_OPTIONAL)
    optional = optional.filter((i) => SPACE_MAY_DROP_AFTER.has(key[i - 1] as string));
  if (optional.length > MAX_OPTIONAL) return key;
  return optional.reduce(
    (written, at) => written.slice(0, at) + DROPPABLE_SPACE + written.slice(at + 1),
    key,
  );
}

/** Words per case-sensitive alias that `MatcherData.caseForms` can describe (one bit each in a digit). */
const MAX_CASED_WORDS = 6;

/**
 * A case-sensitive alias's case, word by word (see `MatcherData.caseForms`): bit w set when word w is in
 * capitals ("ISKP", "IS-K"), clear when capitalised ("Dar", "Islamic State"). Any other case is an error.
 */
function caseMaskOf(text: string, path: string, kind = 'alias'): number {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const capitalised = (word: string) =>
    word[0] === word[0]?.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase();
  if (
    words.length > MAX_CASED_WORDS ||
    !words.every((word) => word === word.toUpperCase() || capitalised(word))
  )
    throw new GlossaryError([
      {
        file: 'glossary/terms.yaml',
        path,
        line: null,
        column: null,
        message: `the case-sensitive ${kind} "${text}" must have each word (at most ${MAX_CASED_WORDS}) in capitals or capitalised`,
      },
    ]);
  return words.reduce((mask, word, w) => (word === word.toUpperCase() ? mask | (1 << w) : mask), 0);
}

/** Every condition of the glossary's context rules, `and` and `unless` parts included, in glossary order. */
function conditionsOf(loaded: LoadedGlossary): NeedsCondition[] {
  const conditions: NeedsCondition[] = [];
  const visit = (condition: NeedsCondition) => {
    conditions.push(condition);
    if (condition.unless) conditions.push(condition.unless);
    if (condition.and) visit(condition.and);
  };
  for (const term of loaded.terms.data.terms)
    for (const alias of term.aliases)
      if (alias.needs) for (const condition of [alias.needs].flat()) visit(condition);
  return conditions;
}

/**
 * Each cue word's id (by folded key): cue words that every condition names together ("abroad", "overseas",
 * "foreign soil"…) share one, as a rule only asks whether any of a condition's words is near. Few ids keep
 * the rules short and every pattern's target within one character.
 */
function cueIds(conditions: readonly NeedsCondition[]): Map<string, number> {
  const namedIn = new Map<string, number[]>();
  conditions.forEach((condition, i) => {
    for (const key of new Set((condition.words ?? []).map((word) => patternKey(foldString(word)))))
      namedIn.set(key, [...(namedIn.get(key) ?? []), i]);
  });
  const idOfSignature = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const [key, named] of namedIn) {
    const signature = named.join(',');
    if (!idOfSignature.has(signature)) idOfSignature.set(signature, idOfSignature.size);
    ids.set(key, idOfSignature.get(signature) as number);
  }
  return ids;
}

export function compileMatcher(loaded: LoadedGlossary): MatcherData {
  const termList = loaded.terms.data.terms;
  const termIndex = new Map(termList.map((term, i) => [term.id, i]));
  const cueIdOf = cueIds(conditionsOf(loaded));
  const cuePatterns = new Set<string>();
  const rules: MatchRule[] = [];
  const ruleKeys = new Map<string, number>();
  const patterns: Pattern[] = [];

  const cueIndex = (word: string): number => {
    const key = patternKey(foldString(word));
    const index = cueIdOf.get(key) as number;
    if (!cuePatterns.has(key)) {
      cuePatterns.add(key);
      patterns.push({
        key,
        written: key,
        target: CUE_BASE - index,
        rule: 0,
        flags: 0,
        caseMask: null,
        origin: `cue word "${word}"`,
      });
    }
    return index;
  };

  termList.forEach((term, t) => {
    for (const [a, alias] of term.aliases.entries()) {
      let rule = 0;
      if (alias.needs) {
        const one = (condition: NeedsCondition, within: number): MatchCondition => ({
          terms: (condition.terms ?? []).map((id) => termIndex.get(id) ?? -1),
          cues: [...new Set((condition.words ?? []).map(cueIndex))],
          within,
        });
        const conjunction = (condition: NeedsCondition): MatchCondition[] => [
          ...(asksForAny(condition) ? [one(condition, condition.within ?? 0)] : []),
          ...(condition.unless ? [one(condition.unless, -condition.unless.within)] : []),
          ...(condition.and ? conjunction(condition.and) : []),
        ];
        const compiled: MatchRule = (Array.isArray(alias.needs) ? alias.needs : [alias.needs]).map(
          conjunction,
        );
        const ruleKey = JSON.stringify(compiled);
        rule = ruleKeys.get(ruleKey) ?? 0;
        if (rule === 0) {
          rules.push(compiled);
          rule = rules.length;
          ruleKeys.set(ruleKey, rule);
        }
      }
      const written = withDroppableSpaces(patternKey(foldString(alias.text)));
      for (const key of spellingsOf(written)) {
        patterns.push({
          key,
          written,
          target: t,
          rule,
          flags:
            (alias.notAfterName ? FLAG_NOT_AFTER_NAME : 0) |
            (alias.notBeforeName ? FLAG_NOT_BEFORE_NAME : 0) |
            (alias.spacedOnly ? FLAG_SPACED_ONLY : 0),
          caseMask: alias.caseSensitive ? caseMaskOf(alias.text, `terms[${t}].aliases[${a}]`) : null,
          origin: `alias "${alias.text}" of "${term.id}"`,
        });
      }
    }
    term.traps.forEach((trap, p) => {
      const written = withDroppableSpaces(patternKey(foldString(trap.text)), true);
      for (const key of spellingsOf(written)) {
        patterns.push({
          key,
          written,
          target: TRAP,
          rule: 0,
          flags: 0,
          caseMask: trap.caseSensitive ? caseMaskOf(trap.text, `terms[${t}].traps[${p}]`, 'trap') : null,
          origin: `trap "${trap.text}" of "${term.id}"`,
        });
      }
    });
  });

  const unique = dedupe(withoutIdleTraps(patterns));
  unique.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shipped = asShipped(unique);

  const names = [
    ...new Set(loaded.rules.data.givenNames.map((name) => patternKey(foldString(name).filter(isWordCode)))),
  ];
  // Arabic-script letters travel as ASCII stand-ins (see `MatcherData.letters`).
  const letters = [
    ...new Set(
      [...shipped.map((p) => p.key), ...names].flatMap((key) =>
        [...key].filter((ch) => ch.charCodeAt(0) >= 0x80),
      ),
    ),
  ].sort();
  if (letters.length > PATTERN_LETTERS.length) {
    throw new Error(
      `The patterns use ${letters.length} non-ASCII letters; the compact format holds ${PATTERN_LETTERS.length}.`,
    );
  }
  const standIn = new Map(letters.map((letter, i) => [letter, PATTERN_LETTERS[i] as string]));
  const compact = (text: string) => [...text].map((ch) => standIn.get(ch) ?? ch).join('');

  // Pattern indexes travel as two digits (see `metaIndex`).
  const digits = META_MAX + 1;
  if (shipped.length > digits * digits)
    throw new Error(`${shipped.length} patterns do not fit the compact format (at most ${digits * digits}).`);
  let encoded = '';
  let previous = '';
  let caseForms = '';
  shipped.forEach((pattern, i) => {
    let shared = 0;
    const limit = Math.min(previous.length, pattern.key.length, 0xffff - 0x30);
    while (shared < limit && previous[shared] === pattern.key[shared]) shared++;
    encoded += `${String.fromCharCode(0x30 + shared)}${compact(pattern.key.slice(shared))}\n`;
    previous = pattern.key;
    if (pattern.caseMask !== null) caseForms += metaIndex(i) + metaDigit(pattern.caseMask, 'case');
  });

  const { meta, targetOffset } = metaOfTargets(shipped.map((p) => p.target));
  const ruledUnits: string[] = [];
  let flagged = '';
  let lastRuled = 0;
  shipped.forEach((p, i) => {
    if (p.rule !== 0) {
      ruledUnits.push(metaCount(i - lastRuled) + metaDigit(p.rule, 'rule'));
      lastRuled = i;
    }
    if (p.flags !== 0) flagged += metaIndex(i) + metaDigit(p.flags, 'flags');
  });
  const ruled = withRepeats(ruledUnits, 2);
  const withins = [...new Set(rules.flatMap((rule) => rule.flat().map((c) => c.within)))].sort(
    (a, b) => a - b,
  );
  const list = (values: readonly number[], what: string) =>
    metaDigit(values.length, `${what} count`) + values.map((v) => metaDigit(v, what)).join('');
  // Rules share many conditions (the same countries, the same "not beside Umar"): each distinct one is written
  // once, in first-use order, and the rules name it by its index.
  const conditions: string[] = [];
  const conditionIndex = (c: MatchCondition) => {
    const packed =
      list(c.terms, 'term') + list(c.cues, 'cue') + metaDigit(withins.indexOf(c.within), 'distance');
    const known = conditions.indexOf(packed);
    return metaDigit(known >= 0 ? known : conditions.push(packed) - 1, 'condition');
  };
  const packedRules = rules
    .map(
      (rule) =>
        metaDigit(rule.length, 'alternative count') +
        rule
          .map(
            (alternative) =>
              metaDigit(alternative.length, 'condition count') + alternative.map(conditionIndex).join(''),
          )
          .join(''),
    )
    .join('');

  const core = new Set(termList.flatMap((term, i) => (term.relevance === 'core' ? [i] : [])));
  // A trap's word is common only when short: "dar" (of "Dar es Salaam") would begin a thousand words, but
  // "khorasan" (of Iran's Razavi Khorasan Province) is as distinctive as any, and keying on it lets the
  // few pages naming Iran's provinces through the screen to the matcher, whose trap decides; treated as
  // common, it left every "Islamic State … Khorasan" name to anchor on itself, whole.
  const common = new Set([
    ...unique.flatMap((p) => {
      const words = wordsOf(p.key);
      if (p.target === TRAP) return words.filter((w) => w.length < ANCHOR_LETTERS);
      return p.target < 0 || !core.has(p.target) ? words : [];
    }),
    ...loaded.rules.data.everydayWords.map((word) => patternKey(foldString(word))),
  ]);
  // Only names that count on their own: an alias with a context rule ("decree" near "abroad") leans on other
  // words, and anchoring on it would let every page with "decree" through.
  const anchored = unique.filter((p) => core.has(p.target) && p.rule === 0);
  const sharedByTerm = new Map<number, Map<string, number>>();
  for (const p of anchored) {
    const shared = sharedByTerm.get(p.target) ?? new Map<string, number>();
    sharedByTerm.set(p.target, shared);
    for (const word of new Set(wordsOf(p.key))) shared.set(word, (shared.get(word) ?? 0) + 1);
  }
  const anchors = anchorSources(
    withoutContained(anchored).map((p) => anchorOf(p.key, common, sharedByTerm.get(p.target) ?? new Map())),
  );

  const tokenized = withWordTokens(encoded);
  return {
    termIds: termList.map((term) => term.id),
    anchorSources: { ...anchors, arabic: withStandIns(anchors.arabic, letters.join('')) },
    coreIndexes: termList.flatMap((term, i) => (term.relevance === 'core' ? [i] : [])),
    patternLines: tokenized.patterns,
    tokens: tokenized.tokens,
    tokenWords: tokenized.words,
    // The root, and one node per distinct start of a spelling.
    trieNodes:
      1 +
      new Set(
        unique.flatMap((p) => Array.from({ length: p.key.length }, (_, end) => p.key.slice(0, end + 1))),
      ).size,
    letters: letters.join(''),
    meta,
    targetOffset,
    ruledPatterns: ruled,
    flagged,
    caseForms,
    ruleDigits: packedRules,
    conditions: conditions.join(''),
    withins,
    titleWords: [
      ...new Set(loaded.rules.data.titles.map((title) => patternKey(foldString(title).filter(isWordCode)))),
    ].join(' '),
    givenNames: names.map(compact).join(' '),
  };
}

/** A number 0–`META_MAX` as one digit of `MatcherData`'s compact strings (see `META_BASE`). */
function metaDigit(value: number, what: string): string {
  if (!Number.isInteger(value) || value < 0 || value > META_MAX)
    throw new Error(`${what} ${value} does not fit the compact format (0–${META_MAX}).`);
  return String.fromCharCode(META_BASE + value);
}

/** A pattern's index in two digits of `MatcherData`'s compact strings. */
function metaIndex(index: number): string {
  return metaDigit(Math.floor(index / (META_MAX + 1)), 'index') + metaDigit(index % (META_MAX + 1), 'index');
}

/**
 * `units` joined, each run of equal units of length `unit` written once with a repeat (see `REPEAT`) where
 * that is shorter. Units of another length (a long count in `ruledPatterns`) are written as they are.
 */
export function withRepeats(units: readonly string[], unit: number): string {
  let out = '';
  for (let i = 0; i < units.length; ) {
    const current = units[i] as string;
    let run = 1;
    while (current.length === unit && run <= META_MAX && units[i + run] === current) run++;
    out += run * unit > unit + 2 ? current + REPEAT + metaDigit(run - 1, 'repeat') : current.repeat(run);
    i += run;
  }
  return out;
}

/**
 * `MatcherData.meta` for these targets, and its `targetOffset`. Every offset that keeps each digit in range reads
 * back the same; the one chosen writes the fewest backslashes, which the content script's string literal must
 * escape, a byte more each: with the lowest offset the digit of every pattern of one term, or of every trap, can be
 * a backslash.
 */
export function metaOfTargets(targets: readonly number[]): { meta: string; targetOffset: number } {
  const lowest = -Math.min(0, ...targets);
  const highest = Math.max(lowest, META_MAX - Math.max(0, ...targets));
  const backslashes = (text: string) => text.split('\\').length - 1;
  let best = { meta: '', targetOffset: lowest };
  for (let offset = lowest; offset <= highest; offset++) {
    const meta = withRepeats(
      targets.map((target) => metaDigit(target + offset, 'target')),
      1,
    );
    if (offset === lowest || backslashes(meta) < backslashes(best.meta))
      best = { meta, targetOffset: offset };
  }
  return best;
}

/** A count of any size in `MatcherData`'s compact strings (see `META_BASE`). */
function metaCount(value: number): string {
  return (
    String.fromCharCode(META_BASE + META_MAX).repeat(Math.floor(value / META_MAX)) +
    metaDigit(value % META_MAX, 'count')
  );
}

/**
 * The patterns as they ship, sorted by their spaced spelling: an alias's or trap's spellings (see
 * `withDroppableSpaces`) as one pattern where all of them are among `unique`, any other spelling on its own (a
 * trap's idle variants are left out, and a spelling may belong to two aliases). The matcher finds exactly the
 * spellings of `unique`, each as what it stands for.
 */
export function asShipped(unique: readonly Pattern[]): Pattern[] {
  const byKey = new Map(unique.map((p) => [p.key, p]));
  const covered = new Set<string>();
  const shipped: Pattern[] = [];
  for (const p of unique) {
    const spellings = spellingsOf(p.written);
    const whole = spellings.length > 1 && spellings.every((key) => byKey.has(key));
    if (!whole || spellings.every((key) => covered.has(key))) continue;
    for (const key of spellings) covered.add(key);
    shipped.push({ ...p, key: p.written });
  }
  for (const p of unique) if (!covered.has(p.key)) shipped.push({ ...p, written: p.key });
  const spaced = (p: Pattern) => p.key.replaceAll(DROPPABLE_SPACE, ' ');
  return shipped.sort((a, b) => (spaced(a) < spaced(b) ? -1 : spaced(a) > spaced(b) ? 1 : 0));
}

/**
 * Drops the spacing variants of traps that could never block a match: a trap wins only where a term or cue word
 * would otherwise start inside it, at a word start, and either end inside it at a word end or run on past its
 * end. "دانشگاهکابل" (a variant of the trap "دانشگاه کابل") holds no such start, as "کابل" does not start a
 * word there: the alias cannot match in that text, so the trap has nothing to block. Only dropped variants are
 * left out; what the matcher finds is the same, and the content script carries fewer patterns.
 */
export function withoutIdleTraps(patterns: Pattern[]): Pattern[] {
  const words = patterns.filter((p) => p.target !== TRAP).map((p) => p.key);
  const blocks = (trap: string) => {
    for (let i = 0; i < trap.length; i++) {
      if (i > 0 && trap[i - 1] !== ' ' && trap[i - 1] !== "'") continue;
      const rest = trap.slice(i);
      for (const word of words) {
        if (word.startsWith(rest)) return true;
        const next = rest[word.length];
        if (rest.startsWith(word) && (next === undefined || next === ' ' || next === "'")) return true;
      }
    }
    return false;
  };
  return patterns.filter((p) => p.target !== TRAP || blocks(p.key));
}

/**
 * One pattern per folded key. Variants of one alias that coincide are merged; two different things with one
 * key (a spacing variant equal to another term's alias) are an error the editor must resolve.
 */
function dedupe(patterns: Pattern[]): Pattern[] {
  const byKey = new Map<string, Pattern>();
  const conflicts: string[] = [];
  for (const pattern of patterns) {
    const existing = byKey.get(pattern.key);
    if (!existing) byKey.set(pattern.key, pattern);
    else if (
      existing.target !== pattern.target ||
      existing.rule !== pattern.rule ||
      existing.caseMask !== pattern.caseMask ||
      existing.flags !== pattern.flags
    ) {
      conflicts.push(`${pattern.origin} reads the same as ${existing.origin} ("${pattern.key}")`);
    }
  }
  if (conflicts.length > 0) {
    throw new GlossaryError(
      conflicts.map((message) => ({
        file: 'glossary/terms.yaml',
        path: '',
        line: null,
        column: null,
        message,
      })),
    );
  }
  return [...byKey.values()];
}
