/**
 * What `npm run build` and `npm run build:test` produce: loadable folders and store zips for both browsers,
 * one manifest derived per browser, a Firefox build that lints clean, and a content script that pages cannot
 * detect or fetch.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';
import { TEST_HOSTS } from '../../scripts/lib/manifest';
import { ROOT } from './support/paths';

const DIST = join(ROOT, 'dist');
const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };

type BuiltManifest = {
  version: string;
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: { js: string[]; css: string[]; matches: string[] }[];
  host_permissions: string[];
  permissions: string[];
  web_accessible_resources?: unknown[];
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
  };
};

const manifestOf = (build: string): BuiltManifest => {
  const file = join(DIST, build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build and npm run build:test`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
};

describe.each(['chrome', 'firefox'] as const)('%s build', (browser) => {
  const release = manifestOf(browser);
  const test = manifestOf(`${browser}-test`);

  it('has the version of manifest.json and package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(release.version).toBe(version);
    expect(pkg.version).toBe(version);
  });

  it('has a store-ready zip named for the browser and version', () => {
    const zip = join(DIST, `story-lens-${browser}-${version}.zip`);
    expect(existsSync(zip)).toBe(true);
    expect(statSync(zip).size).toBeGreaterThan(10_000);
  });

  it('runs on the curated news sites, and never on local hosts in the release build', () => {
    const matches = release.content_scripts[0]?.matches ?? [];
    expect(matches).toContain('https://*.dawn.com/*');
    expect(matches.length).toBeGreaterThan(20);
    for (const host of TEST_HOSTS) {
      expect(matches).not.toContain(host);
      expect(release.host_permissions).not.toContain(host);
    }
  });

  it('differs from the test build only by the local test hosts', () => {
    const withoutTestHosts = (m: BuiltManifest) => ({
      ...m,
      host_permissions: m.host_permissions.filter((h) => !TEST_HOSTS.includes(h)),
      content_scripts: m.content_scripts.map((s) => ({
        ...s,
        matches: s.matches.filter((h) => !TEST_HOSTS.includes(h)),
      })),
    });
    expect(test.content_scripts[0]?.matches).toEqual(expect.arrayContaining(TEST_HOSTS));
    expect(withoutTestHosts(test)).toEqual(release);
  });

  it('has a self-contained content script that no page can fetch', () => {
    expect(release.web_accessible_resources ?? []).toEqual([]);
    const [script] = release.content_scripts[0]?.js ?? [];
    expect(script).toBeDefined();
    const code = readFileSync(join(DIST, browser, script as string), 'utf8');
    // No module syntax and no loader: the browser runs this one file and nothing else.
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|\bimport\s*["'{*]/m);
    expect(code).not.toMatch(/chrome\.runtime\.getURL|browser\.runtime\.getURL/);
  });

  it('keeps the content script within its 40 KB budget, minified', () => {
    const [script] = release.content_scripts[0]?.js ?? [];
    const bytes = statSync(join(DIST, browser, script as string)).size;
    // 40 KB read the stricter way, as 40,000 bytes (as Vite's build report counts kB).
    expect(bytes).toBeLessThanOrEqual(40_000);
  });
});

describe('Firefox specifics', () => {
  const manifest = manifestOf('firefox');

  it('uses background scripts and declares its gecko settings', () => {
    expect(manifest.background.scripts?.length).toBe(1);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko).toMatchObject({
      id: expect.stringContaining('@'),
      strict_min_version: expect.stringMatching(/^1[4-9]\d\./),
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('passes web-ext lint with no errors and no warnings', async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: join(DIST, 'firefox'), output: 'none', boring: true },
      { shouldExitProgram: false },
    );
    expect({ errors: result.errors, warnings: result.warnings }).toEqual({ errors: [], warnings: [] });
  });
});

it('Chrome uses a module service worker', () => {
  expect(manifestOf('chrome').background.service_worker).toMatch(/\.js$/);
});

it('ships no source maps or test pages', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [name],
    );
  const files = walk(join(DIST, 'chrome'));
  expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
});
