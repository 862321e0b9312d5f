/**
 * Loads the whole glossary from its files' text: parse and check each file against its schema, then the rules
 * that span records and files (`validate.ts`). Pure: the caller reads the files (see `scripts/lib/glossary-files.ts`).
 */

import type { z } from 'zod';
import type { ParsedFile } from './parse';
import { parseGlossaryFile } from './parse';
import { GlossaryError, type GlossaryProblem } from './problems';
import {
  type actorsFile,
  GLOSSARY_FILES,
  type GlossaryFileName,
  type relationsFile,
  type rulesFile,
  type sitesFile,
  type storyFile,
  type termsFile,
} from './schema';
import { validateGlossary } from './validate';

export interface GlossarySources {
  /** Each file's text, by name (`terms.yaml`…); a missing file is a problem. */
  files: Partial<Record<GlossaryFileName, string>>;
  /** How files are named in messages: `${dir}/${name}`. */
  dir: string;
  /** The story's full text, to check quotes against; `null` skips that check (reported by the caller). */
  article: string | null;
}

export interface LoadedGlossary {
  story: ParsedFile<z.output<typeof storyFile>>;
  actors: ParsedFile<z.output<typeof actorsFile>>;
  relations: ParsedFile<z.output<typeof relationsFile>>;
  terms: ParsedFile<z.output<typeof termsFile>>;
  rules: ParsedFile<z.output<typeof rulesFile>>;
  sites: ParsedFile<z.output<typeof sitesFile>>;
  /** Non-fatal observations for the editor (e.g. a trap that blocks nothing). */
  warnings: GlossaryProblem[];
}

/** Parses and validates every glossary file; throws `GlossaryError` listing every problem found. */
export function loadGlossary(sources: GlossarySources): LoadedGlossary {
  const problems: GlossaryProblem[] = [];
  const parse = <S extends z.ZodType>(name: GlossaryFileName, schema: S): ParsedFile<z.output<S>> | null => {
    const file = `${sources.dir}/${name}`;
    const text = sources.files[name];
    if (text === undefined) {
      problems.push({ file, path: '', line: null, column: null, message: 'file is missing' });
      return null;
    }
    const result = parseGlossaryFile(file, text, schema);
    if (!result.ok) {
      problems.push(...result.problems);
      return null;
    }
    return result.file;
  };

  const story = parse('story.yaml', GLOSSARY_FILES['story.yaml']);
  const actors = parse('actors.yaml', GLOSSARY_FILES['actors.yaml']);
  const relations = parse('relations.yaml', GLOSSARY_FILES['relations.yaml']);
  const terms = parse('terms.yaml', GLOSSARY_FILES['terms.yaml']);
  const rules = parse('rules.yaml', GLOSSARY_FILES['rules.yaml']);
  const sites = parse('sites.yaml', GLOSSARY_FILES['sites.yaml']);
  if (!story || !actors || !relations || !terms || !rules || !sites) throw new GlossaryError(problems);

  const loaded = { story, actors, relations, terms, rules, sites, warnings: [] };
  const checked = validateGlossary(loaded, sources.article);
  if (checked.problems.length > 0) throw new GlossaryError(checked.problems);
  return { ...loaded, warnings: checked.warnings };
}
