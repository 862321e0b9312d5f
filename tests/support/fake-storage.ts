/**
 * An in-memory `storage.sync` with change events, standing in for the browser's in unit tests of the modules
 * that reach storage through the native API (`src/shared/storage.ts`). Install it before importing them.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface FakeStorage {
  /** What is stored, by key. */
  data: Map<string, unknown>;
  listeners: Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>;
  area: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
  };
}

/** Puts a fake `browser.storage` (as Firefox names it) on the global object and returns it. */
export function installFakeStorage(): FakeStorage {
  const data = new Map<string, unknown>();
  const listeners: FakeStorage['listeners'] = new Set();
  const emit = (key: string, newValue: unknown) => {
    for (const listener of listeners) listener({ [key]: { newValue } }, 'sync');
  };
  const area: FakeStorage['area'] = {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) {
        data.set(key, structuredClone(value));
        emit(key, value);
      }
    },
    async remove(keys) {
      for (const key of [keys].flat()) {
        data.delete(key);
        emit(key, undefined);
      }
    },
  };
  (globalThis as { browser?: unknown }).browser = {
    storage: {
      sync: area,
      onChanged: {
        addListener: (listener: never) => listeners.add(listener),
        removeListener: (listener: never) => listeners.delete(listener),
      },
    },
  };
  return { data, listeners, area };
}

/** Empties the fake before each test and silences (and records) console warnings during it. */
export function freshStorageEachTest(fake: FakeStorage): void {
  beforeEach(() => {
    fake.data.clear();
    fake.listeners.clear();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
