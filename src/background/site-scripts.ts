/**
 * "Always on this site": the content script registered for each site the reader granted. The registrations
 * follow the settings (`grantedSites`) and the permissions the browser holds, whichever changed: the popup
 * only asks for the permission, so the background records the site when the permission arrives (Firefox may
 * close the popup while its prompt is open), and drops it when the permission goes (the options page, or the
 * browser's own extension settings).
 */
import browser from 'webextension-polyfill';
import { loadSettings, type Settings, saveSettings } from '../shared/settings';
import { siteOfPattern, sitePatterns } from '../shared/site-patterns';
import { packagePath } from './package-path';

const ID_PREFIX = 'site:';

/** Registers the content script for every granted site that still has its permission, and no other. */
export async function syncSiteScripts(settings: Settings): Promise<void> {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  if (!script?.js?.length) return;
  const wanted = new Map<string, string>();
  for (const site of settings.grantedSites) {
    if (await browser.permissions.contains({ origins: sitePatterns(site) }))
      wanted.set(`${ID_PREFIX}${site}`, site);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((s) => s.id)
    .filter((id) => id.startsWith(ID_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !registered.includes(id));
  if (missing.length === 0) return;
  const root = browser.runtime.getURL('');
  const inPackage = (files: string[] | undefined) => (files ?? []).map((file) => packagePath(file, root));
  await browser.scripting.registerContentScripts(
    missing.map(([id, site]) => ({
      id,
      matches: sitePatterns(site),
      js: inPackage(script.js),
      css: inPackage(script.css),
      runAt: 'document_idle',
    })),
  );
}

/** The sites a permission change names, in the shape "Always on this site" asks for. */
function sitesOf(origins: readonly string[] | undefined): string[] {
  return (origins ?? []).map(siteOfPattern).filter((site) => site !== null);
}

export async function onPermissionsAdded(origins: string[] | undefined): Promise<void> {
  const added = sitesOf(origins);
  if (added.length === 0) return;
  const settings = await loadSettings();
  const grantedSites = [...new Set([...settings.grantedSites, ...added])];
  // Saving triggers `syncSiteScripts` through the settings listener.
  if (grantedSites.length !== settings.grantedSites.length) await saveSettings({ grantedSites });
}

export async function onPermissionsRemoved(origins: string[] | undefined): Promise<void> {
  const removed = sitesOf(origins);
  if (removed.length === 0) return;
  const settings = await loadSettings();
  const grantedSites = settings.grantedSites.filter((site) => !removed.includes(site));
  if (grantedSites.length !== settings.grantedSites.length) await saveSettings({ grantedSites });
  else await syncSiteScripts(settings);
}
