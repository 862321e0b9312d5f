import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../scripts/lib/glossary-files';
import { compileGlossary } from '../core/glossary/compile';
import type { Actor, Relation } from '../shared/glossary-types';
import { layoutRelations, MAP_METRICS, pickHubs, wrap } from './relation-layout';

const glossary = compileGlossary(readGlossary());

const actor = (id: string): Actor => ({
  id,
  name: id,
  kind: 'group',
  stance: 's',
  position: 'p',
  evidence: [],
  background: null,
});
const relation = (from: string, to: string, label = `${from}-${to}`): Relation => ({
  from,
  to,
  label,
  kind: 'talks',
  mutual: false,
});

describe('wrap', () => {
  it('breaks at spaces and keeps long words whole', () => {
    expect(wrap('criticises appeasement of militants', 14)).toEqual([
      'criticises',
      'appeasement of',
      'militants',
    ]);
    expect(wrap('counterterrorism', 5)).toEqual(['counterterrorism']);
    expect(wrap('  ', 5)).toEqual([]);
  });
});

describe('the story map', () => {
  const map = layoutRelations(glossary.actors, glossary.relations);

  it('heads the columns with the two actors the story turns on', () => {
    expect(pickHubs(glossary.actors, glossary.relations)).toEqual(['pakistan_government', 'afghan_taliban']);
  });

  it('draws every actor once and every relation once', () => {
    expect(map.boxes.map((b) => b.id).sort()).toEqual(glossary.actors.map((a) => a.id).sort());
    expect(map.edges.map((e) => e.relation)).toEqual(expect.arrayContaining(glossary.relations));
    expect(map.edges).toHaveLength(glossary.relations.length);
  });

  it('fits the popup width, and no two boxes overlap', () => {
    for (const box of map.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(MAP_METRICS.width);
      expect(box.y + box.height).toBeLessThanOrEqual(map.height);
    }
    const rows = map.boxes.filter((b) => !b.hub).sort((a, b) => a.y - b.y);
    for (let i = 1; i < rows.length; i++) {
      const [above, below] = [rows[i - 1], rows[i]];
      expect(below?.y).toBeGreaterThanOrEqual((above?.y ?? 0) + (above?.height ?? 0));
    }
  });

  it('keeps each label inside its lane and clear of the other labels', () => {
    const rects = map.edges.map((e) => {
      const width = Math.max(...e.labelLines.map((l) => l.length)) * MAP_METRICS.labelChar;
      const height = e.labelLines.length * MAP_METRICS.labelLine;
      return { x: e.labelX - width / 2, y: e.labelY - height / 2, width, height, label: e.relation.label };
    });
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(MAP_METRICS.width);
    }
    for (const a of rects) {
      for (const b of rects) {
        if (a === b) continue;
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.label} / ${b.label}`).toBe(false);
      }
    }
  });
});

describe('other shapes', () => {
  it('draws a relation between two actors that are not column heads as a bracket', () => {
    const actors = ['a', 'b', 'c', 'd'].map(actor);
    const map = layoutRelations(actors, [relation('a', 'b'), relation('a', 'b'), relation('c', 'd')]);
    const bracket = map.edges.find((e) => e.relation.from === 'c');
    expect(bracket?.path).toMatch(/^M /);
  });

  it('skips relations to unknown actors and draws nothing for fewer than two actors', () => {
    const map = layoutRelations([actor('a'), actor('b')], [relation('a', 'b'), relation('a', 'ghost')]);
    expect(map.edges).toHaveLength(1);
    expect(layoutRelations([actor('a')], []).boxes).toEqual([]);
  });
});
