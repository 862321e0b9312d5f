/**
 * Scores the matcher on annotated pages (tests/fixtures/matcher-eval: `[[term_id|surface]]` marks mentions).
 * A found match is right when it overlaps a marked mention of the same term; a mention is found when a match
 * of its term overlaps it. Precision = right matches / all matches; recall = found mentions / all mentions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matcher } from '../../src/core/matcher/matcher';
import { matchText } from '../../src/core/matcher/rules';

export interface Span {
  term: string;
  start: number;
  end: number;
}

export interface EvalPage {
  file: string;
  text: string;
  gold: Span[];
}

const MARK = /\[\[([a-z_]+)\|([^[\]|]+)\]\]/g;

export function parseAnnotated(file: string, raw: string): EvalPage {
  let text = '';
  let last = 0;
  const gold: Span[] = [];
  for (const match of raw.matchAll(MARK)) {
    text += raw.slice(last, match.index);
    const surface = match[2] as string;
    gold.push({ term: match[1] as string, start: text.length, end: text.length + surface.length });
    text += surface;
    last = (match.index as number) + match[0].length;
  }
  return { file, text: text + raw.slice(last), gold };
}

export function readEvalPages(dir: string): EvalPage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseAnnotated(name, readFileSync(join(dir, name), 'utf8')));
}

export interface EvalResult {
  matches: number;
  right: number;
  mentions: number;
  found: number;
  precision: number;
  recall: number;
  /** Matches that overlap no mention of their term. */
  wrong: (Span & { file: string; text: string })[];
  /** Mentions no match of their term overlaps. */
  missed: (Span & { file: string; text: string })[];
  byLang: Record<string, { precision: number; recall: number; mentions: number; matches: number }>;
}

const overlaps = (a: Span, b: Span) => a.term === b.term && a.start < b.end && b.start < a.end;

export function evaluate(
  matcher: Matcher,
  pages: readonly EvalPage[],
  terms?: ReadonlySet<string>,
): EvalResult {
  const result: EvalResult = {
    matches: 0,
    right: 0,
    mentions: 0,
    found: 0,
    precision: 0,
    recall: 0,
    wrong: [],
    missed: [],
    byLang: {},
  };
  const lang: Record<string, { matches: number; right: number; mentions: number; found: number }> = {};
  for (const page of pages) {
    const predicted = matchText(matcher, page.text)
      .map((m) => ({ term: matcher.terms[m.target] as string, start: m.start, end: m.end }))
      .filter((span) => !terms || terms.has(span.term));
    const gold = page.gold.filter((span) => !terms || terms.has(span.term));
    const code = page.file.split('-')[0] as string;
    const counts = lang[code] ?? { matches: 0, right: 0, mentions: 0, found: 0 };
    lang[code] = counts;
    for (const span of predicted) {
      const right = gold.some((g) => overlaps(span, g));
      counts.matches++;
      if (right) counts.right++;
      else result.wrong.push({ ...span, file: page.file, text: page.text.slice(span.start, span.end) });
    }
    for (const span of gold) {
      const found = predicted.some((p) => overlaps(span, p));
      counts.mentions++;
      if (found) counts.found++;
      else result.missed.push({ ...span, file: page.file, text: page.text.slice(span.start, span.end) });
    }
  }
  for (const [code, c] of Object.entries(lang)) {
    result.matches += c.matches;
    result.right += c.right;
    result.mentions += c.mentions;
    result.found += c.found;
    result.byLang[code] = {
      precision: c.matches ? c.right / c.matches : 1,
      recall: c.mentions ? c.found / c.mentions : 1,
      mentions: c.mentions,
      matches: c.matches,
    };
  }
  result.precision = result.matches ? result.right / result.matches : 1;
  result.recall = result.mentions ? result.found / result.mentions : 1;
  return result;
}

/** The evaluation set kept in the repository (a stand-in for the project owners' held-back set). */
export const EVAL_DIR = 'tests/fixtures/matcher-eval';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const quoted = (s: string) => JSON.stringify(s.replace(/\s+/g, ' '));

/** A readable report: overall and per-language figures, then every wrong and missed span. */
export function formatEval(result: EvalResult): string {
  const lines = [
    `overall  precision ${pct(result.precision)} (${result.right}/${result.matches})  recall ${pct(result.recall)} (${result.found}/${result.mentions})`,
    ...Object.entries(result.byLang)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(
        ([code, r]) =>
          `  ${code.padEnd(6)} precision ${pct(r.precision)} of ${r.matches} matches  recall ${pct(r.recall)} of ${r.mentions} mentions`,
      ),
  ];
  if (result.wrong.length > 0) {
    lines.push('', `wrong (${result.wrong.length}): highlighted, but not a mention of that term`);
    for (const s of result.wrong) lines.push(`  ${s.file}:${s.start}  ${s.term}  ${quoted(s.text)}`);
  }
  if (result.missed.length > 0) {
    lines.push('', `missed (${result.missed.length}): a mention no match of its term covers`);
    for (const s of result.missed) lines.push(`  ${s.file}:${s.start}  ${s.term}  ${quoted(s.text)}`);
  }
  return lines.join('\n');
}
