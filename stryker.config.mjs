// @ts-check
/**
 * Mutation testing of the pure core (`pnpm test:mutation:all`; `pnpm test:mutation` narrows `mutate` to
 * a branch's changed files, tests/mutation/run.ts): Stryker changes one thing at a time in
 * these files (a `>=` into `>`, a `+` into `-`, a condition into `true`…) and runs the unit tests
 * that cover it; a change no test notices is a hole. Scores per file are printed, the report is
 * reports/mutation/mutation.json (mutation-testing-elements schema), and tests/mutation/scores.ts
 * fails the run when a file is under 85 %. Incremental: a second run re-tests only what changed.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    // Money, edits, CSV, budgets (budgets.ts itself only declares schemas, run at import), recurring dates.
    'shared/src/money.ts',
    'shared/src/edits.ts',
    'shared/src/csv.ts',
    'shared/src/budget-progress.ts',
    'shared/src/budget-alerts.ts',
    'shared/src/recurring-dates.ts',
    // The parser's readers of numbers, dates and currencies.
    'shared/src/parse/digits.ts',
    'shared/src/parse/number-words.ts',
    'shared/src/parse/read-amount.ts',
    'shared/src/parse/currencies.ts',
    'shared/src/parse/relative-dates.ts',
    'shared/src/parse/day-of-month.ts',
    // The outbox's decisions (a glob: the PWA's folders move).
    'web/src/**/outbox-machine.ts',
    // The HTTP security and auth layer.
    'edge/src/http/security.ts',
    'edge/src/http/access.ts',
    'edge/src/http/auth.ts',
    'edge/src/http/rate-limit.ts',
  ],
  // Each mutant runs only the tests that reach it. No TypeScript checker: type-checking every
  // mutant would cost more than the few type-invalid mutants the tests do not already catch.
  coverageAnalysis: 'perTest',
  // Mutants in code that runs once at import (the currency words' table, regexes built at load)
  // would need every test run on a fresh import each: 65 % of the time for 19 % of the mutants.
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    allowEmojis: false,
    reportScoreTable: true,
    reportMutants: false,
  },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // A mutant that loops forever is stopped (and counted as caught) after 5 s more than its tests took.
  timeoutMS: 5_000,
};
