/**
 * The matcher built from the project's own glossary, as the content script builds it: for Node tests and tools.
 */

import { compileMatcher } from '../../src/core/matcher/compile';
import type { MatcherData } from '../../src/core/matcher/data';
import { Matcher } from '../../src/core/matcher/matcher';
import { matchText } from '../../src/core/matcher/rules';
import { readGlossary } from './glossary-files';

let data: MatcherData | null = null;

export function glossaryMatcher(): Matcher {
  data ??= compileMatcher(readGlossary());
  return new Matcher(data);
}

/** The term ids and texts found in `text`, rules applied, in order. */
export function termsIn(text: string, matcher = glossaryMatcher()): [string, string][] {
  return matchText(matcher, text).map((m) => [matcher.terms[m.target] as string, text.slice(m.start, m.end)]);
}
