/**
 * Shortens the names of the content script's own properties in its built file, as the minifier already
 * shortens its variables and `#private` fields. The content script has a byte budget (the README's Speed
 * section) and runs on every matching page; most of what the minifier leaves long is the names of methods
 * and fields its modules call on each other (`page.nodeIndexAt(…)`, `clock.longestTaskMs`).
 *
 * Only names listed here are touched, and only those that no other code ever reads: never a name another
 * script calls across the page (the instance slot, the annotation view, the cards' options: see
 * `src/content/instance.ts`), a message's or a stored setting's field, a key of the generated matcher data
 * (written quoted, so its uses would no longer find it), or a host API's. `shorten-properties.test.ts`
 * holds the list to that.
 */
import { minifySync, type Plugin } from 'vite';

/** The built content script, as crxjs names it in the bundle. */
export const CONTENT_SCRIPT_FILE = 'src/content/index.iife.js';

export const INTERNAL_PROPERTIES: readonly string[] = [
  // ContentApp and its page session (src/content/app.ts, page-session.ts)
  'running',
  'checkAlive',
  'screenedOut',
  'dropDetached',
  'mayBeAboutStory',
  'beginScan',
  'scanStep',
  'rescan',
  'rescanAll',
  'refresh',
  'settle',
  'forced',
  'termCounts',
  'lastRead',
  'roots',
  'paint',
  // The mutation queue (src/content/mutation-queue.ts)
  'shouldContinue',
  'dropRemoved',
  'maxRoots',
  'delayMs',
  'isOwn',
  // The work's clock (src/content/slices.ts)
  'taskMs',
  'workMs',
  'longestTaskMs',
  'sliceMs',
  // The page's text and where each match lies in it (src/content/page-text.ts, page-annotations.ts)
  'mayMentionStory',
  'nodeIndexAt',
  'nodeAt',
  'offsetIn',
  'nodeCount',
  'longNodes',
  'landmarks',
  'nodeTexts',
  'isInline',
  'accepted',
  // The matcher and the relevance gate (src/core/matcher/, src/core/relevance.ts)
  'pattern',
  'targetOf',
  'ruleOf',
  'patternTargets',
  'patternFlags',
  'patternCases',
  'decodedRules',
  'titleSet',
  'givenNameSet',
  'flagsOf',
  'digit',
  'coreTerms',
  'contextTerms',
  // The matcher's data, every key (src/generated/matcher-data.ts writes them unquoted for this; named apart from
  // the fields of other objects: `termIds`, not `terms`)
  'tokens',
  'letters',
  'meta',
  'targetOffset',
  'flagged',
  'caseForms',
  'conditions',
  'withins',
  'termIds',
  'anchorSources',
  'coreIndexes',
  'patternLines',
  'tokenWords',
  'trieNodes',
  'ruledPatterns',
  'ruleDigits',
  'titleWords',
  'givenNames',
];

/**
 * `source` with `names` shortened wherever they stand as property names. Throws when one of them is not in the
 * source (a stale entry) or is still there afterwards (read by a computed or quoted key, which the shortening
 * cannot follow: the property would go missing at run time).
 */
export function shortenPropertiesIn(
  source: string,
  names: readonly string[],
  fileName = 'script.js',
): string {
  const absent = names.filter((name) => !wordIn(source, name));
  if (absent.length > 0)
    throw new Error(`${fileName} has no property ${absent.join(', ')}: drop it from the list`);
  const { code, errors } = minifySync(fileName, source, {
    compress: false,
    mangle: false,
    mangleProps: { include: new RegExp(`^(?:${names.join('|')})$`) },
    codegen: { removeWhitespace: true },
  });
  if (errors.length > 0) throw new Error(`${fileName}: ${errors.map((e) => e.message).join('; ')}`);
  const left = names.filter((name) => wordIn(code, name));
  if (left.length > 0)
    throw new Error(`${fileName} still names ${left.join(', ')} after shortening: a quoted use?`);
  return code;
}

const wordIn = (code: string, name: string) => new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(code);

/** A Vite plugin that shortens `names` in the built `fileName` (an asset crxjs emits into the bundle). */
export function shortenProperties(fileName: string, names: readonly string[]): Plugin {
  return {
    name: 'story-lens:shorten-properties',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const file = bundle[fileName];
      if (file === undefined) this.error(`${fileName} is not in the bundle: has the content script moved?`);
      try {
        if (file.type === 'asset') file.source = shortenPropertiesIn(String(file.source), names, fileName);
        else file.code = shortenPropertiesIn(file.code, names, fileName);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
