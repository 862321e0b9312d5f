/**
 * Context rules, applied once a page's matches are known: an alias with `needs` counts only when one of the
 * terms or cue words it names is found on the page, or within a distance of it ("Dar" only on a page that has
 * "Ishaq Dar"; "decree" only near Haibatullah or "jihad"). Only matches without a rule of their own satisfy a
 * rule, so rules never prop each other up.
 */
import { CUE_BASE } from './data';
import type { Matcher } from './matcher';

/** A match in page coordinates: offsets into the page's text as the walker counts it. */
export interface PageMatch {
  pattern: number;
  /** Term index, or a negative cue marker (`CUE_BASE - cue`). */
  target: number;
  start: number;
  end: number;
}

/** Keeps the term matches whose rule is satisfied (or who have none); drops cue words. */
export function applyRules(matcher: Matcher, matches: readonly PageMatch[]): PageMatch[] {
  const termStarts = new Map<number, number[]>();
  const cueStarts = new Map<number, number[]>();
  for (const match of matches) {
    if (match.target >= 0 && matcher.ruleOf[match.pattern] !== 0) continue;
    const map = match.target >= 0 ? termStarts : cueStarts;
    const key = match.target >= 0 ? match.target : CUE_BASE - match.target;
    const list = map.get(key);
    if (list) list.push(match.start);
    else map.set(key, [match.start]);
  }
  for (const list of [...termStarts.values(), ...cueStarts.values()]) list.sort((a, b) => a - b);

  return matches.filter((match) => {
    if (match.target < 0) return false;
    const ruleIndex = matcher.ruleOf[match.pattern] as number;
    if (ruleIndex === 0) return true;
    const rule = matcher.rules[ruleIndex - 1];
    if (!rule) return false;
    const near = (starts: number[] | undefined) =>
      starts !== undefined &&
      starts.length > 0 &&
      (rule.within === 0 || hasWithin(starts, match.start - rule.within, match.end + rule.within));
    return rule.terms.some((t) => near(termStarts.get(t))) || rule.cues.some((c) => near(cueStarts.get(c)));
  });
}

/** True when some value of the sorted list lies in [low, high]. */
function hasWithin(sorted: readonly number[], low: number, high: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < low) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) <= high;
}

/** Every match in one plain string, rules applied: for Node tools and tests. */
export function matchText(matcher: Matcher, text: string): PageMatch[] {
  const found: PageMatch[] = [];
  matcher.scanRun([text], (pattern, _s, start, _e, end) => {
    const target = matcher.targetOf(pattern);
    if (target >= 0 || target <= CUE_BASE) found.push({ pattern, target, start, end });
  });
  return applyRules(matcher, found);
}
