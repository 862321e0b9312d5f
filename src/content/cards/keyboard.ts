/**
 * In-page shortcuts: Alt+Shift+. and Alt+Shift+, move to the next and previous highlighted term; Escape closes
 * the card. Matched by physical key (`code`), so they work whatever the keyboard layout (Urdu, Pashto, Dari
 * layouts put other characters on those keys), and never taken from an editable field.
 */

export type Shortcut = 'next' | 'previous' | 'close';

/** The shortcut this key press means, or null. */
export function shortcutOf(event: KeyboardEvent): Shortcut | null {
  if (event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey) return 'close';
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'Period') return 'next';
  if (event.code === 'Comma') return 'previous';
  return null;
}

/**
 * True when typing goes to `target`: form fields and content-editable regions. Every input counts, checkboxes
 * included: a shortcut lost there costs less than one stolen from a text field of a type not foreseen.
 */
export function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    element?.nodeType === 1 &&
    (element.isContentEditable ||
      /^(input|textarea|select)$/.test(element.localName) ||
      element.getAttribute('role') === 'textbox')
  );
}

/**
 * Calls `handle` for each shortcut pressed outside editable fields, until `signal` aborts. `handle` returns
 * true when it used the key, which is then kept from the page.
 */
export function listenShortcuts(
  win: Window,
  handle: (shortcut: Shortcut) => boolean,
  signal: AbortSignal,
): void {
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing || event.repeat) return;
      const shortcut = shortcutOf(event);
      // The innermost target: focus may sit in a page's own shadow DOM.
      if (shortcut === null || isEditable(event.composedPath()[0] ?? event.target)) return;
      if (handle(shortcut)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true, signal },
  );
}
