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
 * Calls `step` until it returns true, yielding to the page whenever another step would take a slice past
 * `sliceMs` (judged by the last step's length).
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
    let now = started;
    let stepMs = 0;
    // Yield before a step that, as long as the last one, would run the slice past `sliceMs`.
    do {
      done = step();
      const after = performance.now();
      stepMs = after - now;
      now = after;
    } while (!done && now - started + stepMs <= sliceMs);
    clock.workMs += now - started;
    if (done) return true;
    await yieldToPage();
    if (cancelled()) return false;
  }
}
