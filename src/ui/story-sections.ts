/**
 * The story's content as the popup and the story view both show it: the story record, the actors and where
 * each stands (with the article's words as evidence), the relationship map with its text alternative, and
 * the glossary of terms. Glossary text is set as text (never parsed as HTML) and marked `dir="auto"`.
 */
import { el } from '../shared/element';
import type { Actor, Glossary, Relation, Term } from '../shared/glossary-types';
import { t } from '../shared/i18n';
import { layoutRelations, MAP_METRICS, type MapEdge } from './relation-layout';

const auto = { dir: 'auto' } as const;

/** The story's title and dek: the first thing either page shows. */
export function renderStoryHead(glossary: Glossary, headingLevel: 'h1' | 'h2' = 'h1'): HTMLElement {
  const { story } = glossary;
  return el(
    'header',
    { className: 'story-head' },
    el(headingLevel, { attrs: { id: 'story-title', ...auto } }, story.title),
    el('p', { className: 'dek', attrs: auto }, story.dek),
  );
}

/** Summary, key points and what to watch next. */
export function renderStoryBody(glossary: Glossary): HTMLElement {
  const { story } = glossary;
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'story-heading' } },
    el('h2', { attrs: { id: 'story-heading' } }, t('sectionStory')),
    el('p', { attrs: { ...auto, 'data-testid': 'summary' } }, story.summary),
    el('h2', null, t('sectionKeyPoints')),
    el('ul', null, ...story.keyPoints.map((point) => el('li', { attrs: auto }, point))),
    el('h2', null, t('sectionWatchNext')),
    el('p', { attrs: { ...auto, 'data-testid': 'watch-next' } }, story.watchNext),
  );
}

export function renderActors(glossary: Glossary): HTMLElement {
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'actors-heading', 'data-testid': 'actors' } },
    el('h2', { attrs: { id: 'actors-heading' } }, t('sectionActors')),
    el('ul', { className: 'actors' }, ...glossary.actors.map(renderActor)),
  );
}

function renderActor(actor: Actor): HTMLElement {
  const evidence = el(
    'details',
    { className: 'evidence' },
    el('summary', null, t('actorEvidence', String(actor.evidence.length))),
    ...actor.evidence.map((item) =>
      el(
        'figure',
        { className: 'quote' },
        el('blockquote', { attrs: auto }, `“${item.quote}”`),
        el(
          'figcaption',
          null,
          el('span', { attrs: auto }, `— ${item.by}`),
          ' ',
          el('span', { className: 'quote-kind' }, item.direct ? t('quoteDirect') : t('quoteArticle')),
        ),
      ),
    ),
  );
  return el(
    'li',
    { className: 'actor', attrs: { id: `actor-${actor.id}`, 'data-actor': actor.id } },
    el(
      'div',
      { className: 'actor-head' },
      el('h3', { attrs: auto }, actor.name),
      el('span', { className: 'stance', attrs: { ...auto, 'data-testid': 'stance' } }, actor.stance),
    ),
    el('p', { className: 'position', attrs: auto }, actor.position),
    evidence,
  );
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** Multi-line SVG text centred on (x, y). */
function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, className: string) {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return svg(
    'text',
    { x, y: top, class: className, 'text-anchor': 'middle', 'dominant-baseline': 'central' },
    ...lines.map((line, i) => svg('tspan', { x, y: top + i * lineHeight }, line)),
  );
}

/** A patch of background under an edge's label, so the arrow does not run through the gaps between words. */
function labelBackdrop(edge: MapEdge): SVGRectElement {
  const width = Math.max(...edge.labelLines.map((line) => line.length)) * MAP_METRICS.labelChar + 4;
  const height = edge.labelLines.length * MAP_METRICS.labelLine + 2;
  return svg('rect', {
    x: edge.labelX - width / 2,
    y: edge.labelY - height / 2,
    width,
    height,
    class: 'label-backdrop',
  });
}

function describeRelation(relation: Relation, names: ReadonlyMap<string, string>): string {
  const from = names.get(relation.from) ?? relation.from;
  const to = names.get(relation.to) ?? relation.to;
  return t(relation.mutual ? 'relationMutual' : 'relationOneWay', [from, to, relation.label]);
}

