/**
 * What the benchmark runs inside the page: the content script's own annotation (same modules, same compiled
 * glossary, same screening, slicing and painting), with the extension around it stubbed out.
 */
import { ContentApp } from '../../src/content/app';
import { Matcher } from '../../src/core/matcher/matcher';
import { matcherData } from '../../src/generated/matcher-data';

export interface BenchRun {
  /** From nothing to highlights painted: matcher set-up, screening, reading, matching, gate, painting. */
  annotateMs: number;
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
    await app.start();
    const annotateMs = performance.now() - started;
    const run = {
      annotateMs,
      highlights: app.session.occurrences().length,
      relevant: app.session.relevance.relevant,
    };
    app.stop();
    return run;
  },
};

(globalThis as unknown as { storyLensBench: typeof api }).storyLensBench = api;
