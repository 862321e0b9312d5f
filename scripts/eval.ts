/**
 * `npm run -s eval`: scores the matcher, built from glossary/ as it is now, on the annotated pages in
 * tests/fixtures/matcher-eval, and prints precision and recall overall and per language, then every wrong
 * and missed span, so an editor sees what an alias change gains or breaks.
 *   [DIR]   another folder of annotated pages (same format)
 * Exits with status 1 when the glossary is broken.
 */
import { join } from 'node:path';
import { GlossaryError } from '../src/core/glossary/problems';
import { compileMatcher } from '../src/core/matcher/compile';
import { Matcher } from '../src/core/matcher/matcher';
import { PROJECT_ROOT, readGlossary } from './lib/glossary-files';
import { EVAL_DIR, evaluate, formatEval, readEvalPages } from './lib/matcher-eval';

const dir = process.argv[2] ?? join(PROJECT_ROOT, EVAL_DIR);

try {
  const matcher = new Matcher(compileMatcher(readGlossary()));
  console.log(formatEval(evaluate(matcher, readEvalPages(dir))));
} catch (error) {
  if (!(error instanceof GlossaryError)) throw error;
  console.error(error.message);
  process.exit(1);
}
