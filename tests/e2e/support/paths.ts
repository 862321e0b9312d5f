import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PAGES_DIR = join(ROOT, 'tests/e2e/pages');
export const SHARED_DIR = resolve(ROOT, '../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const ARTICLE_FILE = join(SHARED_DIR, 'story/article.txt');

/** The built test extension for a browser; fails with the command to run when it is missing. */
export function testBuild(browser: 'chrome' | 'firefox'): string {
  const dir = join(ROOT, 'dist', `${browser}-test`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run \`npm run build:test\` first (npm test does).`);
  }
  return dir;
}
