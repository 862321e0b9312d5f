/**
 * The compiled glossary as the extension's pages and cards read it (built from `glossary/` at build time;
 * see `src/core/glossary/compile.ts`). Plain data only: it is bundled as a module and sent in messages.
 */

export const TERM_KINDS = ['group', 'person', 'government', 'place', 'concept', 'event'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const ACTOR_KINDS = ['government', 'person', 'group', 'state', 'analysts', 'faction'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_KINDS = [
  'pressure',
  'hostile',
  'attacks',
  'shelters',
  'convenes',
  'talks',
  'leads',
  'criticises',
  'internal',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Languages an alias is written in: English, Urdu, Pashto, Dari (Persian). */
export const LANGS = ['en', 'ur', 'ps', 'fa'] as const;
export type Lang = (typeof LANGS)[number];

export interface Story {
  title: string;
  dek: string;
  summary: string;
  keyPoints: string[];
  watchNext: string;
}

export interface Evidence {
  /** Verbatim from the article. */
  quote: string;
  /** Who said or reported it. */
  by: string;
  /** True when the article prints it between quotation marks. */
  direct: boolean;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** A short label for the actor's stance on the story's core question. */
  stance: string;
  /** One or two attributed sentences. */
  position: string;
  evidence: Evidence[];
  background: string | null;
}

export interface Relation {
  from: string;
  to: string;
  label: string;
  kind: RelationKind;
  mutual: boolean;
}

export interface Alias {
  text: string;
  lang: Lang;
  caseSensitive: boolean;
  /** The alias's context rule in words, for editors and cards; `null` when it always counts. */
  rule: string | null;
}

export interface Term {
  id: string;
  label: string;
  kind: TermKind;
  actor: string | null;
  relevance: 'core' | 'context';
  definition: string;
  inThisStory: string;
  background: string | null;
  related: string[];
  aliases: Alias[];
}

export interface Glossary {
  story: Story;
  actors: Actor[];
  relations: Relation[];
  terms: Term[];
}
