/**
 * Paints occurrences with the CSS Custom Highlight API: the page's DOM is never touched. Each term's ranges are
 * registered in `CSS.highlights` as `story-lens-<term id>` (a public contract: user styles can restyle one term,
 * tests can read them). The styles come from the content-script CSS in the manifest.
 */
import type { Occurrence } from './annotation-view';

export const HIGHLIGHT_PREFIX = 'story-lens-';

export class HighlightPainter {
  /** The highlights this painter registered, by name. */
  readonly #painted = new Map<string, Highlight>();

  /** Shows exactly these occurrences, replacing what was painted before. */
  paint(occurrences: readonly Occurrence[]): void {
    const byTerm = new Map<string, StaticRange[]>();
    for (const { termId, range } of occurrences) {
      const list = byTerm.get(termId);
      if (list) list.push(range);
      else byTerm.set(termId, [range]);
    }
    const now = new Map<string, Highlight>();
    for (const [termId, ranges] of byTerm) {
      const name = HIGHLIGHT_PREFIX + termId;
      const highlight = new Highlight(...ranges);
      CSS.highlights.set(name, highlight);
      now.set(name, highlight);
    }
    for (const name of this.#painted.keys()) if (!now.has(name)) this.#remove(name);
    this.#painted.clear();
    for (const [name, highlight] of now) this.#painted.set(name, highlight);
  }

  /** Removes every highlight this painter registered. */
  clear(): void {
    for (const name of this.#painted.keys()) this.#remove(name);
    this.#painted.clear();
  }

  /**
   * The registry belongs to the document, not to us: a content script left behind by an extension update
   * shares it with its successor, and must not remove the successor's highlights when it stops.
   */
  #remove(name: string): void {
    if (CSS.highlights.get(name) === this.#painted.get(name)) CSS.highlights.delete(name);
  }
}
