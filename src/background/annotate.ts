/**
 * "Annotate this page" and the popup's term buttons, carried out for the popup. The toolbar click granted
 * `activeTab` for the tab, which is all `scripting` needs there: no new permission.
 */
import browser from 'webextension-polyfill';
// crxjs builds this entry as a self-contained script of its own and gives us its file name.
import cardsScript from '../content/cards/index.iife.ts?script';
import { sendToTab } from '../shared/messaging';

/**
 * Injects the hover cards into a tab's annotated page (see the `load-cards` message). The content script asks
 * once per page; the cards script registers itself with it and does nothing more if it is there already.
 */
export async function loadCards(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [cardsScript] });
    return true;
  } catch (error) {
    console.warn('Story Lens: could not load the cards into tab', tabId, error);
    return false;
  }
}

/**
 * Asks the tab's content script to annotate; when there is none (a site not on the list), injects the built
 * content script first. The content script guards against running twice, and asking first avoids injecting
 * it again where it already runs.
 */
export async function annotateTab(tabId: number): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'annotate-now' })).annotated;
  } catch {
    // No content script answered: inject it.
  }
  const script = browser.runtime.getManifest().content_scripts?.[0];
  if (!script?.js?.length) throw new Error('the manifest lists no content script');
  const target = { tabId, frameIds: [0] };
  if (script.css?.length) await browser.scripting.insertCSS({ target, files: script.css });
  await browser.scripting.executeScript({ target, files: script.js });
  // The content script registers its message listener as it starts; allow it a moment all the same.
  for (let attempt = 0; ; attempt++) {
    try {
      return (await sendToTab(tabId, { type: 'annotate-now' })).annotated;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Scrolls the page to the term's next occurrence and opens its card; false when the page lacks it. */
export async function jumpToTerm(tabId: number, termId: string): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'jump-to-term', termId })).found;
  } catch {
    return false;
  }
}
