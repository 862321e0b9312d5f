import { afterEach, describe, expect, it, vi } from 'vitest';
import { newWorkClock, runInSlices } from './slices';

/** A clock that only moves when a step says so, and a record of which slice each step ran in. */
function fakeWork(stepLengths: number[]) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const slices: number[][] = [[]];
  let yields = 0;
  let next = 0;
  const step = () => {
    if (slices.length <= yields) slices.push([]);
    const length = stepLengths[next++] as number;
    now += length;
    slices[yields]?.push(length);
    return next === stepLengths.length;
  };
  const onYield = () => {
    yields++;
    return false;
  };
  return { step, onYield, slices };
}

describe('work in slices', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('yields before a step that would take the slice past its length', async () => {
    const work = fakeWork([3, 3, 3, 3, 3, 3, 3]);
    const clock = newWorkClock();
    expect(await runInSlices(work.step, 8, work.onYield, clock)).toBe(true);
    expect(work.slices).toEqual([[3, 3], [3, 3], [3, 3], [3]]);
    expect(clock.workMs).toBe(21);
    expect(clock.longestTaskMs).toBe(6);
    expect(clock.taskMs).toBe(3);
  });

  it('judges by the last step: short steps fill a slice, a long one runs alone', async () => {
    const work = fakeWork([1, 1, 1, 1, 1, 1, 1, 1, 6, 2, 1]);
    const clock = newWorkClock();
    await runInSlices(work.step, 8, work.onYield, clock);
    expect(clock.longestTaskMs).toBe(8);
    expect(work.slices).toEqual([[1, 1, 1, 1, 1, 1, 1, 1], [6], [2, 1]]);
    for (const slice of work.slices.slice(0, -1)) {
      expect(slice.reduce((sum, length) => sum + length, 0)).toBeLessThanOrEqual(8);
    }
  });

  it('counts work done just before, in the same task, as part of the first slice’s task', async () => {
    const work = fakeWork([5, 5, 5]);
    const clock = newWorkClock();
    clock.taskMs = 4;
    await runInSlices(work.step, 8, work.onYield, clock);
    expect(work.slices).toEqual([[5], [5], [5]]);
    expect(clock.longestTaskMs).toBe(9);
    expect(clock.workMs).toBe(15);
  });

  it('gives up when told to between slices', async () => {
    const work = fakeWork([5, 5, 5, 5]);
    expect(await runInSlices(work.step, 8, () => true)).toBe(false);
    expect(work.slices).toEqual([[5]]);
  });
});
