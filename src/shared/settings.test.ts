import { describe, expect, it, vi } from 'vitest';
import { freshStorageEachTest, installFakeStorage } from '../../tests/support/fake-storage';

// The settings reach storage through the browsers' native API (`browser.storage` in Firefox).
const fake = installFakeStorage();

const {
  DEFAULT_SETTINGS,
  highlightsOnFor,
  loadSettings,
  migrateSettings,
  normalizeSite,
  onSettingsChanged,
  parseStoredSettings,
  resetSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} = await import('./settings');

freshStorageEachTest(fake);

describe('parseStoredSettings', () => {
  it('gives the defaults, without problems, when nothing is stored', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('gives a copy of the defaults that the caller may change without touching them', () => {
    const { settings } = parseStoredSettings(undefined);
    settings.disabledSites.push('dawn.com');
    settings.enabled = false;
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect(parseStoredSettings(undefined).settings.disabledSites).toEqual([]);
  });

  it('reads what the reader changed and keeps the defaults for the rest', () => {
    const { settings, problems } = parseStoredSettings({
      version: 1,
      highlightStyle: 'underline',
      disabledSites: ['www.Dawn.com'],
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'underline',
      disabledSites: ['dawn.com'],
    });
  });

  it.each([
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [{ enabled: false }]],
    ['a boolean', true],
  ])('gives the defaults for %s, and says why', (_, raw) => {
    const { settings, problems } = parseStoredSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([{ kind: 'not-an-object', value: raw }]);
  });

  it.each([
    ['enabled', 'no'],
    ['enabled', 0],
    ['disabledSites', 'dawn.com'],
    ['disabledSites', ['dawn.com', 7]],
    ['disabledSites', ['not a host/name']],
    ['grantedSites', [null]],
    ['grantedSites', new Array(500).fill('example.com')],
    ['highlightStyle', 'blink'],
    ['hoverDelayMs', -5],
    ['hoverDelayMs', 1e9],
    ['hoverDelayMs', 12.5],
    ['hoverDelayMs', '300'],
  ])('falls back to the default for %s = %j, keeping the other fields', (name, value) => {
    const { settings, problems } = parseStoredSettings({ version: 1, enabled: false, [name]: value });
    expect(settings[name as keyof typeof settings]).toEqual(
      name === 'enabled' ? DEFAULT_SETTINGS.enabled : DEFAULT_SETTINGS[name as keyof typeof DEFAULT_SETTINGS],
    );
    if (name !== 'enabled') expect(settings.enabled).toBe(false);
    expect(problems).toEqual([{ kind: 'invalid-value', name, value }]);
  });

  it('ignores unknown fields (another extension, another version) and names them', () => {
    const { settings, problems } = parseStoredSettings({ version: 1, theme: 'dark', __proto__x: 1 });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([
      { kind: 'unknown-setting', name: 'theme' },
      { kind: 'unknown-setting', name: '__proto__x' },
    ]);
  });

  it('is not fooled by an inherited or prototype key', () => {
    const raw = JSON.parse('{"__proto__": {"enabled": false}, "version": 1}') as unknown;
    const { settings } = parseStoredSettings(raw);
    expect(settings.enabled).toBe(true);
    expect(({} as { enabled?: unknown }).enabled).toBeUndefined();
  });

  it('drops duplicate sites', () => {
    const { settings } = parseStoredSettings({ disabledSites: ['dawn.com', 'www.dawn.com', 'DAWN.COM.'] });
    expect(settings.disabledSites).toEqual(['dawn.com']);
  });

  it('returns a fresh object each time, never the frozen defaults', () => {
    const a = parseStoredSettings(undefined).settings;
    a.disabledSites.push('example.com');
    expect(parseStoredSettings(undefined).settings.disabledSites).toEqual([]);
  });
});

