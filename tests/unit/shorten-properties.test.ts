/**
 * The content script's property shortening (scripts/lib/shorten-properties.ts): what it does to a script, and
 * that its list keeps off every name another script, a message, a stored setting or the generated data uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERNAL_PROPERTIES, shortenPropertiesIn } from '../../scripts/lib/shorten-properties';
import { matcherData } from '../../src/generated/matcher-data';

const SRC = join(resolve(dirname(new URL(import.meta.url).pathname), '../..'), 'src');

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) =>
    /\.test\.ts$/.test(name) ? [] : sourceFiles(join(path, name)).filter((f) => f.endsWith('.ts')),
  );
}

describe('shortenPropertiesIn', () => {
  const script = 'var o={e:1,longName:2,other:3};o.longName+=o.e;console.log(o.longName,o.other);';

  it('shortens the listed names, everywhere they stand as properties, and nothing else', () => {
    const code = shortenPropertiesIn(script, ['longName']);
    expect(code).not.toMatch(/longName/);
    expect(code).toContain('other:3');
    // The new name is none the script already uses for another property.
    const short = /,(\w+):2/.exec(code)?.[1];
    expect(short).toBeDefined();
    expect(short).not.toBe('e');
    expect(code).toContain(`o.${short}+=o.e`);
  });

  it('refuses a name the script does not have', () => {
    expect(() => shortenPropertiesIn(script, ['longName', 'gone'])).toThrow(/no property gone/);
  });

  it('refuses a name also read by a quoted key, which would go missing', () => {
    expect(() => shortenPropertiesIn(`${script}console.log(o["longName"]);`, ['longName'])).toThrow(
      /still names longName/,
    );
  });
});

describe('INTERNAL_PROPERTIES', () => {
  // What other scripts, the background, storage and the generated data read by name: the instance slot and
  // what the cards' script is handed (instance.ts), the cards, messages and settings, the compiled glossary.
  const shared = ['content/instance.ts', 'content/annotation-view.ts', 'content/cards', 'shared', 'generated']
    .flatMap((path) => sourceFiles(join(SRC, path)))
    // The matcher's data is the content script's own: written with its keys unquoted, it is shortened with them.
    .filter((file) => !file.endsWith('matcher-data.ts'));

  it("leaves no key of the matcher's data quoted, so the build shortens its keys with their uses", () => {
    const data = readFileSync(join(SRC, 'generated/matcher-data.ts'), 'utf8');
    const keys = Object.keys(matcherData);
    for (const key of keys) expect(data, key).toMatch(new RegExp(`[{,]${key}:`));
    expect(data).not.toMatch(new RegExp(`"(?:${keys.join('|')})":`));
  });

  it.each(INTERNAL_PROPERTIES)(
    '%s is not a name other scripts, messages, settings or the generated data use',
    (name) => {
      const word = new RegExp(`(?<![\\w$])${name}(?![\\w$])`);
      const users = shared.filter((file) => word.test(readFileSync(file, 'utf8')));
      expect(users.map((file) => file.slice(SRC.length + 1))).toEqual([]);
    },
  );
});