/** The relationship map: an SVG (an image to assistive technology) and the same relations as a list. */
export function renderRelations(glossary: Glossary, idPrefix = 'map'): HTMLElement {
  const map = layoutRelations(glossary.actors, glossary.relations);
  const names = new Map(glossary.actors.map((a) => [a.id, a.name]));
  const marker = `${idPrefix}-arrow`;
  const drawEdge = (edge: MapEdge) => {
    const line = edge.path
      ? svg('path', { d: edge.path, fill: 'none' })
      : svg('line', { x1: edge.x1, y1: edge.y1, x2: edge.x2, y2: edge.y2 });
    line.setAttribute('marker-end', `url(#${marker})`);
    if (edge.relation.mutual) line.setAttribute('marker-start', `url(#${marker})`);
    return svg(
      'g',
      { class: `edge edge-${edge.kind}`, 'data-from': edge.relation.from, 'data-to': edge.relation.to },
      line,
      labelBackdrop(edge),
      textBlock(edge.labelLines, edge.labelX, edge.labelY, 12.5, 'edge-label'),
    );
  };
  const drawing = svg(
    'svg',
    {
      viewBox: `0 0 ${map.width} ${map.height}`,
      width: map.width,
      height: map.height,
      role: 'img',
      'aria-labelledby': `${idPrefix}-caption`,
      class: 'relation-map',
      'data-testid': 'relation-map',
    },
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: marker,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto-start-reverse',
        },
        svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }),
      ),
    ),
    ...map.lifelines.map((l) => svg('line', { x1: l.x, y1: l.y1, x2: l.x, y2: l.y2, class: 'lifeline' })),
    ...map.edges.map(drawEdge),
    ...map.boxes.map((box) =>
      svg(
        'g',
        { class: box.hub ? 'node hub' : 'node', 'data-actor': box.id },
        svg('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 6 }),
        textBlock(box.lines, box.x + box.width / 2, box.y + box.height / 2, 14, 'node-label'),
      ),
    ),
  );
  return el(
    'section',
    { attrs: { 'aria-labelledby': `${idPrefix}-heading` } },
    el('h2', { attrs: { id: `${idPrefix}-heading` } }, t('sectionRelations')),
    el('p', { className: 'hint', attrs: { id: `${idPrefix}-caption` } }, t('relationsCaption')),
    el('div', { className: 'map-frame' }, drawing),
    el(
      'details',
      { className: 'relation-list' },
      el('summary', null, t('relationsAsText')),
      el(
        'ul',
        { attrs: { 'data-testid': 'relation-list' } },
        ...glossary.relations.map((r) => el('li', { attrs: auto }, describeRelation(r, names))),
      ),
    ),
  );
}

/** Every term with its explanation; `id="term-<id>"` lets `?term=<id>` find it. */
export function renderTerms(glossary: Glossary): HTMLElement {
  const labels = new Map(glossary.terms.map((term) => [term.id, term.label]));
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'terms-heading' } },
    el('h2', { attrs: { id: 'terms-heading' } }, t('sectionTerms')),
    el('dl', { className: 'terms' }, ...glossary.terms.flatMap((term) => renderTerm(term, labels))),
  );
}

function renderTerm(term: Term, labels: ReadonlyMap<string, string>): HTMLElement[] {
  const related = term.related.map((id) => labels.get(id)).filter((label) => label !== undefined);
  return [
    el(
      'div',
      { className: 'term', attrs: { id: `term-${term.id}`, tabindex: '-1', 'data-term': term.id } },
      el('dt', { attrs: auto }, term.label),
      el('dd', { attrs: auto }, term.definition),
      el(
        'dd',
        null,
        el('strong', null, t('termInThisStory')),
        ' ',
        el('span', { attrs: auto }, term.inThisStory),
      ),
      term.background
        ? el(
            'dd',
            null,
            el('strong', null, t('termBackground')),
            ' ',
            el('span', { attrs: auto }, term.background),
          )
        : null,
      related.length > 0
        ? el(
            'dd',
            null,
            el('strong', null, t('termRelated')),
            ' ',
            el('span', { attrs: auto }, related.join(', ')),
          )
        : null,
    ),
  ];
}
