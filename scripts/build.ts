/**
 * `npm run build`: compiles the glossary, builds the extension for Chrome and Firefox into dist/chrome and
 * dist/firefox, and packs each into a store-ready zip in dist/.
 * `npm run build:test` (`--test`): builds dist/chrome-test and dist/firefox-test, which also run on
 * http://127.0.0.1 and http://localhost for the end-to-end tests.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  keepScriptsPrivate(join(outDir, 'manifest.json'));
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

/**
 * crxjs lists every script imported with `?script` (the hover cards, which the background injects into
 * annotated pages) as web-accessible to all sites. `scripting.executeScript` needs no such listing, and it
 * would let any page fetch our files (and so detect the extension): drop those entries.
 */
function keepScriptsPrivate(manifestFile: string): void {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    web_accessible_resources?: { resources: string[] }[];
  };
  const kept = (manifest.web_accessible_resources ?? []).filter(
    (entry) => !entry.resources.every((resource) => /^src\/content\/.*\.js$/.test(resource)),
  );
  if (kept.length > 0) manifest.web_accessible_resources = kept;
  else delete manifest.web_accessible_resources;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
}
