/**
 * The scan tool: same engine as the content script, offsets into the file's text (HTML: the body's text
 * content), every match listed whether or not the page passes the relevance gate.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/glossary-files';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/scan');

function scan(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('npm run -s scan -- --json', () => {
  it('prints every match of an HTML page with offsets into the body’s text, then the verdict', () => {
    const file = join(FIXTURES, 'story.html');
    const result = scan('--json', file);
    expect(result.status, result.stderr).toBe(0);
    const rows = lines(result.stdout);
    const matches = rows.filter((row) => 'term' in row);
    const verdict = rows.at(-1);
    expect(verdict).toMatchObject({ file, relevant: true });

    const window = new Window();
    const doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    const content = doc.body.textContent ?? '';
    for (const m of matches) expect(content.slice(m.start as number, m.end as number)).toBe(m.text);
    const found = matches.map((m) => `${m.term}:${m.text}`);
    // The navigation's "Kabul" is listed (every match is), the split TTP name is one match, code is skipped.
    expect(found).toContain('kabul:Kabul');
    expect(found).toContain('ttp:Tehrik-i-Taliban Pakistan');
    expect(found).toContain('ishaq_dar:Dar');
    expect(found).toContain('iskp:Islamic State Khorasan Province');
    expect(found.filter((f) => f === 'ttp:TTP')).toHaveLength(2);
    window.happyDOM.abort();
  });

  it('lists matches of a page that is not about the story, and says so', () => {
    const file = join(FIXTURES, 'offtopic.txt');
    const rows = lines(scan('--json', file).stdout);
    expect(rows).toEqual([
      { file, term: 'kabul', text: 'Kabul', start: 15, end: 20 },
      { file, relevant: false, score: 4 },
    ]);
  });

  it('prints a readable report without --json, and fails on a missing file', () => {
    const report = scan(join(FIXTURES, 'story.html'));
    expect(report.stdout).toMatch(/about the story: would be annotated/);
    expect(report.stdout).toMatch(/ttp\s+3×/);
    const missing = scan('--json', join(FIXTURES, 'nope.html'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.html/);
  });
});
