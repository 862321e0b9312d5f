/**
 * The glossary as shipped passes every rule, and each rule catches the broken fixture written for it
 * (tests/fixtures/glossary-broken/*.yaml: each replaces one glossary file and names the problem it expects).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PATH,
  GLOSSARY_DIR,
  PROJECT_ROOT,
  readGlossary,
  readGlossarySources,
} from '../../scripts/lib/glossary-files';
import { compileGlossary } from '../../src/core/glossary/compile';
import { loadGlossary } from '../../src/core/glossary/load';
import { formatProblem, GlossaryError } from '../../src/core/glossary/problems';
import type { GlossaryFileName } from '../../src/core/glossary/schema';
import { REQUIRED_ACTOR_IDS, REQUIRED_TERM_IDS } from '../../src/core/glossary/validate';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/glossary-broken');

describe('the glossary as shipped', () => {
  it('has the story article beside the project to check quotes against', () => {
    // In CI ../shared is always there: a missing article must fail, not skip the quote check.
    expect(existsSync(ARTICLE_PATH), `${ARTICLE_PATH} is missing`).toBe(true);
  });

  it('passes every rule, quotes included', () => {
    const sources = readGlossarySources();
    expect(sources.article).not.toBeNull();
    expect(() => loadGlossary(sources)).not.toThrow();
  });

  it('has the required terms and actors, and every evidence quote verbatim in the article', () => {
    const glossary = compileGlossary(readGlossary());
    const article = readFileSync(ARTICLE_PATH, 'utf8');
    expect(glossary.terms.map((t) => t.id)).toEqual(expect.arrayContaining([...REQUIRED_TERM_IDS]));
    expect(glossary.actors.map((a) => a.id)).toEqual(expect.arrayContaining([...REQUIRED_ACTOR_IDS]));
    const quotes = glossary.actors.flatMap((a) => a.evidence.map((e) => e.quote));
    expect(quotes.length).toBeGreaterThanOrEqual(glossary.actors.length);
    for (const quote of quotes) expect(article, quote).toContain(quote);
  });

  it('names Urdu, Pashto and Dari forms for the terms readers meet in those scripts', () => {
    const glossary = compileGlossary(readGlossary());
    for (const id of ['ttp', 'iskp', 'afghan_taliban', 'haibatullah', 'ishaq_dar', 'islamabad', 'kabul']) {
      const term = glossary.terms.find((t) => t.id === id);
      const arabicScript = term?.aliases.filter((a) => /[\u0600-\u06ff]/.test(a.text)) ?? [];
      expect(arabicScript.length, id).toBeGreaterThan(0);
    }
  });
});

interface Fixture {
  name: string;
  replaces: GlossaryFileName;
  where: string;
  path: string;
  message: string;
  text: string;
}

function fixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const replaces = /^# replaces: (\S+)$/m.exec(text)?.[1];
      const expectLine = /^# expect: (\S+)(?: (\S+))? \|\|\| (.+)$/m.exec(text);
      if (!replaces || !expectLine) throw new Error(`${name}: needs "# replaces:" and "# expect:" lines`);
      return {
        name,
        replaces: replaces as GlossaryFileName,
        where: expectLine[1] as string,
        path: expectLine[2] ?? '',
        message: expectLine[3] as string,
        text,
      };
    });
}

describe('each rule catches its broken fixture', () => {
  const all = fixtures();

  it('has a fixture for every rule the glossary promises to check', () => {
    expect(all.map((f) => f.name).sort()).toEqual(
      [
        'alias-bomb.yaml',
        'alias-on-two-terms.yaml',
        'alias-punctuation.yaml',
        'bare-is.yaml',
        'cue-word-is-alias.yaml',
        'duplicate-id.yaml',
        'empty-alias.yaml',
        'given-name-latin.yaml',
        'missing-field.yaml',
        'name-alone-without-rule.yaml',
        'needs-nothing.yaml',
        'one-letter-alias.yaml',
        'quote-not-in-article.yaml',
        'summary-too-short.yaml',
        'syntax-error.yaml',
        'unknown-actor.yaml',
        'unknown-field.yaml',
        'unknown-term.yaml',
        'unless-without-distance.yaml',
      ].sort(),
    );
  });

  it.each(all.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    const sources = readGlossarySources();
    sources.files[fixture.replaces] = fixture.text;
    let error: unknown = null;
    try {
      loadGlossary(sources);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GlossaryError);
    const problems = (error as GlossaryError).problems.map(formatProblem);
    const expected = expect.stringMatching(
      new RegExp(
        `^${escapeRegExp(fixture.where)}(:\\d+)?: ${fixture.path ? `${escapeRegExp(fixture.path)}: ` : ''}.*${escapeRegExp(fixture.message)}`,
      ),
    );
    expect(problems).toContainEqual(expected);
  });
});

describe('the tools stop on a broken glossary', () => {
  const broken = mkdtempSync(join(tmpdir(), 'story-lens-glossary-'));
  cpSync(GLOSSARY_DIR, broken, { recursive: true });
  const fixture = fixtures().find((f) => f.name === 'alias-on-two-terms.yaml') as Fixture;
  cpSync(join(FIXTURES, fixture.name), join(broken, fixture.replaces));
  const run = (script: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, STORY_LENS_GLOSSARY_DIR: broken },
      encoding: 'utf8',
    });

  it('npm run glossary exits 1 naming the file, the path inside it and the rule', () => {
    const result = run('scripts/glossary.ts');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /terms\.yaml:\d+:\d+: terms\[1\]\.aliases\[0\]: the alias "tehrik e taliban" is already on the term "ttp"/,
    );
  });

  it('npm run build stops before building anything', () => {
    const result = run('scripts/build.ts');
    rmSync(broken, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Build stopped: The glossary has \d+ problems?:/);
    expect(result.stderr).toMatch(/terms\[1\]\.aliases\[0\]/);
  });
});

describe('npm run -s glossary -- --json', () => {
  it('prints the compiled glossary as one JSON object', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/glossary.ts', '--json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as ReturnType<typeof compileGlossary>;
    expect(json.story).toMatchObject({ title: expect.any(String), summary: expect.any(String) });
    expect(json.story.keyPoints.length).toBeGreaterThanOrEqual(4);
    expect(json.actors[0]).toMatchObject({
      id: expect.any(String),
      name: expect.any(String),
      position: expect.any(String),
    });
    expect(json.actors[0]?.evidence[0]).toMatchObject({ quote: expect.any(String) });
    expect(json.terms.find((t) => t.id === 'ttp')).toMatchObject({
      label: expect.any(String),
      kind: 'group',
      aliases: expect.arrayContaining([expect.objectContaining({ text: 'TTP' })]),
    });
    expect(json.relations[0]).toMatchObject({
      from: expect.any(String),
      to: expect.any(String),
      label: expect.any(String),
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
