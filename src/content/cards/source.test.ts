/**
 * Rules over the cards' source: text goes in as text, and the modules that run in unit tests stay free of the
 * extension API (only the glue, index.ts, reads locale messages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const DIR = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(DIR)
  .filter((name) => /\.(ts|css)$/.test(name) && !name.endsWith('.test.ts'))
  .map((name) => ({ name, code: withoutComments(readFileSync(join(DIR, name), 'utf8')) }));

describe('cards source', () => {
  it.each(sources)('$name never parses markup', ({ code }) => {
    expect(code).not.toMatch(
      /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)\b|document\.write/,
    );
  });

  it.each(sources.filter((s) => s.name !== 'index.ts'))(
    '$name does not import the extension API',
    ({ code }) => {
      expect(code).not.toMatch(/webextension-polyfill|shared\/i18n|shared\/messaging|extension-api/);
    },
  );
});
