/**
 * The one module that touches `browser.storage`. Everything read from storage is untrusted (another version,
 * another extension's bug, a user's hand): callers validate what they get.
 */
import browser from 'webextension-polyfill';

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
