/**
 * `npm run build`: compiles the glossary, builds the extension for Chrome and Firefox into dist/chrome and
 * dist/firefox, and packs each into a store-ready zip in dist/.
 * `npm run build:test` (`--test`): builds dist/chrome-test and dist/firefox-test, which also run on
 * http://127.0.0.1 and http://localhost for the end-to-end tests.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import webExt from 'web-ext';
import { GlossaryError } from '../src/core/glossary/problems';
import { writeGenerated } from './lib/generated';
import { PROJECT_ROOT, readGlossary } from './lib/glossary-files';

const test = process.argv.includes('--test');
const modes = test ? ['chrome-test', 'firefox-test'] : ['chrome', 'firefox'];
const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'manifest.json'), 'utf8')) as {
  version: string;
};

try {
  writeGenerated(readGlossary());
} catch (error) {
  if (error instanceof GlossaryError) {
    console.error(`Build stopped: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

for (const mode of modes) {
  await build({
    root: PROJECT_ROOT,
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    configLoader: 'runner',
    mode,
    logLevel: 'warn',
  });
  const outDir = join(PROJECT_ROOT, 'dist', mode);
  if (!test) {
    const filename = `story-lens-${mode}-${version}.zip`;
    rmSync(join(PROJECT_ROOT, 'dist', filename), { force: true });
    await webExt.cmd.build(
      { sourceDir: outDir, artifactsDir: join(PROJECT_ROOT, 'dist'), filename, overwriteDest: true },
      { showReadyMessage: false },
    );
    console.log(`Built dist/${mode}/ and dist/${filename}`);
  } else {
    console.log(`Built dist/${mode}/`);
  }
}
