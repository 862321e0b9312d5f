/**
 * `npm run glossary`: checks the glossary and prints a short report.
 *   --json    print the compiled glossary as one JSON object (story, actors, relations, terms)
 *   --write   also write the compiled modules into src/generated/ (the build and the tests do this)
 *   --quiet   print nothing but problems
 * Exits with status 1 and a list of problems (file, path inside it, line, rule) when the glossary is broken.
 */
import { compileGlossary } from '../src/core/glossary/compile';
import { formatProblem, GlossaryError } from '../src/core/glossary/problems';
import { compileMatcher } from '../src/core/matcher/compile';
import { Matcher } from '../src/core/matcher/matcher';
import { writeGenerated } from './lib/generated';
import { ARTICLE_PATH, readArticle, readGlossary } from './lib/glossary-files';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--json', '--write', '--quiet'].includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Options: --json, --write, --quiet`);
  process.exit(2);
}

try {
  const loaded = readGlossary();
  const glossary = compileGlossary(loaded);
  const matcher = compileMatcher(loaded);
  if (args.has('--write')) writeGenerated(loaded);

  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify(glossary)}\n`);
  } else if (!args.has('--quiet')) {
    const lines = [
      `Glossary OK: ${glossary.terms.length} terms, ${glossary.actors.length} actors, ${glossary.relations.length} relations, ${loaded.sites.data.sites.length} news sites.`,
      `Matcher: ${matcher.patternLines.split('\n').length - 1} patterns (with spacing variants, traps and cue words), ${new Matcher(matcher).rules.length} context rules, ${matcher.patternLines.length} characters.`,
      readArticle() === null
        ? `Quotes NOT checked: the article is not at ${ARTICLE_PATH}.`
        : `Quotes: all ${glossary.actors.reduce((n, a) => n + a.evidence.length, 0)} found verbatim in the article.`,
      '',
      ...glossary.terms.map((term) => {
        const aliases = term.aliases.map((alias) => (alias.rule ? `${alias.text}*` : alias.text));
        return `${term.id} (${term.kind}, ${term.relevance}): ${aliases.join(' · ')}`;
      }),
      '',
      '* has a context rule.',
    ];
    for (const warning of loaded.warnings) lines.push(`warning: ${formatProblem(warning)}`);
    console.log(lines.join('\n'));
  }
} catch (error) {
  if (error instanceof GlossaryError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
