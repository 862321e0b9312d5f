import { describe, expect, it } from 'vitest';
import { freshStorageEachTest, installFakeStorage } from '../../tests/support/fake-storage';

// The settings reach storage through the browsers' native API (`browser.storage` in Firefox).
const fake = installFakeStorage();

const { SETTINGS_KEY, SETTINGS_VERSION, parseStoredSettings } = await import('./settings');
const { describeSettingsProblem, reportStoredSettingsProblems, watchStoredSettingsProblems } = await import(
  './settings-problems'
);

freshStorageEachTest(fake);

const wordsFor = (raw: unknown) => parseStoredSettings(raw).problems.map(describeSettingsProblem);

describe('describeSettingsProblem', () => {
  it('names the setting and what it held, briefly', () => {
    expect(wordsFor({ version: 1, hoverDelayMs: 'x'.repeat(100), theme: 'dark' })).toEqual([
      'unknown setting "theme" ignored',
      `setting "hoverDelayMs" has an invalid value (the string "${'x'.repeat(40)}"); using the default`,
    ]);
    expect(wordsFor([1])).toEqual(['stored settings are an array, not an object; using the defaults']);
    expect(wordsFor(null)).toEqual(['stored settings are null, not an object; using the defaults']);
  });

  it('says what became of a version it cannot read, or one newer than its own', () => {
    expect(wordsFor({ version: 'one' })).toEqual([
      'version "one" is not a version number; read as version 1',
    ]);
    expect(wordsFor({ version: SETTINGS_VERSION + 1 })).toEqual([
      `version ${SETTINGS_VERSION + 1} is newer than ${SETTINGS_VERSION}; only the fields this version knows are kept`,
    ]);
  });
});

describe('reporting the stored settings', () => {
  it('warns once for unusable stored settings, and not at all for clean or absent ones', async () => {
    await reportStoredSettingsProblems();
    fake.data.set(SETTINGS_KEY, { version: 1, enabled: false });
    await reportStoredSettingsProblems();
    expect(console.warn).not.toHaveBeenCalled();
    fake.data.set(SETTINGS_KEY, 'garbage');
    await reportStoredSettingsProblems();
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('settings'), [
      'stored settings are the string "garbage", not an object; using the defaults',
    ]);
  });

  it('warns for each unusable value stored while it watches, until stopped', async () => {
    const stop = watchStoredSettingsProblems();
    await fake.area.set({ [SETTINGS_KEY]: { enabled: 'yes' } });
    await fake.area.set({ [SETTINGS_KEY]: { enabled: true } });
    expect(console.warn).toHaveBeenCalledTimes(1);
    stop();
    await fake.area.set({ [SETTINGS_KEY]: { enabled: 'no' } });
    expect(console.warn).toHaveBeenCalledTimes(1);
  });
});
