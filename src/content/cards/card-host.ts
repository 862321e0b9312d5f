/**
 * The one element Story Lens adds to a page, and only while a card is open: a host with a shadow root that holds the card and its styles. The page's CSS cannot reach inside; what could leak in by
 * inheritance is cut at the host (`all: initial`, important in the shadow's own sheet, which beats the page's
 * important rules). Shown in the top layer as a manual popover where the browser can, so no z-index on the page
 * can cover it and no transformed ancestor can move it; it is a child of `<html>`, not of a possibly
 * transformed `<body>`, for browsers that cannot.
 */

export const HOST_TAG = 'story-lens-card';

export class CardHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly #doc: Document;

  constructor(doc: Document, css: string) {
    this.#doc = doc;
    this.host = doc.createElement(HOST_TAG);
    // Inline too, for the moment before the shadow sheet applies.
    this.host.setAttribute('style', 'all: initial');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    this.root.append(style);
  }

  get attached(): boolean {
    return this.host.isConnected;
  }

  /** Shows `content` as the card, attaching the host when it is not on the page. */
  show(content: HTMLElement): void {
    for (const node of Array.from(this.root.children)) if (node.localName !== 'style') node.remove();
    this.root.append(content);
    if (!this.host.isConnected) {
      this.#doc.documentElement.append(this.host);
      if (typeof this.host.showPopover === 'function') {
        this.host.popover = 'manual';
        try {
          this.host.showPopover();
        } catch {
          // Not in a document that allows popovers (e.g. a sandboxed frame): the z-index applies instead.
        }
      }
    }
  }

  /** Removes the host (and the card) from the page. */
  detach(): void {
    this.host.remove();
    for (const node of Array.from(this.root.children)) if (node.localName !== 'style') node.remove();
  }

  /** True when `node` is the host or inside the card. */
  contains(node: Node | null): boolean {
    for (let n = node; n !== null; n = n.nodeType === 11 ? (n as ShadowRoot).host : n.parentNode) {
      if (n === this.host) return true;
    }
    return false;
  }
}
