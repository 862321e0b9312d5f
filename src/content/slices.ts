/**
 * Long work split into slices, so the page stays responsive: each slice runs for at most a few milliseconds,
 * then the page gets the thread back (input, rendering, its own tasks) before the next one.
 */

/** The clock all the content script's timing reads: one name for it, where every byte is budgeted. */
export const now = (): number => performance.now();

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
  /**
   * Work done so far in the task now running: set it before `runInSlices` to count work done just before in the
   * same task; after it, what the last slice took (add any work that follows in the same task).
   */
  taskMs: number;
  /** The longest task the work held the page for. */
  longestTaskMs: number;
}

export const newWorkClock = (): WorkClock => ({ workMs: 0, taskMs: 0, longestTaskMs: 0 });

/** Adds work done in the current task to `clock`. */
function addWork(clock: WorkClock, ms: number): void {
  clock.workMs += ms;
  clock.taskMs += ms;
  clock.longestTaskMs = Math.max(clock.longestTaskMs, clock.taskMs);
}

/** Runs `work` now, in the current task, and adds the time it took to `clock`. */
export function timed<T>(clock: WorkClock, work: () => T): T {
  const started = now();
  const result = work();
  addWork(clock, now() - started);
  return result;
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
  clock: WorkClock = newWorkClock(),
): Promise<boolean> {
  for (;;) {
    const started = now();
    let done = false;
    let stepEnd = started;
    let stepMs = 0;
    // Yield before a step that, as long as the last one, would run the slice past `sliceMs`.
    do {
      done = step();
      const after = now();
      stepMs = after - stepEnd;
      stepEnd = after;
    } while (!done && stepEnd - started + stepMs <= sliceMs);
    addWork(clock, stepEnd - started);
    if (done) return true;
    await yieldToPage();
    clock.taskMs = 0;
    if (cancelled()) return false;
  }
}
