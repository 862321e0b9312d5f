/**
 * The one owner of the reader's settings.
 *
 * - Defaults live here, in code. `storage.sync` holds only what the reader changed, under one key, with the
 *   schema version beside it: `{ version: 1, highlightStyle: 'underline' }`.
 * - What is read from storage is untrusted (another version, another extension's bug, a hand-edited profile):
 *   `parseStoredSettings` migrates it to the current version and then checks it field by field. A field that
 *   does not fit falls back to its default; nothing read from storage can break the popup or the content
 *   script. What was wrong is returned as data (`SettingsProblem`) and worded for the console only by the
 *   background (`settings-problems.ts`): the content script, which every news page runs, neither ships those
 *   words nor writes the extension's troubles into the page's console.
 *
 * Map: the shape and defaults · migrations · parsing (pure) · site rules (pure) · storage (load, save, watch).
 */
import { onStoredChanged, readStored, removeStored, writeStored } from './storage';
import { boolean, type Check, integer, isRecord, oneOf } from './validate';

export const HIGHLIGHT_STYLES = ['background', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface Settings {
  /** Highlights everywhere; false turns Story Lens off on every site. */
  enabled: boolean;
  /** Hostnames where the reader turned highlights off ("dawn.com" also covers "www.dawn.com"). */
  disabledSites: string[];
  /** Hostnames the reader chose "Always on this site" for; each has an optional host permission. */
  grantedSites: string[];
  /** How terms are marked: a tinted background, or an underline that leaves the text's colours alone. */
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a term before its card opens, in milliseconds. */
  hoverDelayMs: number;
}

/** @default every setting's value until the reader changes it. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  grantedSites: [],
  highlightStyle: 'background',
  hoverDelayMs: 350,
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** The `storage.sync` key; everything the reader changed is one object under it. */
export const SETTINGS_KEY = 'settings';
/** The version `saveSettings` writes. Raise it, and add a step to `MIGRATIONS`, when the stored shape changes. */
export const SETTINGS_VERSION = 1;
/** Sync storage allows 8 KB per item: a few hundred hostnames fit, and no reader needs more. */
const MAX_SITES = 200;

/** What was wrong with stored settings (see `describeSettingsProblem` for the words). */
export type SettingsProblem =
  | { kind: 'not-an-object'; value: unknown }
  | { kind: 'bad-version'; value: unknown }
  | { kind: 'newer-version'; version: number; current: number }
  | { kind: 'no-migration'; from: number }
  | { kind: 'unknown-setting'; name: string }
  | { kind: 'invalid-value'; name: keyof Settings; value: unknown };

/* ---------- Migrations ---------- */

/** A migration step takes the stored object of version `from` and returns the object of version `from + 1`. */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps by the version they migrate from. Version 1 is the first stored shape, so there is none yet; the
 * mechanism is tested with steps of its own (settings.test.ts).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Brings a stored object up to `SETTINGS_VERSION`. A missing version counts as version 1 (the first shape
 * was never stored without one, but a hand-made object should not be thrown away for that). Data from a
 * newer version is kept as it is: its fields are checked one by one, and the ones this version knows survive.
 */
export function migrateSettings(
  stored: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target = SETTINGS_VERSION,
): { data: Record<string, unknown>; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const { version: rawVersion, ...rest } = stored;
  let version = 1;
  if (rawVersion !== undefined) {
    // `isInteger` is false for anything but a number.
    if (Number.isInteger(rawVersion) && (rawVersion as number) >= 1) version = rawVersion as number;
    else problems.push({ kind: 'bad-version', value: rawVersion });
  }
  if (version > target) {
    problems.push({ kind: 'newer-version', version, current: target });
    return { data: rest, problems };
  }
  let data: Record<string, unknown> = rest;
  for (let from = version; from < target; from++) {
    const step = Object.hasOwn(migrations, from) ? migrations[from] : undefined;
    if (step === undefined) {
      problems.push({ kind: 'no-migration', from });
      return { data: {}, problems };
    }
    data = step(data);
  }
  return { data, problems };
}

/* ---------- Parsing (pure) ---------- */

/**
 * A hostname as the settings keep it: lower case, without a trailing dot or a leading "www.", so that one
 * entry covers the site however the reader reached it. `null` when `value` is not a plausible hostname.
 */
export function normalizeSite(value: string): string | null {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (host.length === 0 || host.length > 253) return null;
  // Letters, digits, hyphens and dots (IDN hostnames arrive from URLs already in punycode), or an IPv6 literal.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? host : null;
}

const siteList: Check<string[]> = (value) => {
  if (!Array.isArray(value) || value.length > MAX_SITES) return undefined;
  const sites: string[] = [];
  for (const item of value) {
    const site = typeof item === 'string' ? normalizeSite(item) : null;
    if (site === null) return undefined;
    if (!sites.includes(site)) sites.push(site);
  }
  return sites;
};

const FIELD_CHECKS: { [K in keyof Settings]: Check<Settings[K]> } = {
  enabled: boolean,
  disabledSites: siteList,
  grantedSites: siteList,
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  hoverDelayMs: integer(HOVER_DELAY_RANGE),
};

const SETTING_NAMES = Object.keys(FIELD_CHECKS) as (keyof Settings)[];

/** A deep copy: the defaults are frozen, and what `parseStoredSettings` returns is the caller's to change. */
function copyDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/**
 * The settings a stored value stands for, and what was wrong with it. Never throws: anything that is not an
 * object gives the defaults; each field that does not fit gives that field's default; unknown fields are
 * ignored. `problems` is empty for clean data (including nothing stored at all).
 */
export function parseStoredSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings = copyDefaults();
  if (raw === undefined) return { settings, problems: [] };
  if (!isRecord(raw)) return { settings, problems: [{ kind: 'not-an-object', value: raw }] };
  const { data, problems } = migrateSettings(raw);
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(FIELD_CHECKS, key)) problems.push({ kind: 'unknown-setting', name: key });
  }
  for (const name of SETTING_NAMES) {
    if (!Object.hasOwn(data, name)) continue;
    if (!assign(settings, name, data[name]))
      problems.push({ kind: 'invalid-value', name, value: data[name] });
  }
  return { settings, problems };
}

