/**
 * Paints matches with the CSS Custom Highlight API: the page's DOM is never touched. Each term's ranges are
 * registered in `CSS.highlights` as `story-lens-<term id>` (a public contract: user styles can restyle one term,
 * tests can read them). The styles come from the content-script CSS in the manifest.
 */
import type { FoundMatch } from './page-annotations';

export const HIGHLIGHT_PREFIX = 'story-lens-';

export class HighlightPainter {
  private readonly painted = new Set<string>();

  constructor(private readonly termIds: readonly string[]) {}

  /** Shows exactly these matches, replacing what was painted before. */
  paint(matches: readonly FoundMatch[]): void {
    const byTerm = new Map<number, StaticRange[]>();
    for (const m of matches) {
      const range = new StaticRange({
        startContainer: m.startNode,
        startOffset: m.startOffset,
        endContainer: m.endNode,
        endOffset: m.endOffset,
      });
      const list = byTerm.get(m.target);
      if (list) list.push(range);
      else byTerm.set(m.target, [range]);
    }
    const now = new Set<string>();
    for (const [term, ranges] of byTerm) {
      const name = HIGHLIGHT_PREFIX + (this.termIds[term] as string);
      CSS.highlights.set(name, new Highlight(...ranges));
      now.add(name);
    }
    for (const name of this.painted) if (!now.has(name)) CSS.highlights.delete(name);
    this.painted.clear();
    for (const name of now) this.painted.add(name);
  }

  /** Removes every highlight this painter registered. */
  clear(): void {
    for (const name of this.painted) CSS.highlights.delete(name);
    this.painted.clear();
  }
}
