// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../scripts/lib/glossary-matcher';
import { findMainText } from './main-text';
import { PageAnnotations, scanWholePage } from './page-annotations';
import { judgePage } from './page-session';

/** Headlines about the story, as a related-stories list or a navigation menu links them. */
const STORY_HEADLINES = [
  'Ishaq Dar in Kabul as TTP attacks rise',
  'Haibatullah Akhundzada’s fatwa against jihad abroad',
  'ISKP claims attack; Islamabad blames the TTP',
];
const links = () => `<ul>${STORY_HEADLINES.map((h) => `<li><a href="#">${h}</a></li>`).join('')}</ul>`;

/** An off-topic article (a cricket report) wrapped in the page furniture around it. */
function offTopicPage(furniture: { before?: string; after?: string; article?: boolean }): void {
  const report = [
    'Lahore Qalandars beat Karachi Kings by six wickets in a rain-shortened match on Sunday.',
    'The home side chased 142 in 16 overs, their opener scoring a brisk half-century.',
    'The teams meet again in the final next week, the league said.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('');
  const body =
    furniture.article === false ? `<div class="story">${report}</div>` : `<article>${report}</article>`;
  document.body.innerHTML = `${furniture.before ?? ''}<div>${body}${furniture.after ?? ''}</div>`;
}

function judge() {
  const matcher = glossaryMatcher();
  const annotations = new PageAnnotations(matcher, document.body);
  scanWholePage(annotations);
  return {
    found: annotations.accepted.length,
    relevance: judgePage(document, matcher, annotations.accepted),
  };
}

describe('the relevance gate counts only the main text', () => {
  it.each([
    ['a related-stories aside', { after: `<aside>${links()}</aside>` }],
    ['navigation', { before: `<nav>${links()}</nav>` }],
    ['a site footer', { after: `<footer>${links()}</footer>` }],
    ['a widget named "related"', { after: `<div class="related-stories">${links()}</div>` }],
    ['a complementary region', { after: `<section role="complementary">${links()}</section>` }],
    ['a hidden menu', { before: `<div aria-hidden="true">${links()}</div>` }],
    ['a list of linked headlines', { after: `<div>${links()}</div>`, article: false }],
    ['a site header, on a page without <article>', { before: `<header>${links()}</header>`, article: false }],
  ])('leaves out story headlines in %s', (_, furniture) => {
    offTopicPage(furniture);
    const { found, relevance } = judge();
    // The headlines are found (and highlighted if the reader asks), but the page is not about the story.
    expect(found).toBeGreaterThanOrEqual(6);
    expect(relevance).toMatchObject({ relevant: false, mentions: 0 });
  });

  it('counts the same headlines as paragraphs of the article', () => {
    offTopicPage({});
    document
      .querySelector('article')
      ?.insertAdjacentHTML('beforeend', STORY_HEADLINES.map((h) => `<p>${h}.</p>`).join(''));
    expect(judge().relevance.relevant).toBe(true);
  });

  it('judges each element once, however many terms lie under it', () => {
    // Too little text for a densest block: every ancestor up to the document is looked at.
    document.body.innerHTML = `<div id="wrap">${'<p>Kabul said the TTP struck.</p>'.repeat(5)}</div>`;
    const wrap = document.getElementById('wrap') as HTMLElement;
    let asked = 0;
    const getAttribute = wrap.getAttribute.bind(wrap);
    wrap.getAttribute = (name: string) => {
      asked++;
      return getAttribute(name);
    };
    const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Node);
    const main = findMainText(document, nodes);
    expect(main.root).toBeNull();
    asked = 0; // finding the root asks too (for [role="main"])
    expect(main.contains(nodes[0] as Node)).toBe(true);
    const once = asked;
    expect(once).toBeGreaterThan(0);
    for (let round = 0; round < 2; round++) expect(nodes.every((node) => main.contains(node))).toBe(true);
    // Judged on the first look-up, not again on each of the next ten.
    expect(asked).toBe(once);
  });
});
