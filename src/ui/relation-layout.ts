/**
 * Lays out the relationship map (pure: no DOM, tested in Node). The story has two actors everything turns
 * on, so the map reads like a sequence diagram: those two are column heads with a lifeline each, every other
 * actor is a row between them, and each relation is a horizontal arrow from the actor's box to a lifeline,
 * its label written on the arrow. Horizontal labels stay legible at popup width, which a radial or force
 * layout cannot promise with a dozen labelled edges.
 *
 * Text is not measured (there is no DOM here): widths come from an average character width, with room to
 * spare.
 */
import type { Actor, Relation, RelationKind } from '../shared/glossary-types';

export interface MapBox {
  id: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  hub: boolean;
}

export interface MapEdge {
  relation: Relation;
  /** Where the arrow runs; the arrowhead is at (x2, y2), and also at (x1, y1) when the relation is mutual. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** A path instead of a straight line, for a relation between two actors that are not column heads. */
  path: string | null;
  labelLines: string[];
  labelX: number;
  labelY: number;
  kind: RelationKind;
}

export interface MapLifeline {
  x: number;
  y1: number;
  y2: number;
}

export interface RelationMap {
  width: number;
  height: number;
  boxes: MapBox[];
  edges: MapEdge[];
  lifelines: MapLifeline[];
}

export const MAP_METRICS = {
  width: 368,
  /** Average glyph widths of the map's fonts, generous for system-ui. */
  nameChar: 6.3,
  labelChar: 5.6,
  nameLine: 14,
  labelLine: 12.5,
  pad: 6,
  rowGap: 8,
  hubWidth: 96,
  boxWidth: 124,
} as const;

