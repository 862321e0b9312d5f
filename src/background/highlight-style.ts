/**
 * The "underline" highlight style. The page's DOM is never touched, so the style is not a class on the page:
 * the background inserts a style sheet with `::highlight(story-lens-<id>)` rules for every term into each
 * annotated tab (`scripting.insertCSS`, which adds no element to the page), and removes it when the reader
 * goes back to the default background style. Which tabs have it is kept in `storage.session`.
 */
import browser from 'webextension-polyfill';
import { glossary } from '../generated/glossary';
import type { HighlightStyle } from '../shared/settings';
import { readAllStored, readStored, removeStored, writeStored } from '../shared/storage';
import { tabIdOfKey } from '../shared/tab-state-key';

const key = (tabId: number) => `underline:${tabId}`;

/**
 * The same sheet every time: `removeCSS` only removes a sheet identical to the one inserted. `!important`
 * wins over the content script's own sheet whatever the order the browser applied them in.
 */
export const UNDERLINE_CSS = `${glossary.terms.map((term) => `::highlight(story-lens-${term.id})`).join(',\n')} {
  background-color: transparent !important;
  color: inherit !important;
  text-decoration-line: underline !important;
  text-decoration-style: solid !important;
  text-decoration-thickness: 2px !important;
  text-decoration-color: rgb(191 120 0) !important;
}
`;

/** Puts the tab in the wanted style; does nothing when it already is. */
export async function applyStyle(tabId: number, style: HighlightStyle): Promise<void> {
  const underlined = (await readStored('session', key(tabId))) === true;
  const target = { tabId };
  if (style === 'underline' && !underlined) {
    await browser.scripting.insertCSS({ target, css: UNDERLINE_CSS });
    await writeStored('session', key(tabId), true);
  } else if (style === 'background' && underlined) {
    await browser.scripting.removeCSS({ target, css: UNDERLINE_CSS }).catch(() => {});
    await removeStored('session', key(tabId));
  }
}

/** A new page in the tab starts without the inserted sheet. */
export async function forgetStyle(tabId: number): Promise<void> {
  await removeStored('session', key(tabId));
}

/** After the reader changed the style: every tab the background knows to be annotated. */
export async function applyStyleEverywhere(style: HighlightStyle): Promise<void> {
  const all = await readAllStored('session');
  for (const [name, value] of Object.entries(all)) {
    const tabId = tabIdOfKey(name);
    const annotated =
      typeof value === 'object' && value !== null && 'annotated' in value && value.annotated === true;
    if (tabId === null || !annotated) continue;
    await applyStyle(tabId, style).catch((error: unknown) => {
      // A tab we can no longer script (the activeTab grant ended): it keeps its style until it reloads.
      console.warn(`Story Lens: could not restyle tab ${tabId}`, error);
    });
  }
}
