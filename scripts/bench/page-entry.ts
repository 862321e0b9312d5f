/**
 * What the benchmark runs inside the page: the content script's own annotation code (same modules, same
 * compiled glossary), exposed as functions the harness can time.
 */
import { PageSession } from '../../src/content/page-session';
import { Matcher } from '../../src/core/matcher/matcher';
import { matcherData } from '../../src/generated/matcher-data';

export interface BenchRun {
  /** Building the matcher from its compiled data (once per page load in the extension). */
  initMs: number;
  /** Reading the page, matching, the relevance gate and painting the highlights. */
  annotateMs: number;
  chars: number;
  highlights: number;
  relevant: boolean;
}

const api = {
  annotate(): BenchRun {
    const t0 = performance.now();
    const matcher = new Matcher(matcherData);
    const t1 = performance.now();
    const session = new PageSession(document, matcher);
    session.scanAll();
    const t2 = performance.now();
    const run = {
      initMs: t1 - t0,
      annotateMs: t2 - t1,
      chars: document.body.textContent?.length ?? 0,
      highlights: session.occurrences().length,
      relevant: session.relevance.relevant,
    };
    return run;
  },
};

(globalThis as unknown as { storyLensBench: typeof api }).storyLensBench = api;
