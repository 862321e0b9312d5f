/**
 * Test tiers, named by where they run:
 * - `unit`: `src/**\/*.test.ts` beside the code and `tests/unit/**\/*.test.ts`, in Node; files that need a DOM say
 *   `// @vitest-environment happy-dom` at the top.
 * - `e2e`: `tests/e2e/**\/*.e2e.ts`, which load the built test extension (dist/*-test) in Debian's Chromium and
 *   Firefox ESR. One file at a time: two browsers at once on two cores make timings meaningless.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // A few tests spawn the glossary and build tools; shared machines can be slow to start them.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
