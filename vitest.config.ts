import { defineConfig } from 'vitest/config';

// Unit, data and build-output tests sit beside their code or in tests/; browser tests in
// tests/e2e/ run against the built dist/ in Debian's Chromium. Vitest's default on a 2-core machine
// is one file at a time; most files wait on a child process (a build, Chromium, validate), so two run
// at once, browser files included (each serves dist/ on its own port with its own browser).
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      // A loaded 2-core machine can take seconds to fetch and draw: polls wait up to 15 s. Tests
      // marked concurrent (the accessibility sample) run two pages at a time.
      { test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, maxConcurrency: 2, expect: { poll: { timeout: 15_000 } } } },
    ],
  },
});
