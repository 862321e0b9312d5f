/**
 * An occurrence's text as the page writes it ("Tehreek-e-Taliban Pakistan", across inline elements when the
 * name runs over them), read when its card opens rather than for every highlight.
 */
export function pageSpelling(range: StaticRange): string {
  const doc = range.startContainer.ownerDocument;
  if (doc === null) return '';
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return ''; // the page changed the text since it was read: the card goes without it
  }
  return live.toString();
}
