/**
 * Test pages made from the story itself (../shared/story/article.txt), laid out as a news site would: a site
 * header and navigation, the article with a headline, and a footer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ARTICLE_FILE } from './paths';

export function articleParagraphs(): string[] {
  if (!existsSync(ARTICLE_FILE)) {
    throw new Error(
      `The story is missing at ${ARTICLE_FILE}: the end-to-end tests need ../shared beside the project.`,
    );
  }
  return readFileSync(ARTICLE_FILE, 'utf8')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string);

export function storyPage(options: { title?: string; extraHead?: string; bodyAttrs?: string } = {}): string {
  const title = options.title ?? 'Kabul’s reluctance on militants clouds Pakistan–Afghanistan thaw';
  const paragraphs = articleParagraphs()
    .map((p) => `      <p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(title)}</title>
    ${options.extraHead ?? ''}
  </head>
  <body ${options.bodyAttrs ?? ''}>
    <header class="site-header"><a href="/">The Daily Test</a>
      <nav><a href="/world">World</a> <a href="/pakistan">Pakistan</a> <a href="/sport">Sport</a></nav>
    </header>
    <main>
      <article>
        <h1>${escapeHtml(title)}</h1>
${paragraphs}
      </article>
    </main>
    <footer><p>© The Daily Test</p></footer>
  </body>
</html>
`;
}
