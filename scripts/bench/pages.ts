/**
 * Benchmark pages built from the shared corpus of real news pages (../shared/corpus), scripts removed so that
 * only the page's own markup and text remain:
 * - `article`: a typical page (the corpus page of median text length) with the story's paragraphs spliced
 *   into its body, as a news site covering the story would print it;
 * - `offtopic`: the same page without the story: what the extension meets on most pages;
 * - `large`: corpus pages one after another, the story's paragraphs spliced into every tenth, until the page
 *   holds over a million characters of text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  name: string;
  html: string;
}

/** The page without its scripts, style sheet links and frames: its own markup and text only, deterministic. */
export const stripScripts = (html: string) =>
  html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '');

const bodyOf = (html: string) => /<body\b[^>]*>([\s\S]*)<\/body\s*>/i.exec(html)?.[1] ?? html;
const headOf = (html: string) => /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i.exec(html)?.[1] ?? '';
const textLength = (html: string) =>
  html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ').length;

/** Inserts the story's paragraphs after the paragraph nearest the middle of the body. */
function splice(body: string, story: readonly string[]): string {
  const paragraphs = story.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  const closes = [...body.matchAll(/<\/p\s*>/gi)].map((m) => (m.index as number) + m[0].length);
  const middle = body.length / 2;
  const at =
    closes.length > 0
      ? closes.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a))
      : body.length;
  return `${body.slice(0, at)}\n${paragraphs}\n${body.slice(at)}`;
}

const page = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

export function buildBenchPages(corpusDir: string, articleFile: string): BenchPage[] {
  const dir = join(corpusDir, 'pages');
  if (!existsSync(dir))
    throw new Error(`The corpus is missing at ${dir}: the benchmark needs ../shared beside the project.`);
  const story = readFileSync(articleFile, 'utf8')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const html = stripScripts(gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
      return { name, head: headOf(html).replace(/<(meta|title)\b[\s\S]*?>/gi, ''), body: bodyOf(html) };
    })
    .map((p) => ({ ...p, length: textLength(p.body) }));

  const byLength = [...pages].sort((a, b) => a.length - b.length);
  const typical = byLength[Math.floor(byLength.length / 2)] as (typeof pages)[number];

  const large: string[] = [];
  let total = 0;
  for (let i = 0; total < 1_100_000; i++) {
    const p = pages[i % pages.length] as (typeof pages)[number];
    large.push(`<section data-source="${p.name}">${i % 10 === 0 ? splice(p.body, story) : p.body}</section>`);
    total += p.length;
  }

  return [
    { name: 'article', html: page('Article', typical.head, splice(typical.body, story)) },
    { name: 'offtopic', html: page('Off-topic article', typical.head, typical.body) },
    { name: 'large', html: page('A million characters', '', large.join('\n')) },
  ];
}
