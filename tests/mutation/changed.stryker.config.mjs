// @ts-check
/**
 * `pnpm test:mutation` on a branch's changed core files (tests/mutation/run.ts passes `--mutate`):
 * the root config, with a report of its own, so a partial run never stands for the whole set's
 * (reports/mutation/mutation.json, `pnpm test:mutation:all`). Not incremental: those files are
 * tested whole each time (a few hundred mutants), and the report names only them.
 */
import base from '../../stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  incremental: false,
  jsonReporter: { fileName: 'reports/mutation/changed/mutation.json' },
};
