/**
 * `pnpm deploy:check`'s signed-in request: a note can be saved only if a signed-in person's token
 * gets through the function to the database. With `--token` (a session's access token) or
 * `--publishable-key` (an anonymous sign-in, as « Continuer sans compte » does), it calls
 * GET /api/expenses as that person, and reads the token's header beside the published keys: a
 * project half-way through its move to signing keys publishes ES256 keys while it still signs
 * sessions HS256 with the legacy secret, which the function refuses unless it was given that secret.
 */
import { ExpenseListSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import type { DeployTarget } from './deploy-args.ts';
import { type CheckResult, call, errorCode, type Fetch, json } from './deploy-http.ts';

/** The JWT's protected header, read without verifying anything (that is the function's work). */
export function tokenHeader(token: string): { alg?: string; kid?: string } | null {
  const [head] = token.split('.');
  if (!head) return null;
  try {
    const decoded = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as unknown;
    return decoded && typeof decoded === 'object' ? (decoded as { alg?: string; kid?: string }) : null;
  } catch {
    return null;
  }
}

type Keys = { alg?: unknown; kid?: unknown }[];

/** What the token's header says beside the published keys, when that explains a refusal. */
function keyMismatch(header: { alg?: string; kid?: string } | null, keys: Keys | null): string | null {
  if (!header || !keys || keys.length === 0) return null;
  const algs = [...new Set(keys.map((k) => String(k.alg ?? '?')))].join(', ');
  if (header.alg === 'HS256')
    return `the token is signed HS256 (the legacy JWT secret) while the project publishes ${algs} keys`;
  if (header.kid && !keys.some((k) => k.kid === header.kid))
    return `the token's key (kid ${header.kid}) is not among the ${keys.length} published key(s)`;
  return null;
}

/** A token: the one given, or an anonymous sign-in's with the publishable key. */
async function tokenFor(
  target: DeployTarget,
  fetchImpl: Fetch,
): Promise<{ token: string; how: string } | { error: string; fix?: string }> {
  if (target.token) return { token: target.token, how: 'the token given' };
  if (!target.publishableKey || !target.supabaseUrl) return { error: 'none' };
  const url = `${target.supabaseUrl}/auth/v1/signup`;
  const res = await call(fetchImpl, url, {
    method: 'POST',
    headers: { apikey: target.publishableKey, 'content-type': 'application/json' },
    body: JSON.stringify({ data: {} }),
  });
  if ('error' in res) return { error: `could not reach ${url} (${res.error})` };
  const token = (json(res.text) as { access_token?: unknown } | undefined)?.access_token;
  if (res.status !== 200 || typeof token !== 'string')
    return {
      error: `an anonymous sign-in at ${url} answered ${res.status} (${res.text.slice(0, 120).trim() || 'empty'})`,
      fix:
        'turn Anonymous sign-ins on (Authentication → Sign In / Providers), check the publishable key ' +
        '(Project Settings → API Keys), or pass --token <a signed-in session’s access token> instead',
    };
  return { token, how: 'an anonymous sign-in (a new anonymous user, seen in Authentication → Users)' };
}

export async function checkSignedIn(
  target: DeployTarget,
  fetchImpl: Fetch,
  keys: Promise<Keys | null>,
): Promise<CheckResult> {
  const name = 'a signed-in request';
  if (!target.supabaseUrl)
    return { name, outcome: 'skip', detail: 'not in Supabase mode: pass --supabase-url to check it' };
  const got = await tokenFor(target, fetchImpl);
  if ('error' in got) {
    if (got.error === 'none')
      return {
        name,
        outcome: 'skip',
        detail:
          'pass --publishable-key sb_publishable_… (an anonymous sign-in) or --token <access token> to check that a signed-in person reaches the database',
      };
    return { name, outcome: 'fail', detail: got.error, ...(got.fix ? { fix: got.fix } : {}) };
  }
  const url = `${target.apiUrl}/api/expenses?limit=1`;
  const res = await call(fetchImpl, url, {
    headers: { authorization: `Bearer ${got.token}`, ...(target.origin ? { origin: target.origin } : {}) },
  });
  if ('error' in res) return { name, outcome: 'fail', detail: `could not reach ${url} (${res.error})` };
  const code = errorCode(res.text);
  const mismatch = keyMismatch(tokenHeader(got.token), await keys);
  if (res.status === 401)
    return {
      name,
      outcome: 'fail',
      detail: `GET /api/expenses with ${got.how} answered 401${code ? ` ${code}` : ''}${mismatch ? `: ${mismatch}` : ''}`,
      fix: mismatch?.includes('HS256')
        ? 'give the function the legacy secret while sessions are still signed with it: supabase secrets set ' +
          'VOICETRACK_JWT_SECRET=<the legacy JWT secret> (or finish the move: Project Settings → JWT Keys, rotate)'
        : mismatch
          ? 'the project rotated its keys: sign in again for a fresh token (the function fetches new keys by itself)'
          : 'the token is expired or not this project’s: sign in again, and check SUPABASE_URL is this project',
    };
  if (res.status >= 500)
    return {
      name,
      outcome: 'fail',
      detail: `GET /api/expenses with ${got.how} answered ${res.status}${code ? ` ${code}` : ''}: the function cannot read as that person`,
      fix:
        "read the function's logs: the role voicetrack_api comes with the migrations (supabase db push), and " +
        'DATABASE_URL must log in as postgres (the pooler URL of Dashboard → Connect)',
    };
  const list = v.safeParse(ExpenseListSchema, json(res.text));
  if (res.status !== 200 || !list.success)
    return {
      name,
      outcome: 'fail',
      detail: `GET /api/expenses with ${got.how} answered ${res.status}${code ? ` ${code}` : ''} without a list`,
      fix: "URL must be the API's base: the functions base or your server's origin",
    };
  return {
    name,
    outcome: 'pass',
    detail: `GET /api/expenses with ${got.how}: 200, ${list.output.expenses.length} expense(s) seen`,
  };
}
