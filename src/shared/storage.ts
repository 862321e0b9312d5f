/**
 * The one module that touches `browser.storage`. Everything read from storage is untrusted (another version,
 * another extension's bug, a user's hand): callers validate what they get.
 *
 * It uses the browsers' native API rather than webextension-polyfill, because the content script reads the
 * settings through it and does not bundle the polyfill (see `content/extension-api.ts`). Both browsers return
 * promises from `storage` in Manifest V3: Firefox's `browser`, and Chrome's `chrome`.
 */

export type StorageArea = 'session' | 'sync' | 'local';

interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}
type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

interface NativeStorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

interface NativeStorage extends Partial<Record<StorageArea, NativeStorageArea>> {
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

function storage(): NativeStorage {
  const scope = globalThis as unknown as {
    browser?: { storage?: NativeStorage };
    chrome?: { storage?: NativeStorage };
  };
  return scope.browser?.storage ?? scope.chrome?.storage ?? unavailable('extension storage');
}

function area(name: StorageArea): NativeStorageArea {
  // storage.session is not open to content scripts; the content script only reads `sync`.
  return storage()[name] ?? unavailable(`storage.${name}`);
}

function unavailable(what: string): never {
  throw new Error(`Story Lens: ${what} is not available here`);
}

export async function readStored(name: StorageArea, key: string): Promise<unknown> {
  const items = await area(name).get(key);
  return items[key];
}

export async function writeStored(name: StorageArea, key: string, value: unknown): Promise<void> {
  await area(name).set({ [key]: value });
}

export async function removeStored(name: StorageArea, keys: string | string[]): Promise<void> {
  await area(name).remove(keys);
}

/** Everything in `area` (for the background's sweep over its per-tab state). */
export async function readAllStored(name: StorageArea): Promise<Record<string, unknown>> {
  return area(name).get(null);
}

/**
 * Calls `listener` with the new value (`undefined` when removed) whenever `key` changes in `area`.
 * Returns the function that stops listening.
 */
export function onStoredChanged(
  name: StorageArea,
  key: string,
  listener: (newValue: unknown) => void,
): () => void {
  const onChanged: ChangeListener = (changes, areaName) => {
    const change = Object.hasOwn(changes, key) ? changes[key] : undefined;
    if (areaName === name && change !== undefined) listener(change.newValue);
  };
  const events = storage().onChanged;
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}
