/**
 * Writes the compiled glossary into `src/generated/` as typed modules, so that the browser bundles import plain
 * data (no YAML parser, no schema library) and the type checker holds the data to its types.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary } from '../../src/core/glossary/compile';
import type { LoadedGlossary } from '../../src/core/glossary/load';
import { compileMatcher } from '../../src/core/matcher/compile';
import { PROJECT_ROOT } from './glossary-files';

export const GENERATED_DIR = join(PROJECT_ROOT, 'src/generated');

const HEADER =
  '// Generated from glossary/ by `npm run glossary -- --write`. Do not edit: edit glossary/ instead.\n';

/**
 * The content script's style sheet (listed in the manifest, so the browser injects it: the page gets no <style>
 * element). `::highlight()` takes one name, so every term gets its rule; a user style can restyle one term with
 * the same selector.
 */
function highlightStyles(termIds: readonly string[]): string {
  const selectors = termIds.map((id) => `::highlight(story-lens-${id})`).join(',\n');
  return `/* Generated from glossary/ by \`npm run glossary -- --write\`. Story Lens highlights: one name per term. */
${selectors} {
  background-color: rgb(255 196 0 / 0.34);
  text-decoration: underline 1px rgb(191 120 0 / 0.9);
  text-underline-offset: 2px;
}
`;
}

/**
 * An object's JSON with its own keys unquoted (its values as JSON): the content script's build shortens the
 * matcher data's keys with the names its code reads them by (see `shorten-properties.ts`), which a quoted key
 * would keep from it.
 */
function unquotedKeys(data: object): string {
  return `{${Object.entries(data)
    .map(([key, value]) => `${key}:${JSON.stringify(value)}`)
    .join(',')}}`;
}

export function writeGenerated(loaded: LoadedGlossary): string[] {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const files: Record<string, string> = {
    'glossary.ts': `${HEADER}import type { Glossary } from '../shared/glossary-types';\n\nexport const glossary: Glossary = ${JSON.stringify(compileGlossary(loaded), null, 2)};\n`,
    'matcher-data.ts': `${HEADER}import type { MatcherData } from '../core/matcher/data';\n\nexport const matcherData: MatcherData = ${unquotedKeys(compileMatcher(loaded))};\n`,
    'news-sites.ts': `${HEADER}\n/** Registrable domains of the curated news sites (glossary/sites.yaml). */\nexport const newsSiteDomains: readonly string[] = ${JSON.stringify(loaded.sites.data.sites.map((site) => site.domain))};\n`,
  };
  const written: string[] = [];
  files['highlights.css'] = highlightStyles(loaded.terms.data.terms.map((term) => term.id));
  for (const [name, content] of Object.entries(files)) {
    const path = join(GENERATED_DIR, name);
    let previous: string | null = null;
    try {
      previous = readFileSync(path, 'utf8');
    } catch {}
    // Unchanged files keep their timestamps, so watchers and caches see no change.
    if (previous !== content) {
      writeFileSync(path, content);
      written.push(path);
    }
  }
  return written;
}
