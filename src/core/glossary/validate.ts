/**
 * The glossary's rules that no single record can check: unique ids, references that resolve, aliases that are
 * usable and belong to one term only, cue words that are not aliases, and quotes that are verbatim.
 */
import { BREAK, foldedKey, foldString, isWordCode, NONWORD, OTHER } from '../matcher/fold';
import type { LoadedGlossary } from './load';
import type { GlossaryProblem } from './problems';
import type { NeedsCondition } from './schema';

/** Term ids that tests and tools rely on. */
export const REQUIRED_TERM_IDS = [
  'ttp',
  'iskp',
  'afghan_taliban',
  'haibatullah',
  'fatwa_jihad_abroad',
  'ishaq_dar',
  'charge_daffaires',
  'trilateral_cpa',
  'cross_border_attacks',
  'safe_haven',
  'islamabad',
  'kabul',
  'isis_core',
] as const;

/** The story's actors that the popup and the relationship map are built around. */
export const REQUIRED_ACTOR_IDS = [
  'pakistan_government',
  'afghan_taliban',
  'haibatullah',
  'ttp',
  'iskp',
  'china',
  'ishaq_dar',
  'regional_analysts',
  'former_security_officer',
  'taliban_moderates',
] as const;

type Glossary = Omit<LoadedGlossary, 'warnings'>;

export function validateGlossary(
  glossary: Glossary,
  article: string | null,
): { problems: GlossaryProblem[]; warnings: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  const warnings: GlossaryProblem[] = [];
  const { actors, relations, terms, sites } = glossary;

  const actorIds = uniqueIds(actors.data.actors, (i) => actors.problemAt(['actors', i, 'id'], ''), problems);
  const termIds = uniqueIds(terms.data.terms, (i) => terms.problemAt(['terms', i, 'id'], ''), problems);

  for (const id of REQUIRED_TERM_IDS) {
    if (!termIds.has(id)) problems.push(terms.problemAt(['terms'], `the required term "${id}" is missing`));
  }
  for (const id of REQUIRED_ACTOR_IDS) {
    if (!actorIds.has(id))
      problems.push(actors.problemAt(['actors'], `the required actor "${id}" is missing`));
  }

  // Quotes are verbatim, or they are not quotes.
  actors.data.actors.forEach((actor, a) => {
    actor.evidence.forEach((evidence, e) => {
      if (article !== null && !article.includes(evidence.quote)) {
        problems.push(
          actors.problemAt(
            ['actors', a, 'evidence', e, 'quote'],
            'this quote is not in the article word for word (check apostrophes ’, quotation marks “ ” and dashes —)',
          ),
        );
      }
    });
  });

  relations.data.relations.forEach((relation, r) => {
    for (const end of ['from', 'to'] as const) {
      if (!actorIds.has(relation[end])) {
        problems.push(relations.problemAt(['relations', r, end], `unknown actor "${relation[end]}"`));
      }
    }
    if (relation.from === relation.to) {
      problems.push(relations.problemAt(['relations', r, 'to'], 'a relation needs two different actors'));
    }
  });

  // Aliases: every one usable by the matcher, and each folded form on one term only.
  const aliasOwner = new Map<string, { term: string; path: (string | number)[] }>();
  terms.data.terms.forEach((term, t) => {
    if (term.actor !== undefined && !actorIds.has(term.actor)) {
      problems.push(terms.problemAt(['terms', t, 'actor'], `unknown actor "${term.actor}"`));
    }
    term.related.forEach((related, r) => {
      if (!termIds.has(related))
        problems.push(terms.problemAt(['terms', t, 'related', r], `unknown term "${related}"`));
      else if (related === term.id)
        problems.push(terms.problemAt(['terms', t, 'related', r], 'a term is not related to itself'));
    });
    term.aliases.forEach((alias, a) => {
      const path = ['terms', t, 'aliases', a];
      const problem = aliasProblem(alias.text);
      if (problem) {
        problems.push(terms.problemAt(path, problem));
        return;
      }
      const key = foldedKey(alias.text);
      const owner = aliasOwner.get(key);
      if (owner) {
        const where = owner.term === term.id ? 'earlier on this term' : `on the term "${owner.term}"`;
        const folded = key === alias.text ? '' : ` (as "${key}")`;
        problems.push(terms.problemAt(path, `the alias "${alias.text}" is already ${where}${folded}`));
      } else {
        aliasOwner.set(key, { term: term.id, path });
      }
      for (const [conditionPath, condition] of needsConditions(alias.needs, [...path, 'needs'])) {
        condition.terms?.forEach((needed, n) => {
          if (!termIds.has(needed)) {
            problems.push(terms.problemAt([...conditionPath, 'terms', n], `unknown term "${needed}"`));
          }
        });
      }
    });
  });

  // Cue words and traps are checked once every alias is known.
  terms.data.terms.forEach((term, t) => {
    term.aliases.forEach((alias, a) => {
      for (const [conditionPath, condition] of needsConditions(alias.needs, [
        'terms',
        t,
        'aliases',
        a,
        'needs',
      ])) {
        condition.words?.forEach((word, w) => {
          const path = [...conditionPath, 'words', w];
          const problem = aliasProblem(word);
          if (problem) problems.push(terms.problemAt(path, problem.replace('an alias', 'a cue word')));
          else if (aliasOwner.has(foldedKey(word))) {
            const owner = aliasOwner.get(foldedKey(word))?.term;
            problems.push(
              terms.problemAt(
                path,
                `the cue word "${word}" is an alias of "${owner}": list that term in needs.terms`,
              ),
            );
          }
        });
      }
    });
    term.traps.forEach(({ text: trap }, p) => {
      const path = ['terms', t, 'traps', p];
      const problem = aliasProblem(trap);
      if (problem) {
        problems.push(terms.problemAt(path, problem.replace('an alias', 'a trap')));
        return;
      }
      const key = ` ${foldedKey(trap)} `;
      if (aliasOwner.has(key.trim())) {
        problems.push(
          terms.problemAt(
            path,
            `the trap "${trap}" is also an alias of "${aliasOwner.get(key.trim())?.term}"`,
          ),
        );
      } else if (
        ![...aliasOwner.keys()].some((alias) => key.includes(` ${alias} `) || key.includes(` ${alias}'`))
      ) {
        warnings.push(terms.problemAt(path, `the trap "${trap}" contains no alias, so it blocks nothing`));
      }
    });
  });

  uniqueIds(
    sites.data.sites.map((site) => ({ id: site.domain })),
    (i) => sites.problemAt(['sites', i, 'domain'], ''),
    problems,
    'domain',
  );

  return { problems, warnings };
}

