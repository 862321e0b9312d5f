/**
 * Reads `glossary/` and the story's article from disk for the pure loader (`src/core/glossary/load.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GlossarySources, type LoadedGlossary, loadGlossary } from '../../src/core/glossary/load';
import { GLOSSARY_FILES, type GlossaryFileName } from '../../src/core/glossary/schema';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The glossary folder; `STORY_LENS_GLOSSARY_DIR` points the tools at another one (tests use broken copies). */
export const GLOSSARY_DIR = process.env.STORY_LENS_GLOSSARY_DIR
  ? resolve(process.env.STORY_LENS_GLOSSARY_DIR)
  : join(PROJECT_ROOT, 'glossary');
/** The story as published, beside the project (always there in CI; may be absent on a user's machine). */
export const ARTICLE_PATH = resolve(PROJECT_ROOT, '../shared/story/article.txt');

export function readArticle(): string | null {
  return existsSync(ARTICLE_PATH) ? readFileSync(ARTICLE_PATH, 'utf8') : null;
}

export function readGlossarySources(dir = GLOSSARY_DIR): GlossarySources {
  const files: GlossarySources['files'] = {};
  for (const name of Object.keys(GLOSSARY_FILES) as GlossaryFileName[]) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
  }
  return { files, dir: relative(PROJECT_ROOT, dir) || '.', article: readArticle() };
}

export function readGlossary(dir = GLOSSARY_DIR): LoadedGlossary {
  return loadGlossary(readGlossarySources(dir));
}