/** Splits `text` into lines of at most `max` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The two actors with the most relations (ties go to the one listed first), in glossary order. */
export function pickHubs(actors: readonly Actor[], relations: readonly Relation[]): [string, string] | null {
  if (actors.length < 2) return null;
  const degree = new Map(actors.map((a) => [a.id, 0]));
  for (const r of relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const ranked = actors
    .map((actor, index) => ({ id: actor.id, index, degree: degree.get(actor.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.index - b.index)
    .slice(0, 2)
    .sort((a, b) => a.index - b.index);
  const [first, second] = ranked;
  return first && second ? [first.id, second.id] : null;
}

export function layoutRelations(actors: readonly Actor[], relations: readonly Relation[]): RelationMap {
  const m = MAP_METRICS;
  const known = new Set(actors.map((a) => a.id));
  const usable = relations.filter((r) => known.has(r.from) && known.has(r.to) && r.from !== r.to);
  const hubs = pickHubs(actors, usable);
  if (hubs === null) return { width: m.width, height: 0, boxes: [], edges: [], lifelines: [] };
  const [left, right] = hubs;
  const nameOf = new Map(actors.map((a) => [a.id, a.name]));

  const leftX = m.hubWidth / 2;
  const rightX = m.width - m.hubWidth / 2;
  const boxX = (m.width - m.boxWidth) / 2;
  const laneChars = Math.floor((boxX - leftX - 2 * m.pad) / m.labelChar);
  const wideChars = Math.floor((rightX - leftX - 4 * m.pad) / m.labelChar);

  // Column heads.
  const hubLines = (id: string) =>
    wrap(nameOf.get(id) ?? id, Math.floor((m.hubWidth - 2 * m.pad) / m.nameChar));
  const headLines = [hubLines(left), hubLines(right)];
  const headHeight = Math.max(...headLines.map((l) => l.length)) * m.nameLine + 2 * m.pad;
  const boxes: MapBox[] = [
    { id: left, lines: headLines[0] ?? [], x: 0, y: 0, width: m.hubWidth, height: headHeight, hub: true },
    {
      id: right,
      lines: headLines[1] ?? [],
      x: m.width - m.hubWidth,
      y: 0,
      width: m.hubWidth,
      height: headHeight,
      hub: true,
    },
  ];
  const edges: MapEdge[] = [];
  let y = headHeight + m.rowGap * 2;

  // Relations between the two heads: one full-width row each.
  for (const relation of usable.filter((r) => isBetween(r, left, right))) {
    const labelLines = wrap(relation.label, wideChars);
    const height = Math.max(labelLines.length * m.labelLine, m.labelLine) + m.pad;
    const mid = y + height / 2;
    const fromLeft = relation.from === left;
    edges.push({
      relation,
      x1: fromLeft ? leftX : rightX,
      y1: mid,
      x2: fromLeft ? rightX : leftX,
      y2: mid,
      path: null,
      labelLines,
      labelX: m.width / 2,
      labelY: mid,
      kind: relation.kind,
    });
    y += height + m.rowGap;
  }

  // Every other actor: a row with its box in the middle and arrows to the heads.
  const others = actors.filter((a) => a.id !== left && a.id !== right);
  const touches = (id: string, hub: string) => usable.some((r) => isBetween(r, id, hub));
  const rank = (id: string) => (touches(id, left) && touches(id, right) ? 0 : touches(id, left) ? 1 : 2);
  const ordered = others
    .map((actor, index) => ({ actor, index }))
    .sort((a, b) => rank(a.actor.id) - rank(b.actor.id) || a.index - b.index)
    .map(({ actor }) => actor);
  const rowOf = new Map<string, MapBox>();
  for (const actor of ordered) {
    const lines = wrap(actor.name, Math.floor((m.boxWidth - 2 * m.pad) / m.nameChar));
    const toHubs = usable.filter((r) => isBetween(r, actor.id, left) || isBetween(r, actor.id, right));
    const labels = toHubs.map((r) => wrap(r.label, laneChars));
    // Two relations with the same head share the lane: stack them.
    const perSide = (hub: string) =>
      toHubs.reduce((sum, r, i) => sum + (isBetween(r, actor.id, hub) ? (labels[i]?.length ?? 0) : 0), 0);
    const labelHeight = Math.max(perSide(left), perSide(right)) * m.labelLine + 2 * m.pad;
    const height = Math.max(lines.length * m.nameLine + 2 * m.pad, labelHeight);
    const box: MapBox = { id: actor.id, lines, x: boxX, y, width: m.boxWidth, height, hub: false };
    boxes.push(box);
    rowOf.set(actor.id, box);
    for (const hub of [left, right]) {
      const side = toHubs.filter((r) => isBetween(r, actor.id, hub));
      side.forEach((relation, i) => {
        const mid = y + (height * (i + 1)) / (side.length + 1);
        const hubX = hub === left ? leftX : rightX;
        const boxEdge = hub === left ? boxX : boxX + m.boxWidth;
        const fromBox = relation.from === actor.id;
        edges.push({
          relation,
          x1: fromBox ? boxEdge : hubX,
          y1: mid,
          x2: fromBox ? hubX : boxEdge,
          y2: mid,
          path: null,
          labelLines: wrap(relation.label, laneChars),
          labelX: (hubX + boxEdge) / 2,
          labelY: mid,
          kind: relation.kind,
        });
      });
    }
    y += height + m.rowGap;
  }

  // Relations between two actors that are not heads: a bracket along the boxes' right side.
  for (const relation of usable.filter((r) => !isHubRelation(r, left, right))) {
    const a = rowOf.get(relation.from);
    const b = rowOf.get(relation.to);
    if (!a || !b) continue;
    const x = boxX + m.boxWidth;
    const ya = a.y + a.height / 2;
    const yb = b.y + b.height / 2;
    const out = x + 14;
    edges.push({
      relation,
      x1: x,
      y1: ya,
      x2: x,
      y2: yb,
      path: `M ${x} ${ya} H ${out} V ${yb} H ${x}`,
      labelLines: wrap(relation.label, laneChars),
      labelX: out + 4 + 40,
      labelY: (ya + yb) / 2,
      kind: relation.kind,
    });
  }

  const height = y + m.rowGap;
  const lifelines = [leftX, rightX].map((x) => ({ x, y1: headHeight, y2: height - m.rowGap }));
  return { width: m.width, height, boxes, edges, lifelines };
}

function isBetween(relation: Relation, a: string, b: string): boolean {
  return (relation.from === a && relation.to === b) || (relation.from === b && relation.to === a);
}

function isHubRelation(relation: Relation, left: string, right: string): boolean {
  return [left, right].includes(relation.from) || [left, right].includes(relation.to);
}