function assign<K extends keyof Settings>(settings: Settings, name: K, value: unknown): boolean {
  const checked = FIELD_CHECKS[name](value);
  if (checked === undefined) return false;
  settings[name] = checked;
  return true;
}

/** Only the fields that differ from the defaults, with the version: what `storage.sync` should hold. */
export function storedForm(settings: Settings): Record<string, unknown> | null {
  const changed: Record<string, unknown> = {};
  for (const name of SETTING_NAMES) {
    if (JSON.stringify(settings[name]) !== JSON.stringify(DEFAULT_SETTINGS[name]))
      changed[name] = settings[name];
  }
  return Object.keys(changed).length === 0 ? null : { version: SETTINGS_VERSION, ...changed };
}

/**
 * `current` with `patch` applied, each patched field checked like stored data (sites normalized); a patch
 * value that does not fit is refused with an error, since only our own pages write settings.
 */
export function applyPatch(current: Settings, patch: Partial<Settings>): Settings {
  const next: Settings = { ...current };
  for (const name of SETTING_NAMES) {
    if (!Object.hasOwn(patch, name) || patch[name] === undefined) continue;
    if (!assign(next, name, patch[name])) throw new TypeError(`Invalid value for setting "${name}"`);
  }
  return next;
}

/* ---------- Site rules (pure) ---------- */

/** True when `hostname` is `site` or one of its subdomains. */
export function siteCovers(site: string, hostname: string): boolean {
  const host = normalizeSite(hostname);
  return host !== null && (host === site || host.endsWith(`.${site}`));
}

/** Whether Story Lens highlights terms on pages of `hostname`. */
export function highlightsOnFor(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.some((site) => siteCovers(site, hostname));
}

/* ---------- Storage ---------- */

/**
 * The reader's settings; the defaults when nothing (or nothing usable) is stored, or storage fails. Quietly:
 * the background reports what was unusable (see `settings-problems.ts`).
 */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseStoredSettings(await readStored('sync', SETTINGS_KEY)).settings;
  } catch (error) {
    console.warn('Story Lens: could not read settings; using the defaults.', error);
    return copyDefaults();
  }
}

/** Applies `patch` to the stored settings and stores only what differs from the defaults. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = applyPatch(await loadSettings(), patch);
  const stored = storedForm(next);
  if (stored === null) await removeStored('sync', SETTINGS_KEY);
  else await writeStored('sync', SETTINGS_KEY, stored);
  return next;
}

/** Back to the defaults: removes everything stored. */
export async function resetSettings(): Promise<Settings> {
  await removeStored('sync', SETTINGS_KEY);
  return copyDefaults();
}

/** Calls `listener` with the new settings whenever they change in storage (from any part of the extension). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onStoredChanged('sync', SETTINGS_KEY, (value) => listener(parseStoredSettings(value).settings));
}
