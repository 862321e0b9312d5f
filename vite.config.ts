/**
 * One Vite run builds one target, named by the mode: `vite build --mode chrome|firefox|chrome-test|firefox-test`.
 * `npm run build` and `npm run build:test` run them all (scripts/build.ts). The manifest is derived per target
 * in scripts/lib/manifest.ts; the glossary is compiled into src/generated/ before Vite runs.
 */
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import { readGlossary } from './scripts/lib/glossary-files';
import { deriveManifest, type SourceManifest, targetFromMode } from './scripts/lib/manifest';
import {
  CONTENT_SCRIPT_FILE,
  INTERNAL_PROPERTIES,
  shortenProperties,
} from './scripts/lib/shorten-properties';
import { siteMatchPatterns } from './src/core/glossary/compile';

export default defineConfig(({ mode }) => {
  const target = targetFromMode(mode);
  const manifest = deriveManifest(
    sourceManifest as SourceManifest,
    target,
    siteMatchPatterns(readGlossary()),
  );
  return {
    plugins: [
      crx({ manifest, browser: target.browser }),
      shortenProperties(CONTENT_SCRIPT_FILE, INTERNAL_PROPERTIES),
    ],
    build: {
      outDir: `dist/${target.name}`,
      emptyOutDir: true,
      target: ['chrome121', 'firefox140'],
      sourcemap: false,
      // Extension pages load from disk; a module-preload polyfill would only add an inline script.
      modulePreload: false,
      // Pages the manifest does not name: the story view, opened by cards and the popup.
      rolldownOptions: { input: { story: 'src/story/index.html' } },
    },
  };
});
