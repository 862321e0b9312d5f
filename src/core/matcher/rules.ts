/**
 * Context rules, applied once a page's matches are known: an alias with `needs` counts only when one of the
 * terms or cue words it names is found on the page, or near it ("Dar" only on a page that has "Ishaq Dar";
 * "decree" only near "abroad" or "jihad", or near another mention of the ruling).
 *
 * Rules are met in rounds. Matches without a rule, or whose rule asks for cue words only (Islamabad: anywhere
 * but beside Anantnag), are accepted first; each round then accepts the matches whose rules are met by cue
 * words or by matches accepted in earlier rounds. Three rounds let a later reference ("the decree") lean on an
 * earlier one ("a decree against fighting abroad"), as a long column refers back to the ruling page after
 * page, without letting a chain of vague words spread over a whole page.
 */
import { CUE_BASE, FLAG_NOT_AFTER_NAME, FLAG_NOT_BEFORE_NAME, type MatchCondition } from './data';
import { NODE_BREAK } from './fold';
import type { Matcher } from './matcher';

/** A match in page coordinates: offsets into the page's text as the walker counts it. */
export interface PageMatch {
  pattern: number;
  /** Term index, or a negative cue marker (`CUE_BASE - cue`). */
  target: number;
  start: number;
  end: number;
}

export const RULE_ROUNDS = 3;

/** How far after someone else's name with it a name alone stays theirs (see `applyRules`). */
const REACH = 600;
/** In `applyRules`: a match that someone else's name just before may claim. */
const SOMEONE_ELSE = 2;

/** Keeps the term matches whose rule is met (or that have none), in page order; drops cue words. */
export function applyRules<M extends PageMatch>(matcher: Matcher, matches: readonly M[]): M[] {
  const accepted = new Uint8Array(matches.length);
  const termStarts = new Map<number, number[]>();
  const cueStarts = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, key: number, start: number) => {
    const list = map.get(key);
    if (list) list.push(start);
    else map.set(key, [start]);
  };

  for (const match of matches) if (match.target < 0) add(cueStarts, CUE_BASE - match.target, match.start);
  sortAll(cueStarts);

  const holdsFor =
    (match: M) =>
    ({ terms, cues, within }: MatchCondition) =>
      (terms.some((t) => near(termStarts.get(t), match, Math.abs(within))) ||
        cues.some((q) => near(cueStarts.get(q), match, Math.abs(within)))) ===
      within >= 0;
  // Accepted before any round: matches with no rule, and those a rule lets in on cue words alone (words only,
  // or an `unless` alone), so that the names other rules lean on are there from the first round.
  const byCuesAlone = (condition: MatchCondition) => condition.terms.length === 0;
  let pending = 0;
  // A name alone ("Dar", "ڈار", "Wang") is whoever was last named in full with it: after "Ahsan Dar", "Dar
  // said" is him, not the minister, until the minister is named again or the page has moved on. Such a match
  // counts only by what stands right beside it (a rule's alternative with distances only: "Dar, Muttaqi hold
  // talks"). Named again means by a match the rules accept, so the claim is checked in each round: a raw match
  // they reject ("ذمہ دار", "responsible", for Dari's دار) gives the name back to no one. Where someone else's
  // name with it last ended, by term, and for each claimed name alone, where the name claiming it ended:
  const someoneElse = new Map<number, number>();
  const claimedFrom = new Int32Array(matches.length);
  matches.forEach((match, i) => {
    if (match.pattern < 0) someoneElse.set(matcher.targetOf(~match.pattern), match.end);
    if (match.target < 0) return;
    const from = someoneElse.get(match.target) ?? -REACH;
    // Left to the rounds, which check the claim (a name alone always has a rule: the glossary's schema says so).
    if (
      matcher.flagsOf(match.pattern) & (FLAG_NOT_AFTER_NAME | FLAG_NOT_BEFORE_NAME) &&
      match.start - from < REACH
    ) {
      claimedFrom[i] = from;
      accepted[i] = SOMEONE_ELSE;
    }
    const rule = matcher.rules[(matcher.ruleOf[match.pattern] as number) - 1];
    const holds = holdsFor(match);
    if (
      !accepted[i] &&
      (rule === undefined || rule.some((alternative) => alternative.every((c) => byCuesAlone(c) && holds(c))))
    ) {
      accepted[i] = 1;
      add(termStarts, match.target, match.start);
    } else pending++;
  });

  for (let round = 0; round < RULE_ROUNDS && pending > 0; round++) {
    sortAll(termStarts);
    const met: number[] = [];
    matches.forEach((match, i) => {
      if (accepted[i] === 1 || match.target < 0) return;
      const rule = matcher.rules[(matcher.ruleOf[match.pattern] as number) - 1];
      const local =
        accepted[i] === SOMEONE_ELSE &&
        !termStarts.get(match.target)?.some((s) => s > (claimedFrom[i] as number) && s < match.start);
      const holds = holdsFor(match);
      if (rule?.some((alternative) => alternative.every((c) => (!local || c.within) && holds(c))))
        met.push(i);
    });
    if (met.length === 0) break;
    for (const i of met) {
      const match = matches[i] as M;
      accepted[i] = 1;
      add(termStarts, match.target, match.start);
    }
    pending -= met.length;
  }
  return matches.filter((_, i) => accepted[i] === 1);
}

function sortAll(map: Map<number, number[]>): void {
  for (const list of map.values()) list.sort((a, b) => a - b);
}

/** True when the sorted starts include one anywhere (within 0) or within `within` characters of the match. */
function near(starts: readonly number[] | undefined, match: PageMatch, within: number): boolean {
  if (starts === undefined || starts.length === 0) return false;
  if (within === 0) return true;
  const low = match.start - within;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < low) lo = mid + 1;
    else hi = mid;
  }
  // A match never satisfies itself: skip a start equal to its own (same term, same place).
  for (; lo < starts.length && (starts[lo] as number) <= match.end + within; lo++) {
    if (starts[lo] !== match.start) return true;
  }
  return false;
}

/** Every match in one plain string, rules applied: for Node tools and tests. */
export function matchText(matcher: Matcher, text: string): PageMatch[] {
  const found: PageMatch[] = [];
  matcher.scan(breakParagraphs(text), (pattern, start, end) => {
    found.push({ pattern, target: matcher.targetOf(pattern), start, end });
  });
  return applyRules(
    matcher,
    found.filter((m) => m.target !== -1),
  );
}

/**
 * Plain text with a break where a blank line ends a paragraph: the page reader ends a line between blocks, and
 * a blank line is plain text's block, so no term runs across it (a headline ending "…and the Taliban" over a
 * paragraph that opens "Pakistan says…" is not "Taliban Pakistan"). One character for one, so offsets stay the
 * text's own. A single line break is still a space: plain text is often wrapped inside a paragraph.
 */
function breakParagraphs(text: string): string {
  return text.replace(/\n(?=[^\S\n]*\n)/g, NODE_BREAK);
}
