/**
 * The shape of each file in `glossary/`, as an editor writes it. Checked at build time only (zod never reaches
 * the browser bundles). Objects are strict: an unknown field is a typo until proven otherwise.
 * Rules that span records or files (unique ids, references, alias collisions, verbatim quotes) live in
 * `validate.ts`.
 */
import { z } from 'zod';
import { ACTOR_KINDS, LANGS, RELATION_KINDS, TERM_KINDS } from '../../shared/glossary-types';

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]*$/,
    'an id is lower-case ASCII letters, digits and underscores, starting with a letter',
  );

const text = z.string().trim().min(1, 'must not be empty');

/** A count of words, as an editor counts them. */
export const wordCount = (value: string): number => value.split(/\s+/u).filter(Boolean).length;

const words = (max: number) =>
  text.refine((value) => wordCount(value) <= max, { message: `must be at most ${max} words` });

export const storyFile = z.strictObject({
  title: text,
  dek: text,
  summary: text.refine((value) => wordCount(value) >= 80 && wordCount(value) <= 120, {
    message: 'must be 80–120 words',
  }),
  keyPoints: z.array(text).min(4, 'needs 4–7 key points').max(7, 'needs 4–7 key points'),
  watchNext: text,
});

const evidence = z.strictObject({
  quote: text,
  by: text,
  direct: z.boolean(),
});

export const actorsFile = z.strictObject({
  actors: z.array(
    z.strictObject({
      id,
      name: text,
      kind: z.enum(ACTOR_KINDS),
      stance: z.strictObject({ label: words(4), summary: text }),
      evidence: z.array(evidence).min(1, 'needs at least one quote'),
      background: text.optional(),
    }),
  ),
});

export const relationsFile = z.strictObject({
  relations: z.array(
    z.strictObject({
      from: id,
      to: id,
      label: text,
      kind: z.enum(RELATION_KINDS),
      mutual: z.boolean().default(false),
    }),
  ),
});

/**
 * A context condition: one of `terms` (found by an alias, see `src/core/matcher/rules.ts`) or `words` is on
 * the page, or within `within` characters; `and` adds a condition that must hold as well, `unless` one that
 * must not. With neither terms nor words, only the `unless` is asked: a name that counts anywhere except
 * beside the words of its look-alike (Kashmir's Islamabad, beside Anantnag).
 */
export interface NeedsCondition {
  terms?: string[] | undefined;
  words?: string[] | undefined;
  within?: number | undefined;
  and?: NeedsCondition | undefined;
  unless?: UnlessCondition | undefined;
}

/**
 * None of `words` within `within` characters: cue words only, as a term's matches are still being accepted
 * while rules are met, and always a distance, as a whole page is too wide a net.
 */
export interface UnlessCondition {
  words: string[];
  within: number;
}

/** True when a condition names a term or a cue word; one without asks only its `unless`. */
export function asksForAny(condition: NeedsCondition): boolean {
  return (condition.terms?.length ?? 0) + (condition.words?.length ?? 0) > 0;
}

const distance = z.number().int().positive().max(5000);

const unless: z.ZodType<UnlessCondition> = z.strictObject({
  words: z.array(text).min(1),
  within: distance,
});

const condition: z.ZodType<NeedsCondition> = z.lazy(() =>
  z
    .strictObject({
      terms: z.array(id).optional(),
      words: z.array(text).optional(),
      within: distance.optional(),
      and: condition.optional(),
      unless: unless.optional(),
    })
    .refine((rule) => asksForAny(rule) || rule.unless !== undefined, {
      message: 'needs at least one term or word, or an unless',
    }),
);

/** One condition, or a list of alternatives of which any one is enough. */
const needs = z.union([condition, z.array(condition).min(1)]);

const aliasObject = z.strictObject({
  text,
  caseSensitive: z.boolean().default(false),
  needs: needs.optional(),
  notAfterName: z.boolean().default(false),
  notBeforeName: z.boolean().default(false),
  /** Counts only with spaces between its words, never a hyphen or dash (see `FLAG_SPACED_ONLY`). */
  spacedOnly: z.boolean().default(false),
  lang: z.enum(LANGS).default('en'),
});

/** An alias is written as a plain string, or as an object when it needs options. */
const alias = z.preprocess(
  (value) => (typeof value === 'string' ? { text: value } : value),
  // A name alone claimed by someone else's name counts only by its rule's distances (see `applyRules`), and
  // without a rule a bare surname would count anywhere.
  aliasObject.refine((a) => a.needs !== undefined || !(a.notAfterName || a.notBeforeName), {
    message: 'a name alone (notAfterName or notBeforeName) needs a rule saying where it counts',
    path: ['needs'],
  }),
);

/**
 * A trap is written as a plain string, or as an object when it holds only in the case written: the news site
 * "Kabul Now", never "the Taliban in Kabul now".
 */
const trap = z.preprocess(
  (value) => (typeof value === 'string' ? { text: value } : value),
  z.strictObject({ text, caseSensitive: z.boolean().default(false) }),
);

export const termsFile = z.strictObject({
  terms: z.array(
    z.strictObject({
      id,
      label: text,
      kind: z.enum(TERM_KINDS),
      actor: id.optional(),
      relevance: z.enum(['core', 'context']),
      definition: words(30),
      inThisStory: words(60),
      background: text.optional(),
      related: z.array(id).default([]),
      traps: z.array(trap).default([]),
      aliases: z.array(alias).min(1, 'needs at least one alias'),
    }),
  ),
});

export const rulesFile = z.strictObject({
  titles: z.array(text).min(1),
  // Arabic script only: Latin names are told by their capitals (see `titles`), and the matcher ships these in
  // the patterns' compact letters.
  givenNames: z.array(text.regex(/^[\u0600-\u06ff]+$/, 'must be one word in Arabic script')).default([]),
  everydayWords: z.array(text).default([]),
});

export const sitesFile = z.strictObject({
  sites: z
    .array(
      z.strictObject({
        domain: z
          .string()
          .regex(
            /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/,
            'a domain is lower case, without scheme, path or "www." (e.g. dawn.com)',
          ),
        name: text,
        region: z.enum(['pakistan', 'afghanistan', 'regional', 'international']),
        languages: z.array(z.enum(LANGS)).min(1),
      }),
    )
    .min(1),
});

export type StoryFile = z.infer<typeof storyFile>;
export type ActorsFile = z.infer<typeof actorsFile>;
export type RelationsFile = z.infer<typeof relationsFile>;
export type TermsFile = z.infer<typeof termsFile>;
export type TermSource = TermsFile['terms'][number];
export type AliasSource = TermSource['aliases'][number];
export type RulesFile = z.infer<typeof rulesFile>;
export type SitesFile = z.infer<typeof sitesFile>;

/** Every file of the glossary, by name, with its schema. */
export const GLOSSARY_FILES = {
  'story.yaml': storyFile,
  'actors.yaml': actorsFile,
  'relations.yaml': relationsFile,
  'terms.yaml': termsFile,
  'rules.yaml': rulesFile,
  'sites.yaml': sitesFile,
} as const;
export type GlossaryFileName = keyof typeof GLOSSARY_FILES;
