/**
 * The tests `pnpm test:mutation` runs against each mutant: the unit tests of the core (no
 * database, no browser). The parser's readers are judged by their own table tests; the tests of
 * the whole parser (parse-expense-text, categorize…) are left out, as each would load the whole
 * parser and its 4,434-brand lexicon again for every mutant (minutes per file). The workspace
 * packages are aliased to their sources, so a test that imports '@voicetrack/shared' sees the
 * mutated copy in Stryker's sandbox, not the original.
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
    include: [
      'shared/src/*.test.ts',
      'shared/src/parse/{digits,number-words,read-amount,match-currency,match-date,day-of-month}.test.ts',
      'web/src/**/outbox-machine*.test.ts',
      'edge/src/http/*.test.ts',
    ],
    environment: 'node',
  },
});
