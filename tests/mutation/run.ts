/**
 * `pnpm test:mutation`: Stryker on the core files this branch changed (against its merge-base
 * with main: commits, edits not yet committed, new files), and on a core file whose test beside it
 * (`x.test.ts` or `x-*.test.ts` for `x.ts`, or `x-fixtures.ts` they share) changed; `pnpm test:mutation:all` (`--all`): on every core file
 * (stryker.config.mjs's `mutate`). A branch's run has a report of its own
 * (changed.stryker.config.mjs), so it never stands for the whole set's.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const all = process.argv.includes('--all');
const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean);

// Imported by its URL: a JavaScript config, read at run time, not type-checked from here.
const { default: config } = (await import(new URL('../../stryker.config.mjs', import.meta.url).href)) as {
  default: { mutate: string[] };
};
/** The tracked files the config's patterns name (git's pathspecs match `*` across folders). */
const coreFiles = git('ls-files', '--', ...config.mutate);

function mergeBase(): string | null {
  for (const branch of ['main', 'origin/main']) {
    try {
      return git('merge-base', 'HEAD', branch)[0] ?? null;
    } catch {}
  }
  return null;
}

function changedCoreFiles(base: string): string[] {
  const changed = new Set([
    ...git('diff', '--name-only', base, '--'),
    ...git('ls-files', '--others', '--exclude-standard'),
  ]);
  // x.ts's tests: x.test.ts, x-<part>.test.ts when they are several, and x-fixtures.ts they share.
  const testsOf = (f: string) => {
    const stem = f.replace(/\.ts$/, '');
    return (c: string) =>
      c === `${stem}.test.ts` ||
      c === `${stem}-fixtures.ts` ||
      (c.startsWith(`${stem}-`) && c.endsWith('.test.ts'));
  };
  return coreFiles.filter((f) => changed.has(f) || [...changed].some(testsOf(f)));
}

function run(command: string, args: string[]): void {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

const stryker = 'node_modules/.bin/stryker';
const base = all ? null : mergeBase();
if (all || base === null) {
  if (!all) console.log('No main branch to compare with: every core file is mutated.');
  run(stryker, ['run']);
  run('node_modules/.bin/tsx', ['tests/mutation/scores.ts']);
} else {
  const files = changedCoreFiles(base);
  if (files.length === 0) {
    console.log(
      `No core file (nor its test) changed since main (${base.slice(0, 7)}): nothing to mutate. ` +
        '`pnpm test:mutation:all` mutates every one.',
    );
    process.exit(0);
  }
  console.log(`Core files changed since main (${base.slice(0, 7)}): ${files.join(', ')}`);
  const report = 'reports/mutation/changed/mutation.json';
  run(stryker, ['run', 'tests/mutation/changed.stryker.config.mjs', '--mutate', files.join(',')]);
  run('node_modules/.bin/tsx', ['tests/mutation/scores.ts', report]);
}
