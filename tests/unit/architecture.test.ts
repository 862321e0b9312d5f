/**
 * The folder boundaries, checked over import paths (transitively):
 * - content, background and the extension pages never import one another; they share src/shared and src/core;
 * - the extension pages (popup, story view, options) may share src/ui, which never reaches content or background;
 * - src/core (pure logic) never reaches webextension-polyfill or any folder that runs in one context only;
 * - src/shared never reaches content, background, the pages or src/ui;
 * - the content script never bundles webextension-polyfill or the full glossary (its size budget is for the
 *   matcher and the cards; it asks the background for the glossary), and neither do the settings it reads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const SRC = join(ROOT, 'src');

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

/** Each file's imports: project files as paths relative to src/, packages by name. */
function importGraph(files: readonly string[], read: (file: string) => string): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const targets: string[] = [];
    for (const match of read(file).matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      // `?script` imports a built script's file name (to inject it into a tab), not its code.
      if (!spec || spec.endsWith('?script')) continue;
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const candidates = [`${base}.ts`, join(base, 'index.ts'), base];
        const found = candidates.find((c) => files.includes(c)) ?? candidates[0];
        targets.push(relative(SRC, found as string));
      } else {
        targets.push(
          spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string),
        );
      }
    }
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** Every import path from a file in `from` that reaches something `forbidden` accepts, as "a → b → c". */
function forbiddenPaths(
  graph: Graph,
  from: (file: string) => boolean,
  forbidden: (target: string) => boolean,
): string[] {
  const violations: string[] = [];
  for (const start of graph.keys()) {
    if (!from(start)) continue;
    const seen = new Set<string>([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const path = queue.shift() as string[];
      for (const next of graph.get(path[path.length - 1] as string) ?? []) {
        if (forbidden(next)) violations.push([...path, next].join(' → '));
        else if (!seen.has(next) && graph.has(next)) {
          seen.add(next);
          queue.push([...path, next]);
        }
      }
    }
  }
  return violations;
}

const inFolder = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const CONTEXTS = ['content', 'background', 'popup', 'story', 'options'] as const;
/** Code the extension pages share: it runs in pages only. */
const PAGE_SHARED = 'ui';

describe('folder boundaries', () => {
  const files = sourceFiles(SRC);
  const graph = importGraph(files, (file) => readFileSync(file, 'utf8'));

  it('finds the source files and their imports', () => {
    expect(graph.size).toBeGreaterThan(10);
    expect(graph.get('background/index.ts')).toContain('webextension-polyfill');
  });

  for (const context of CONTEXTS) {
    it(`${context} imports no other context`, () => {
      const others = CONTEXTS.filter((c) => c !== context);
      const violations = forbiddenPaths(graph, inFolder(context), (t) => others.some((o) => inFolder(o)(t)));
      expect(violations).toEqual([]);
    });
  }

  it('pure code (src/core) never reaches webextension-polyfill or a context folder', () => {
    const violations = forbiddenPaths(
      graph,
      inFolder('core'),
      (t) => t === 'webextension-polyfill' || CONTEXTS.some((c) => inFolder(c)(t)),
    );
    expect(violations).toEqual([]);
  });

  it("shared code never reaches a context folder or the pages' UI code", () => {
    const violations = forbiddenPaths(graph, inFolder('shared'), (t) =>
      [...CONTEXTS, PAGE_SHARED].some((c) => inFolder(c)(t)),
    );
    expect(violations).toEqual([]);
  });

  it("the pages' UI code never reaches the content script, the background or a page", () => {
    const violations = forbiddenPaths(graph, inFolder(PAGE_SHARED), (t) =>
      CONTEXTS.some((c) => inFolder(c)(t)),
    );
    expect(violations).toEqual([]);
  });

  it("only extension pages use the pages' UI code", () => {
    const violations = forbiddenPaths(
      graph,
      (file) => inFolder('content')(file) || inFolder('background')(file),
      inFolder(PAGE_SHARED),
    );
    expect(violations).toEqual([]);
  });

  // Type-only imports vanish from the bundle; only value imports count here.
  const values = importGraph(files, (file) =>
    readFileSync(file, 'utf8').replace(/^import type [^;]*;/gm, ''),
  );

  it('the content script bundles neither webextension-polyfill nor the full glossary', () => {
    const violations = forbiddenPaths(
      values,
      inFolder('content'),
      (t) => t === 'webextension-polyfill' || t === 'generated/glossary.ts',
    );
    expect(violations).toEqual([]);
  });

  it('the settings never reach webextension-polyfill, so the content script can read them', () => {
    const violations = forbiddenPaths(
      values,
      (file) => file === 'shared/settings.ts',
      (t) => t === 'webextension-polyfill',
    );
    expect(violations).toEqual([]);
  });

  it('the check itself catches an indirect import', () => {
    const fake: Graph = new Map([
      ['core/a.ts', ['core/b.ts']],
      ['core/b.ts', ['shared/c.ts']],
      ['shared/c.ts', ['webextension-polyfill']],
      ['content/x.ts', ['popup/y.ts']],
      ['popup/y.ts', []],
    ]);
    expect(forbiddenPaths(fake, inFolder('core'), (t) => t === 'webextension-polyfill')).toEqual([
      'core/a.ts → core/b.ts → shared/c.ts → webextension-polyfill',
      'core/b.ts → shared/c.ts → webextension-polyfill',
    ]);
    expect(forbiddenPaths(fake, inFolder('content'), inFolder('popup'))).toEqual([
      'content/x.ts → popup/y.ts',
    ]);
  });
});
