/**
 * Words for what was wrong with the stored settings, and the one place that says them: the background, in
 * the extension's own console, when the browser starts or the extension is installed, and whenever the settings
 * change. Everywhere else the settings fall back to their defaults quietly (see `settings.ts`), so the content
 * script carries none of this.
 */
import { parseStoredSettings, SETTINGS_KEY, type SettingsProblem } from './settings';
import { onStoredChanged, readStored } from './storage';

/** One problem as a sentence for the console. */
export function describeSettingsProblem(problem: SettingsProblem): string {
  switch (problem.kind) {
    case 'not-an-object':
      return `stored settings are ${describe(problem.value)}, not an object; using the defaults`;
    case 'bad-version':
      return `version ${String(JSON.stringify(problem.value)).slice(0, 40)} is not a version number; read as version 1`;
    case 'newer-version':
      return `version ${problem.version} is newer than ${problem.current}; only the fields this version knows are kept`;
    case 'no-migration':
      return `no migration from version ${problem.from}; using the defaults`;
    case 'unknown-setting':
      return `unknown setting "${problem.name.slice(0, 40)}" ignored`;
    case 'invalid-value':
      return `setting "${problem.name}" has an invalid value (${describe(problem.value)}); using the default`;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 40)}`;
}

/** Warns once for a stored value with problems; says nothing for clean data or nothing stored. */
export function warnAboutStoredSettings(raw: unknown): void {
  const { problems } = parseStoredSettings(raw);
  if (problems.length > 0) {
    console.warn(
      'Story Lens: settings in storage were not usable as they are:',
      problems.map(describeSettingsProblem),
    );
  }
}

/** Reports the problems of what is stored now. */
export async function reportStoredSettingsProblems(): Promise<void> {
  warnAboutStoredSettings(await readStored('sync', SETTINGS_KEY));
}

/** Reports the problems of every value stored from now on; returns the function that stops it. */
export function watchStoredSettingsProblems(): () => void {
  return onStoredChanged('sync', SETTINGS_KEY, warnAboutStoredSettings);
}
