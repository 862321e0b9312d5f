/**
 * Builds DOM for our own UI. Text is only ever set with `textContent`, never parsed as HTML: glossary text and
 * anything read from a page stay text.
 */
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options?.className) element.className = options.className;
  if (options?.attrs)
    for (const [name, value] of Object.entries(options.attrs)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}
