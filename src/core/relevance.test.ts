import { describe, expect, it } from 'vitest';
import { assessRelevance } from './relevance';

const CORE = new Set([0, 1, 2]);
const counts = (entries: [number, number][]) => new Map(entries);

describe('the relevance gate', () => {
  it('accepts two distinct core terms with four mentions in all', () => {
    expect(
      assessRelevance(
        counts([
          [0, 2],
          [1, 2],
        ]),
        CORE,
      ).relevant,
    ).toBe(true);
    expect(
      assessRelevance(
        counts([
          [0, 1],
          [1, 1],
          [5, 1],
        ]),
        CORE,
      ).relevant,
    ).toBe(false);
  });

  it('accepts one core term mentioned twice with two context terms', () => {
    expect(
      assessRelevance(
        counts([
          [0, 2],
          [5, 1],
          [6, 1],
        ]),
        CORE,
      ).relevant,
    ).toBe(true);
    expect(
      assessRelevance(
        counts([
          [0, 1],
          [5, 3],
          [6, 3],
        ]),
        CORE,
      ).relevant,
    ).toBe(false);
    expect(
      assessRelevance(
        counts([
          [0, 3],
          [5, 3],
        ]),
        CORE,
      ).relevant,
    ).toBe(false);
  });

  it('never accepts context terms alone, however many', () => {
    expect(
      assessRelevance(
        counts([
          [5, 20],
          [6, 20],
          [7, 20],
        ]),
        CORE,
      ).relevant,
    ).toBe(false);
  });

  it('scores distinct core terms above mere repetition', () => {
    const broad = assessRelevance(
      counts([
        [0, 1],
        [1, 1],
        [2, 1],
      ]),
      CORE,
    ).score;
    const repetitive = assessRelevance(counts([[0, 9]]), CORE).score;
    expect(broad).toBeGreaterThan(repetitive);
  });
});
