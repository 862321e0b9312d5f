/**
 * What the benchmark runs inside the page: the content script's own annotation (same modules, same compiled
 * glossary, same screening, slicing and painting), with the extension around it stubbed out.
 */
import { ContentApp } from '../../src/content/app';
import { Matcher } from '../../src/core/matcher/matcher';
import { matcherData } from '../../src/generated/matcher-data';

export interface BenchRun {
  /**
   * Our work from nothing to highlights painted (matcher set-up, reading, screening, matching, gate,
   * painting), without the time the page had between our slices.
   */
  annotateMs: number;
  /** The same, start to end on the clock, the page's own work between slices included. */
  wallMs: number;
  /**
   * The longest task of ours (a slice with any work around it in the same task), counted from our own clock:
   * the long-task observer sees every task on the page, the page's own and the browser's included.
   */
  longestTaskMs: number;
  highlights: number;
  relevant: boolean;
}

const api = {
  async annotate(): Promise<BenchRun> {
    const started = performance.now();
    const app = new ContentApp(document, new Matcher(matcherData), {
      isAlive: () => true,
      report: () => {},
      isOwn: () => false,
    });
    const setUpMs = performance.now() - started;
    await app.start();
    const run = {
      annotateMs: setUpMs + app.lastRead.workMs,
      // The set-up ran in the first slice's task: counting it in the longest task errs on the long side.
      longestTaskMs: setUpMs + app.lastRead.longestTaskMs,
      wallMs: performance.now() - started,
      highlights: app.session.occurrences().length,
      relevant: app.session.relevance.relevant,
    };
    app.stop();
    return run;
  },
};

(globalThis as unknown as { storyLensBench: typeof api }).storyLensBench = api;
