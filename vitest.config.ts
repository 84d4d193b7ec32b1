import { defineConfig } from 'vitest/config';

const UNIT = ['shared/src/**/*.test.ts', 'edge/src/**/*.test.ts', 'web/src/**/*.test.ts'];

// One `pnpm test` runs every suite: unit tests beside the code, then the cross-package tests.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: UNIT, environment: 'node' } },
      // The same unit tests where the clock is 13 h 45 ahead of UTC, and where it is 3 h 30 behind:
      // a date taken in UTC instead of the user's zone, or an offset's sign or half hour lost, fails.
      {
        test: { name: 'unit-tz-chatham', include: UNIT, environment: 'node', env: { TZ: 'Pacific/Chatham' } },
      },
      {
        test: {
          name: 'unit-tz-st-johns',
          include: UNIT,
          environment: 'node',
          env: { TZ: 'America/St_Johns' },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // A PostgreSQL server of the run's own (or TEST_PG_ADMIN_URL's): nothing to start by hand.
          globalSetup: ['tests/support/test-postgres.ts'],
          setupFiles: ['tests/support/no-network.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts', 'tests/support/test-postgres.ts'],
          setupFiles: ['tests/support/no-network.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Chromium and the edge server share two cores: one browser file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
