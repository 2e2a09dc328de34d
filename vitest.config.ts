import { defineConfig } from 'vitest/config';

// Unit, data and build-output tests sit beside their code or in tests/; browser tests in
// tests/e2e/ run against the built dist/ in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      // A loaded 2-core machine can take seconds to fetch and draw: polls wait up to 15 s.
      { test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false, expect: { poll: { timeout: 15_000 } } } },
    ],
  },
});
