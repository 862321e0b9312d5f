/**
 * The page screen on real, off-topic news: the article text of every page in ../shared/corpus (181 pages from
 * many sites, none about the story) must be turned away before any matching, so such a page costs one walk
 * and no read (see `Matcher.mayMentionStory`). A screen keyed on everyday words ("minis" of "minister", "affai"
 * of "Foreign Affairs", "branc") let 15 of them through.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../scripts/lib/glossary-matcher';
import { CORPUS_DIR } from '../e2e/support/paths';

const GROUND_TRUTH = join(CORPUS_DIR, 'ground-truth.json');
const present = existsSync(GROUND_TRUTH);
if (!present) console.warn(`corpus screen test skipped: ${GROUND_TRUTH} is missing`);

describe('the page screen on the corpus', () => {
  it.skipIf(!present)('turns away the article text of every off-topic corpus page', () => {
    const pages = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
    const matcher = glossaryMatcher();
    expect(Object.keys(pages)).toHaveLength(181);
    const passed = Object.entries(pages)
      .filter(([, page]) => matcher.mayMentionStory(page.articleBody))
      .map(([name]) => name);
    expect(passed).toEqual([]);
  });
});
