/**
 * Problems found in the glossary, each naming the file, the path inside it (`terms[3].aliases[2]`), the line
 * and the rule broken, so an editor can go straight to it.
 */

export interface GlossaryProblem {
  /** The file, relative to the project (e.g. `glossary/terms.yaml`). */
  file: string;
  /** Where in the file, as `terms[3].aliases[2]`; empty for the whole file. */
  path: string;
  /** 1-based line and column, when known. */
  line: number | null;
  column: number | null;
  /** The rule broken, in words. */
  message: string;
}

export type PathSegment = string | number;

/** `['terms', 3, 'aliases', 2]` → `terms[3].aliases[2]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function formatProblem(problem: GlossaryProblem): string {
  const where =
    problem.line === null
      ? problem.file
      : `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
  return `${where}: ${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`;
}

/** Thrown when the glossary is broken; its message lists every problem found. */
export class GlossaryError extends Error {
  readonly problems: readonly GlossaryProblem[];

  constructor(problems: readonly GlossaryProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The glossary has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'GlossaryError';
    this.problems = problems;
  }
}
