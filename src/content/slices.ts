/**
 * Long work split into slices, so the page stays responsive: each slice runs for at most a few milliseconds,
 * then the page gets the thread back (input, rendering, its own tasks) before the next one.
 */

/** Resolves on a fresh task, after the page's pending work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Without scheduler.yield, a message is the quickest new task: setTimeout is clamped to 4 ms when nested.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Time spent working, as opposed to waiting for the page between slices. */
export interface WorkClock {
  workMs: number;
}

/**
 * Calls `step` until it returns true, yielding to the page whenever a slice has run for `sliceMs`.
 * Resolves true when the work finished, false when `cancelled()` said to give up. Adds the time spent in
 * slices to `clock`.
 */
export async function runInSlices(
  step: () => boolean,
  sliceMs: number,
  cancelled: () => boolean,
  clock: WorkClock = { workMs: 0 },
): Promise<boolean> {
  for (;;) {
    const started = performance.now();
    let done = false;
    do done = step();
    while (!done && performance.now() - started < sliceMs);
    clock.workMs += performance.now() - started;
    if (done) return true;
    await yieldToPage();
    if (cancelled()) return false;
  }
}
