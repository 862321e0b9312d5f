/**
 * The one place where `manifest.json` (written for Chrome) becomes each build's manifest:
 * - the curated news sites (glossary/sites.yaml) fill the content script's `matches` and `host_permissions`;
 * - test builds add http://127.0.0.1 and http://localhost, so tests can serve pages locally;
 * - Firefox gets `background.scripts` instead of a service worker, and `browser_specific_settings.gecko`.
 */
import type { crx } from '@crxjs/vite-plugin';

type ManifestExport = Parameters<typeof crx>[0]['manifest'];
/** A manifest object as crxjs types it (it also accepts promises and functions, which we do not use). */
export type Manifest = Exclude<ManifestExport, PromiseLike<unknown> | ((env: never) => unknown)>;
/** manifest.json as written: crxjs's type lacks Chrome's `minimum_chrome_version`. */
export type SourceManifest = Manifest & { minimum_chrome_version?: string };

export type BrowserName = 'chrome' | 'firefox';

export interface BuildTarget {
  browser: BrowserName;
  /** Test builds also run on local test pages. */
  test: boolean;
  /** Output folder under dist/: chrome, firefox, chrome-test, firefox-test. */
  name: string;
}

export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Add-on id for Firefox; also pins the extension's storage across reinstalls. */
export const GECKO_ID = 'story-lens@story-lens';

/** Vite modes name the targets: `chrome`, `firefox`, `chrome-test`, `firefox-test`. */
export function targetFromMode(mode: string): BuildTarget {
  const match = /^(chrome|firefox)(-test)?$/.exec(mode);
  if (!match) {
    throw new Error(`Unknown build mode "${mode}": use chrome, firefox, chrome-test or firefox-test.`);
  }
  return { browser: match[1] as BrowserName, test: match[2] !== undefined, name: mode };
}

export function deriveManifest(
  source: SourceManifest,
  target: BuildTarget,
  sitePatterns: readonly string[],
): Manifest {
  const hosts = target.test ? [...sitePatterns, ...TEST_HOSTS] : [...sitePatterns];
  const manifest: SourceManifest = {
    ...source,
    content_scripts: (source.content_scripts ?? []).map((script) => ({ ...script, matches: hosts })),
    host_permissions: hosts,
  };
  if (target.browser === 'chrome') return manifest;

  const serviceWorker =
    source.background && 'service_worker' in source.background ? source.background.service_worker : null;
  if (!serviceWorker) throw new Error('manifest.json: background.service_worker is required');
  const { minimum_chrome_version: _chromeOnly, ...firefox } = manifest;
  // crxjs's type lacks `gecko_android`, which web-ext lint asks for; the object is checked by web-ext instead.
  const firefoxManifest: Manifest & {
    browser_specific_settings: { gecko_android: { strict_min_version: string } };
  } = {
    ...firefox,
    background: { scripts: [serviceWorker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140: the CSS Custom Highlight API and `data_collection_permissions`.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
  return firefoxManifest;
}