/**
 * Every condition of an alias's `needs` (alternatives, their `and`s and `unless`es), with its path in the file.
 */
function needsConditions(
  needs: NeedsCondition | NeedsCondition[] | undefined,
  path: (string | number)[],
): [(string | number)[], NeedsCondition][] {
  if (needs === undefined) return [];
  const alternatives: [(string | number)[], NeedsCondition][] = Array.isArray(needs)
    ? needs.map((condition, i) => [[...path, i], condition])
    : [[path, needs]];
  const out: [(string | number)[], NeedsCondition][] = [];
  for (let [at, condition] of alternatives) {
    for (let c: NeedsCondition | undefined = condition; c; c = c.and) {
      out.push([at, c]);
      if (c.unless) out.push([[...at, 'unless'], c.unless]);
      at = [...at, 'and'];
    }
  }
  return out;
}

/** Why the matcher could not use this text as an alias, or `null` when it can. */
export function aliasProblem(text: string): string | null {
  const folded = foldString(text);
  const first = folded[0];
  const last = folded[folded.length - 1];
  if (folded.length < 2) return `an alias needs at least two letters ("${text}" is too short)`;
  if (first === undefined || last === undefined || !isWordCode(first) || !isWordCode(last)) {
    return `an alias must start and end with a letter or digit ("${text}")`;
  }
  // Full stops may stand inside an initialism written with them ("T.T.P"); any other mark ends a word.
  if (foldString(text.replaceAll('.', '')).includes(NONWORD) || folded.includes(BREAK))
    return `an alias cannot contain punctuation other than spaces, hyphens, apostrophes and full stops ("${text}")`;
  if (folded.includes(OTHER))
    return `an alias may only use Latin or Arabic-script letters and digits ("${text}")`;
  if (foldedKey(text) === 'is') return 'a bare "IS" is never an alias: it is an English word';
  return null;
}

function uniqueIds(
  records: readonly { id: string }[],
  at: (index: number) => GlossaryProblem,
  problems: GlossaryProblem[],
  what = 'id',
): Set<string> {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) problems.push({ ...at(i), message: `duplicate ${what} "${record.id}"` });
    seen.add(record.id);
  });
  return seen;
}
