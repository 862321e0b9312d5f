/**
 * Turns the loaded glossary into what the extension ships: the readable glossary for the popup, story view and
 * cards (`Glossary`), and the news sites' match patterns for the manifest. The matcher's compact form is built
 * from the same data by `../matcher/compile.ts`.
 */
import type { Alias, Glossary } from '../../shared/glossary-types';
import type { LoadedGlossary } from './load';
import type { AliasSource, NeedsCondition } from './schema';

export function compileGlossary(loaded: LoadedGlossary): Glossary {
  const { story, actors, relations, terms } = loaded;
  return {
    story: { ...story.data },
    actors: actors.data.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      stance: actor.stance.label,
      position: actor.stance.summary,
      evidence: actor.evidence.map((e) => ({ quote: e.quote, by: e.by, direct: e.direct })),
      background: actor.background ?? null,
    })),
    relations: relations.data.relations.map((r) => ({ ...r })),
    terms: terms.data.terms.map((term) => ({
      id: term.id,
      label: term.label,
      kind: term.kind,
      actor: term.actor ?? null,
      relevance: term.relevance,
      definition: term.definition,
      inThisStory: term.inThisStory,
      background: term.background ?? null,
      related: [...term.related],
      aliases: term.aliases.map(compileAlias),
    })),
  };
}

function compileAlias(alias: AliasSource): Alias {
  return {
    text: alias.text,
    lang: alias.lang,
    caseSensitive: alias.caseSensitive,
    rule: describeRule(alias),
  };
}

/** The alias's context rule in plain words, or `null` when it always counts. */
export function describeRule(alias: AliasSource): string | null {
  const parts: string[] = [];
  if (alias.needs) {
    const alternatives = Array.isArray(alias.needs) ? alias.needs : [alias.needs];
    parts.push(`only ${alternatives.map(describeCondition).join(', or ')}`);
  }
  if (alias.notAfterName)
    parts.push(
      /[\u0600-\u06ff]/.test(alias.text)
        ? 'not after a given name listed in rules.yaml'
        : 'not after another capitalised name (titles are fine)',
    );
  if (alias.notBeforeName) parts.push('not before another capitalised name');
  if (alias.spacedOnly) parts.push('with spaces between its words, not hyphens');
  return parts.length > 0 ? parts.join('; ') : null;
}

function describeCondition(condition: NeedsCondition): string {
  const where = condition.within
    ? `within ${condition.within} characters of ${named(condition)}`
    : `on a page that also has ${named(condition)}`;
  const unless = condition.unless
    ? `, unless within ${condition.unless.within} characters of ${named(condition.unless)}`
    : '';
  return condition.and ? `${where}${unless} and ${describeCondition(condition.and)}` : where + unless;
}

/** The terms and cue words a condition names, as a reader would list them. */
function named(condition: NeedsCondition): string {
  return [
    ...(condition.terms ?? []).map((id) => `the term "${id}"`),
    ...(condition.words ?? []).map((word) => `"${word}"`),
  ].join(' or ');
}

/** Content-script match patterns for the curated news sites: each domain and its subdomains, over HTTPS. */
export function siteMatchPatterns(loaded: LoadedGlossary): string[] {
  return loaded.sites.data.sites.map((site) => `https://*.${site.domain}/*`);
}
