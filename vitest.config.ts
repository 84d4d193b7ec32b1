import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './tests/support/longest-first.ts';

const UNIT = ['shared/src/**/*.test.ts', 'edge/src/**/*.test.ts', 'web/src/**/*.test.ts'];

/**
 * The edge's unit files that open a store (`openStore`: PGlite in memory, its WebAssembly and
 * every migration, seconds each): use cases whose dates come from the request's time zone, not
 * the process's. They run in one zone, the one furthest from UTC (where a date taken in the
 * process's zone instead of the user's shows), instead of three. Found by what they call, so a
 * new one is counted without a list to keep.
 */
const EDGE_SRC = fileURLToPath(new URL('edge/src/', import.meta.url));
const STORE_FILES = readdirSync(EDGE_SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && /\bopenStore\(/.test(readFileSync(EDGE_SRC + f, 'utf8')))
  .map((f) => `edge/src/${f}`);

/**
 * The unit tests are pure and inject what they use, so their files share one module graph per
 * worker (`isolate: false`): the parser, its lexicons and valibot load once, not once per file
 * (most of the unit projects' time). Each runs in its time zone's own workers.
 */
const unit = (name: string, env: Record<string, string> = {}, exclude: string[] = []) => ({
  test: {
    name,
    include: UNIT,
    exclude: [...configDefaults.exclude, ...exclude],
    environment: 'node',
    env,
    isolate: false,
    setupFiles: ['web/src/unit-setup.ts'],
  },
});

// One `pnpm test` runs every suite: unit tests beside the code, then the cross-package tests.
export default defineConfig({
  test: {
    // One temporary folder for the whole run, removed at its end (tests/support/run-tmpdir.ts).
    globalSetup: ['tests/support/run-tmpdir.ts'],
    // Unit files two at a time (Vitest's default is one less than the cores: a single worker on
    // CI's two). The other suites say their own.
    maxWorkers: 2,
    // Firefox's and WebKit's e2e files first among the e2e files (the longest; see the class).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      unit('unit', {}, STORE_FILES),
      // The same unit tests where the clock is 13 h 45 ahead of UTC, and where it is 3 h 30 behind:
      // a date taken in UTC instead of the user's zone, or an offset's sign or half hour lost, fails.
      // The files that open a store run in the first of these zones only.
      unit('unit-tz-chatham', { TZ: 'Pacific/Chatham' }),
      unit('unit-tz-st-johns', { TZ: 'America/St_Johns' }, STORE_FILES),
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // A PostgreSQL server of the run's own (or TEST_PG_ADMIN_URL's): nothing to start by hand.
          globalSetup: ['tests/support/test-postgres.ts', 'tests/support/pglite-image.ts'],
          setupFiles: ['tests/support/no-network.ts', 'tests/support/pglite-image-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two files at a time (one per core), after the unit files. They share the run's
          // PostgreSQL server, whose roles are the cluster's: the global setup makes the shared
          // ones first, and a hosted-Supabase setup changes its own under a lock (postgres.ts
          // withClusterLock), since two at once fail with "tuple concurrently updated".
          maxWorkers: 2,
          // The files of a worker share its process and module graph, as the unit and e2e files
          // do: a new process per file was most of the phase's CPU (setup 368 s and import 159 s of
          // a 1,432 s run beside other work, 56 s and 37 s without; 14 min 11 s → 8 min 46 s of CPU).
          // Each file still opens its own databases and servers. A server started by an earlier
          // file leaves @hono/node-server's Request and Response in the globals, as the deployed
          // server runs.
          isolate: false,
          sequence: { groupOrder: 1 },
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
          // expect.poll's default 1 s is a busy machine's step (a note typed, then its row drawn):
          // edit-clocks' row came after it in a CI run beside other work. A poll still passes at
          // its first true answer; only a failure takes longer to say.
          expect: { poll: { timeout: 10_000 } },
          // Two files at a time, after the other suites (their own group). One file keeps about
          // one of CI's two cores busy (its browser, the server, Caddy): one at a time, the other
          // mostly waited through the e2e phase (tests/README.md). Each of the two workers keeps its
          // modules, the run's CA and the Chromium its files borrow (harness.ts launchBrowser),
          // made once per worker, not per file. Three at a time was tried (round 29): each file
          // took 1.3–1.6 times as long (engine-webkit 173 → 244 s) and the run no shorter.
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
