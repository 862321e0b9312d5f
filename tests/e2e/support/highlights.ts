/**
 * Reads Story Lens's highlights from a page, as any script on the page could: `CSS.highlights` entries named
 * `story-lens-<term id>`, each range turned back into the text it covers. Runs inside the page.
 */
export type HighlightTexts = Record<string, string[]>;

/** Pass to `page.evaluate`: term id → the texts of its highlighted ranges, in registration order. */
export function readHighlights(): HighlightTexts {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('story-lens-')) continue;
    out[name.slice('story-lens-'.length)] = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }
  return out;
}

export const countHighlights = (texts: HighlightTexts): number =>
  Object.values(texts).reduce((sum, list) => sum + list.length, 0);
