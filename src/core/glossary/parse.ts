/**
 * Reads one glossary file: YAML syntax first, then its schema. Either failure becomes `GlossaryProblem`s that
 * point at the line of the offending node. Returns the parsed data with a locator for later, cross-file rules.
 */
import { isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatPath, type GlossaryProblem, type PathSegment } from './problems';

export interface ParsedFile<T> {
  data: T;
  /** Builds a problem at `path` inside this file. */
  problemAt(path: readonly PathSegment[], message: string): GlossaryProblem;
}

/**
 * How far the files' aliases may expand. The glossary reuses its rules by alias (`*cpa_script`, `*border_en`)
 * hundreds of times, past the YAML library's default of 100, which is meant for untrusted input; a finite limit
 * still turns a runaway expansion into a clear error.
 */
const MAX_ALIAS_COUNT = 10_000;

export type ParseResult<T> = { ok: true; file: ParsedFile<T> } | { ok: false; problems: GlossaryProblem[] };

export function parseGlossaryFile<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
): ParseResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        const message = error.message.split('\n')[0] ?? error.message;
        return {
          file,
          path: '',
          line: pos?.line ?? null,
          column: pos?.col ?? null,
          message: `YAML syntax error: ${message.replace(/ at line \d+, column \d+:?$/, '')}`,
        };
      }),
    };
  }

  const problemAt = (fullPath: readonly PathSegment[], message: string): GlossaryProblem => {
    // A field inside a value written in short form (an alias written as a plain string, checked as its `text`)
    // is reported at the value itself: that is what the editor wrote.
    const scalarAt = fullPath.findIndex((_, i) => i > 0 && isScalar(doc.getIn(fullPath.slice(0, i), true)));
    const path = scalarAt === -1 ? fullPath : fullPath.slice(0, scalarAt);
    // The deepest node that exists on the path: a missing field points at the record that lacks it.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { file, path: formatPath(path), line: pos.line, column: pos.col, message };
      }
    }
    return { file, path: formatPath(path), line: null, column: null, message };
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias that expands too far ("billion laughs"), or one the library cannot resolve.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file, path: '', line: null, column: null, message: `YAML: ${message}` }],
    };
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.flatMap(closestBranch).map((issue) => {
        const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          const keys = issue.keys.map((k) => `"${k}"`).join(', ');
          return problemAt([...path, issue.keys[0] ?? ''], `unknown field ${keys}`);
        }
        if (issue.code === 'invalid_type' && issue.input === undefined) {
          return problemAt(path, 'missing required field');
        }
        return problemAt(path, issue.message);
      }),
    };
  }
  return { ok: true, file: { data: result.data, problemAt } };
}

/**
 * A value that fits none of a union's forms (a rule's `needs`: one condition or a list of them) is reported
 * where the form it came closest to went wrong, the one whose first problem lies deepest, and not as a bare
 * "invalid input" at the value: an editor who wrote one condition wants to hear what is wrong inside it.
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const depth = (branch: z.core.$ZodIssue[]) => Math.max(-1, ...branch.map((i) => i.path.length));
  const closest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
  return closest.flatMap((inner) =>
    closestBranch({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue),
  );
}
