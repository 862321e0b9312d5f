/**
 * Where a page's own text is: the relevance gate counts only terms found there, not in navigation, site
 * headers and footers, asides or related-links widgets.
 *
 * The main text is the <article> (or [itemprop=articleBody]) holding the most of the found terms, else <main> /
 * [role=main], else the densest text block: the element whose <p> children hold the most text. Inside it,
 * boilerplate is still left out. This runs only for pages where story terms were found, and looks only at the
 * nodes where they were.
 */

const BOILERPLATE_TAGS = new Set('NAV ASIDE FOOTER FORM MENU DIALOG'.split(' '));
const BOILERPLATE_ROLES = new Set(
  'navigation banner contentinfo complementary search menu dialog'.split(' '),
);
/** Class and id words of widgets that list other stories or surround the article. */
const BOILERPLATE_NAMES =
  /(^|[\s_-])(related|(recommend|promo|advert|sponsor|cookie|teaser)\w*|more-?(stories|news)|read-?more|side-?bar|comments?|shar(e|ing)|social|newsletter|trending|popular|most-?read|outbrain|taboola|breadcrumbs?|subscribe|ticker)($|[\s_-])/i;

export interface MainText {
  /** The main text's root, or `null` when the page has no recognisable one (then only boilerplate is left out). */
  root: Element | null;
  /** True when `node` is in the main text and not in boilerplate. */
  contains(node: Node): boolean;
}

/** `found`: the text nodes where terms were found (with repeats: each occurrence counts). */
export function findMainText(doc: Document, found: readonly Node[]): MainText {
  const root = mainRoot(doc, found);
  // By element: true when neither it nor any ancestor below the root is boilerplate. The found terms share
  // their paragraphs and containers, so each element is judged once, not once per term under it.
  const clean = new Map<Element, boolean>();
  const isClean = (el: Element | null): boolean => {
    if (el === null || el === root) return true;
    let verdict = clean.get(el);
    if (verdict === undefined) {
      verdict = !isBoilerplate(el, root === null) && isClean(el.parentElement);
      clean.set(el, verdict);
    }
    return verdict;
  };
  return {
    root,
    contains: (node) =>
      (root === null || root.contains(node)) &&
      isClean(node.nodeType === 1 ? (node as Element) : node.parentElement),
  };
}

function mainRoot(doc: Document, found: readonly Node[]): Element | null {
  const perArticle = new Map<Element, number>();
  for (const node of found) {
    const article = node.parentElement?.closest('article, [itemprop="articleBody"]');
    if (article) perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [article, count] of perArticle) {
    if (count > most) {
      best = article;
      most = count;
    }
  }
  return best ?? doc.querySelector('main, [role="main"]') ?? densestBlock(found);
}

/**
 * Of the containers holding a found term's paragraph, the one whose <p> children hold the most text: the
 * article body on a page without <article> or <main>. Only those containers are measured, not the page.
 */
function densestBlock(found: readonly Node[]): Element | null {
  const containers = new Set<Element>();
  for (const node of found) {
    const container = node.parentElement?.closest('p')?.parentElement;
    if (container) containers.add(container);
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const container of containers) {
    let length = 0;
    for (const child of container.children)
      if (child.nodeName === 'P') length += child.textContent?.length ?? 0;
    if (length > bestLength) {
      best = container;
      bestLength = length;
    }
  }
  return bestLength >= 200 ? best : null;
}

function isBoilerplate(el: Element, noMainRoot: boolean): boolean {
  if (BOILERPLATE_TAGS.has(el.nodeName)) return true;
  // A site header is boilerplate; an article's own <header> (its headline) is inside the main root and counts.
  if (noMainRoot && el.nodeName === 'HEADER') return true;
  const role = el.getAttribute('role');
  if (role !== null && BOILERPLATE_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // A linked headline in a list is a related-stories widget, not the story.
  if (el.nodeName === 'A' && el.closest('li') !== null) return true;
  const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return names.length > 1 && BOILERPLATE_NAMES.test(names);
}
