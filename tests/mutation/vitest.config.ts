/**
 * The tests `pnpm test:mutation` runs against each mutant: the unit tests of the core only (fast,
 * no database, no browser). The workspace packages are aliased to their sources here, so a test
 * that imports '@voicetrack/shared' sees the mutated copy in Stryker's sandbox, not the original.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: '@voicetrack/shared/parser', replacement: root('shared/src/parse/index.ts') },
      { find: /^@voicetrack\/shared$/, replacement: root('shared/src/index.ts') },
    ],
  },
  test: {
    root: root(''),
    include: ['shared/src/**/*.test.ts', 'web/src/**/outbox*.test.ts', 'edge/src/http/**/*.test.ts'],
    environment: 'node',
  },
});
