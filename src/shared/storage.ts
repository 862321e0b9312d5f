/**
 * The one module that touches `browser.storage`. Everything read from storage is untrusted (another version,
 * another extension's bug, a user's hand): callers validate what they get.
 */
import browser, { type Storage } from 'webextension-polyfill';

export type StorageArea = 'session' | 'sync' | 'local';

export async function readStored(area: StorageArea, key: string): Promise<unknown> {
  const items = await browser.storage[area].get(key);
  return items[key];
}

export async function writeStored(area: StorageArea, key: string, value: unknown): Promise<void> {
  await browser.storage[area].set({ [key]: value });
}

export async function removeStored(area: StorageArea, keys: string | string[]): Promise<void> {
  await browser.storage[area].remove(keys);
}

/**
 * Calls `listener` with the new value (`undefined` when removed) whenever `key` changes in `area`.
 * Returns the function that stops listening.
 */
export function onStoredChanged(
  area: StorageArea,
  key: string,
  listener: (newValue: unknown) => void,
): () => void {
  const onChanged = (changes: Record<string, Storage.StorageChange>, areaName: string) => {
    const change = changes[key];
    if (areaName === area && change !== undefined) listener(change.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Everything in `area` (for the background's sweep over its per-tab state). */
export async function readAllStored(area: StorageArea): Promise<Record<string, unknown>> {
  return browser.storage[area].get(null);
}
