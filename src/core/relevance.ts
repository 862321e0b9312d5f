/**
 * The relevance gate: is this page about the story? Decided from the story terms found in the page's main text
 * (the caller leaves out navigation, headers, footers, asides and related-links widgets).
 *
 * Core terms are specific to the story (the TTP, ISKP, Haibatullah, his ruling, Ishaq Dar, the trilateral…);
 * context terms are names any Afghanistan or Pakistan story mentions (the Taliban, Kabul, Islamabad, the Islamic
 * State). A page is about the story when its main text has
 * - at least two distinct core terms and four mentions in all, or
 * - one core term mentioned at least twice, with at least two distinct context terms.
 * So a report on Ishaq Dar's Kabul talks passes, and so does one on TTP attacks blamed on Afghan sanctuaries;
 * a story about the Taliban and Kabul alone (US–Taliban talks, say) does not.
 */

// The thresholds above, as named numbers rather than one object's fields: the content script carries them, and
// its minifier writes a constant's value in place but keeps every property name whole.
/** Distinct core terms that make a page about the story, with `MIN_MENTIONS` mentions in all… */
export const MIN_CORE_TERMS = 2;
export const MIN_MENTIONS = 4;
/** …or one core term mentioned this often, with `MIN_CONTEXT_TERMS` distinct context terms. */
export const MIN_CORE_MENTIONS = 2;
export const MIN_CONTEXT_TERMS = 2;

export interface Relevance {
  relevant: boolean;
  /** 10 per distinct core term, 3 per distinct context term, 1 per mention (at most 20): a rough ranking. */
  score: number;
  coreTerms: number[];
  contextTerms: number[];
  mentions: number;
}

/** `counts`: mentions per term index in the page's main text. */
export function assessRelevance(counts: ReadonlyMap<number, number>, core: ReadonlySet<number>): Relevance {
  const coreTerms: number[] = [];
  const contextTerms: number[] = [];
  let mentions = 0;
  let coreMentions = 0;
  for (const [term, count] of counts) {
    if (count <= 0) continue;
    mentions += count;
    if (core.has(term)) {
      coreTerms.push(term);
      coreMentions += count;
    } else contextTerms.push(term);
  }
  coreTerms.sort((a, b) => a - b);
  contextTerms.sort((a, b) => a - b);
  const relevant =
    (coreTerms.length >= MIN_CORE_TERMS && mentions >= MIN_MENTIONS) ||
    (coreTerms.length >= 1 && coreMentions >= MIN_CORE_MENTIONS && contextTerms.length >= MIN_CONTEXT_TERMS);
  const score = 10 * coreTerms.length + 3 * contextTerms.length + Math.min(mentions, 20);
  return { relevant, score, coreTerms, contextTerms, mentions };
}
