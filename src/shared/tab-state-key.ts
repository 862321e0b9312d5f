/**
 * Where the background keeps one tab's state in `storage.session` (see `background/tab-state.ts`). Extension
 * pages watch the key to update when the tab's content script reports again; they read the state itself from
 * the background (`get-tab-state`), which validates it.
 */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

/** The tab id a `storage.session` key belongs to, or `null` for other keys. */
export function tabIdOfKey(key: string): number | null {
  const match = /^tab:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}
