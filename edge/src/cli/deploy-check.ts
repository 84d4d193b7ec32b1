/**
 * `pnpm deploy:check URL [--origin PWA_ORIGIN] [--supabase-url URL] [--publishable-key KEY |
 * --token TOKEN]`: calls a deployed API the way the PWA will (health, which compares the applied
 * migrations with the function's own list; the PWA's page and its CSP; a CORS preflight from
 * its origin; the project's signing keys; a note without a token; a signed-in request) and
 * prints what is wrong in plain words, with the fix.
 * Exit 0 when every check passed (skipped ones aside), 1 when one failed, 2 on bad arguments.
 */
import { DEPLOY_CHECK_USAGE, readDeployArgs } from './deploy-args.ts';
import { runDeployChecks } from './deploy-checks.ts';

const args = readDeployArgs(process.argv.slice(2));
if ('help' in args) {
  process.stdout.write(DEPLOY_CHECK_USAGE);
  process.exit(0);
}
if ('error' in args) {
  process.stderr.write(`deploy:check: ${args.error}\n${DEPLOY_CHECK_USAGE}`);
  process.exit(2);
}

const { target } = args;
const out: string[] = [
  `Checking the VoiceTrack API at ${target.apiUrl}`,
  `  PWA origin:       ${target.origin ?? '(not given)'}`,
  `  Supabase project: ${target.supabaseUrl ?? '(none: a server of your own in local mode)'}`,
  `  Signed in with:   ${target.token ? 'the token given' : target.publishableKey ? 'an anonymous sign-in (the publishable key)' : '(nothing: the signed-in request is skipped)'}`,
  '',
];
const results = await runDeployChecks(target);
const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;
for (const r of results) {
  out.push(`${LABEL[r.outcome]}  ${r.name}: ${r.detail}`);
  if (r.fix) out.push(`      ${r.outcome === 'fail' ? 'fix' : 'note'}: ${r.fix}`);
}
const count = (o: 'pass' | 'fail' | 'skip') => results.filter((r) => r.outcome === o).length;
out.push(
  '',
  count('fail') === 0
    ? `All ${count('pass')} checks passed${count('skip') ? ` (${count('skip')} skipped)` : ''}.`
    : `${count('fail')} of ${results.length} checks failed: fix them and run this again.`,
);
process.stdout.write(`${out.join('\n')}\n`);
process.exit(count('fail') === 0 ? 0 : 1);
