/**
 * What the background knows of each tab, kept in `storage.session` so that a restarted service worker (or a
 * Firefox event page woken again) loses nothing, and cleared when the tab closes or navigates.
 */
import type { PageReport, TabState } from '../shared/messages';
import { readStored, removeStored, writeStored } from '../shared/storage';
import { tabStateKey } from '../shared/tab-state-key';
import { array, boolean, integer, object, string } from '../shared/validate';

const key = tabStateKey;

const storedReport = object({
  url: string({ maxLength: 8192 }),
  relevant: boolean,
  annotated: boolean,
  score: integer({ min: 0 }),
  terms: array(object({ id: string({ maxLength: 64 }), count: integer({ min: 1 }) })),
});

export async function saveReport(tabId: number, report: PageReport): Promise<void> {
  const { type: _type, ...stored } = report;
  await writeStored('session', key(tabId), stored);
}

export async function readTabState(tabId: number): Promise<TabState> {
  // Session storage is ours alone, but a value from an older version must not break the popup.
  const report = storedReport(await readStored('session', key(tabId))) ?? null;
  return { tabId, report };
}

export async function forgetTab(tabId: number): Promise<void> {
  await removeStored('session', key(tabId));
}

const queues = new Map<number, Promise<unknown>>();

/**
 * Runs `task` after every task queued before it for the same tab. A tab's reset (it started loading) and its
 * new page's report arrive in that order, but each takes several storage round trips: without the queue, a
 * fast page's report could be saved before the reset finished, and then erased.
 */
export function inTabOrder<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => {});
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}