describe('migrateSettings', () => {
  const steps = {
    1: ({ on, ...rest }: Record<string, unknown>) => ({ ...rest, enabled: on }),
    2: ({ style, ...rest }: Record<string, unknown>) => ({ ...rest, highlightStyle: style }),
  };

  it('runs each step from the stored version to the target, in order', () => {
    expect(migrateSettings({ version: 1, on: false, style: 'underline' }, steps, 3)).toEqual({
      data: { enabled: false, highlightStyle: 'underline' },
      problems: [],
    });
    expect(migrateSettings({ version: 2, enabled: true, style: 'underline' }, steps, 3).data).toEqual({
      enabled: true,
      highlightStyle: 'underline',
    });
  });

  it('leaves data of the current version as it is, without the version field', () => {
    expect(migrateSettings({ version: 3, enabled: false }, steps, 3)).toEqual({
      data: { enabled: false },
      problems: [],
    });
  });

  it('reads a missing version as version 1', () => {
    expect(migrateSettings({ on: true }, steps, 2).data).toEqual({ enabled: true });
  });

  it('keeps data from a newer version for field-by-field checking, and says so', () => {
    const { data, problems } = migrateSettings({ version: 9, enabled: false }, steps, 3);
    expect(data).toEqual({ enabled: false });
    expect(problems).toEqual([{ kind: 'newer-version', version: 9, current: 3 }]);
  });

  it('gives up on a version it has no step for', () => {
    const { data, problems } = migrateSettings({ version: 1, on: false }, {}, 2);
    expect(data).toEqual({});
    expect(problems).toEqual([{ kind: 'no-migration', from: 1 }]);
  });

  it.each([
    ['a string', '1'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['null', null],
  ])('reads a version that is %s as version 1', (_, version) => {
    const { problems } = migrateSettings({ version }, steps, 1);
    expect(problems).toEqual([{ kind: 'bad-version', value: version }]);
  });

  it('has a step for every version before the current one', () => {
    expect(migrateSettings({ version: 1 }).problems).toEqual([]);
    expect(SETTINGS_VERSION).toBe(1);
  });
});

describe('highlightsOnFor', () => {
  it('is on by default everywhere', () => {
    expect(highlightsOnFor(DEFAULT_SETTINGS, 'www.dawn.com')).toBe(true);
  });

  it('is off everywhere when highlights are turned off', () => {
    expect(highlightsOnFor({ ...DEFAULT_SETTINGS, enabled: false }, 'www.dawn.com')).toBe(false);
  });

  it('is off on a turned-off site and its subdomains only', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['dawn.com'] };
    expect(highlightsOnFor(settings, 'dawn.com')).toBe(false);
    expect(highlightsOnFor(settings, 'www.dawn.com')).toBe(false);
    expect(highlightsOnFor(settings, 'epaper.dawn.com')).toBe(false);
    expect(highlightsOnFor(settings, 'notdawn.com')).toBe(true);
    expect(highlightsOnFor(settings, 'dawn.com.evil.example')).toBe(true);
  });
});

describe('normalizeSite', () => {
  it.each([
    ['WWW.Dawn.com', 'dawn.com'],
    ['tribune.com.pk.', 'tribune.com.pk'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['xn--mgbh0fb.example', 'xn--mgbh0fb.example'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it.each(['', 'https://dawn.com', 'dawn.com/news', 'a b', '*.dawn.com'])('rejects %j', (input) => {
    expect(normalizeSite(input)).toBeNull();
  });
});

describe('storage', () => {
  it('loads the defaults from empty storage and stores nothing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(fake.data.size).toBe(0);
  });

  it('stores only what differs from the defaults, with the version', async () => {
    await saveSettings({ highlightStyle: 'underline', hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
    expect(fake.data.get(SETTINGS_KEY)).toEqual({ version: SETTINGS_VERSION, highlightStyle: 'underline' });
    await saveSettings({ disabledSites: ['www.geo.tv'] });
    expect(fake.data.get(SETTINGS_KEY)).toEqual({
      version: SETTINGS_VERSION,
      highlightStyle: 'underline',
      disabledSites: ['geo.tv'],
    });
  });

  it('removes the stored object when every setting is back to its default', async () => {
    await saveSettings({ enabled: false });
    await saveSettings({ enabled: true });
    expect(fake.data.has(SETTINGS_KEY)).toBe(false);
  });

  it('refuses an invalid patch and leaves storage alone', async () => {
    await saveSettings({ enabled: false });
    await expect(saveSettings({ hoverDelayMs: -1 })).rejects.toThrow(/hoverDelayMs/);
    expect(fake.data.get(SETTINGS_KEY)).toEqual({ version: SETTINGS_VERSION, enabled: false });
  });

  it('loads the defaults from garbage quietly, and saving replaces the garbage', async () => {
    fake.data.set(SETTINGS_KEY, 'garbage');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    // The background says what was wrong (settings-problems.ts); every other reader stays quiet.
    expect(console.warn).not.toHaveBeenCalled();
    await saveSettings({ enabled: false });
    expect(fake.data.get(SETTINGS_KEY)).toEqual({ version: SETTINGS_VERSION, enabled: false });
  });

  it('falls back to the defaults when storage itself fails', async () => {
    const get = vi.spyOn(fake.area, 'get').mockRejectedValueOnce(new Error('quota'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(get).toHaveBeenCalled();
  });

  it('says which storage is missing, and still reads the defaults, where the browser offers none', async () => {
    const scope = globalThis as { browser?: { storage?: object } | undefined };
    const installed = scope.browser;
    try {
      scope.browser = { storage: { onChanged: {} } };
      await expect(saveSettings({ enabled: false })).rejects.toThrow(
        'Story Lens: storage.sync is not available here',
      );
      scope.browser = {};
      await expect(saveSettings({ enabled: false })).rejects.toThrow(
        'Story Lens: extension storage is not available here',
      );
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    } finally {
      scope.browser = installed;
    }
    expect(fake.data.size).toBe(0);
  });

  it('tells listeners about every change, parsed, and stops when asked', async () => {
    const seen: unknown[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.enabled));
    await saveSettings({ enabled: false });
    fake.data.clear();
    await fake.area.set({ [SETTINGS_KEY]: { enabled: 'garbage' } });
    await resetSettings();
    stop();
    await saveSettings({ enabled: false });
    expect(seen).toEqual([false, true, true]);
  });
});
