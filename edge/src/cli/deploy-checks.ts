/**
 * The checks of `pnpm deploy:check`, over HTTP only: what a phone's browser will meet when the
 * PWA calls the deployed API. Each says in plain words what is wrong and how to fix it.
 */
import { HealthSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import type { DeployTarget } from './deploy-args.ts';
import { checkSignedIn } from './deploy-auth.ts';
import {
  type CheckResult,
  call,
  corsFix,
  errorCode,
  type Fetch,
  json,
  VERIFY_JWT_FIX,
} from './deploy-http.ts';
import { checkPage } from './deploy-page.ts';

export type { CheckResult };

/** GET /api/health's answer, asked once: the health check reads it, and so does the JWKS check. */
type HealthAnswer = ReturnType<typeof call>;
const askHealth = (target: DeployTarget, fetchImpl: Fetch): HealthAnswer =>
  call(fetchImpl, `${target.apiUrl}/api/health`);

export async function checkHealth(target: DeployTarget, answer: HealthAnswer): Promise<CheckResult> {
  const name = 'API health';
  const url = `${target.apiUrl}/api/health`;
  const res = await answer;
  if ('error' in res)
    return {
      name,
      outcome: 'fail',
      detail: `could not reach ${url} (${res.error})`,
      fix: "check the address: the functions base (https://<ref>.supabase.co/functions/v1) or your server's origin",
    };
  const base = target.apiUrl.replace(/\/api$/i, '');
  // The function answers /api/api/health with 404, or with 401 in Supabase mode (its token
  // check runs before its routes): either way, the URL is the mistake.
  if (res.status !== 200 && base !== target.apiUrl)
    return {
      name,
      outcome: 'fail',
      detail: `${url} answered ${res.status}`,
      fix: `API_URL must be the functions base, not …/api: the app adds /api/… itself. Use ${base} (in pnpm build too)`,
    };
  if (res.status === 401)
    return {
      name,
      outcome: 'fail',
      detail: `${url} answered 401`,
      // Health never asks for a token: a 401 in the app's own words means another path.
      fix: errorCode(res.text)
        ? "URL is not the API's base: the functions base or your server's origin"
        : VERIFY_JWT_FIX,
    };
  if (res.status === 404)
    return {
      name,
      outcome: 'fail',
      detail: `${url} answered 404`,
      fix:
        (json(res.text) as { code?: unknown } | undefined)?.code === 'NOT_FOUND'
          ? 'this project has no function named api: supabase functions deploy api'
          : 'URL must be the functions base (https://<ref>.supabase.co/functions/v1) or, for a server of your own, its origin',
    };
  const health = v.safeParse(HealthSchema, json(res.text));
  if (!health.success && res.status >= 500)
    return {
      name,
      outcome: 'fail',
      detail: `${url} answered ${res.status} (${res.text.slice(0, 120).trim() || 'empty'}): the function did not run`,
      fix:
        "read the function's logs (Dashboard → Edge Functions → api → Logs): it stops at start when it cannot " +
        'reach its database, so check DATABASE_URL (the transaction pooler URL, port 6543, with the password)',
    };
  if (!health.success)
    return {
      name,
      outcome: 'fail',
      detail: `${url} answered ${res.status} without VoiceTrack's health (${res.text.slice(0, 120).trim() || 'empty'})`,
      fix: "URL must point at the API, not at the PWA's host: the functions base or your server's origin",
    };
  const { status, database, providers, version } = health.output;
  if (status !== 'ok' || res.status !== 200)
    return {
      name,
      outcome: 'fail',
      detail: `the API runs (version ${version}) but its database is degraded: unreachable, or migrations not applied`,
      fix:
        'apply the migrations (supabase db push) and check DATABASE_URL: the transaction pooler URL, port 6543, ' +
        "with the database password (supabase secrets list); the function's logs say which",
    };
  return {
    name,
    outcome: 'pass',
    detail: `${url}: ok (version ${version}, ${database.kind}, speech-to-text: ${providers.transcription ?? 'none'})`,
    ...(providers.transcription
      ? {}
      : {
          fix: 'no speech-to-text key: voice notes will wait on the phone. supabase secrets set GROQ_API_KEY=…',
        }),
  };
}

export async function checkCors(target: DeployTarget, fetchImpl: Fetch = fetch): Promise<CheckResult> {
  const { origin } = target;
  const name = `CORS from ${origin ?? 'the PWA'}`;
  if (!origin)
    return { name, outcome: 'skip', detail: 'pass --origin https://<where the PWA is hosted> to check it' };
  const url = `${target.apiUrl}/api/text`;
  const res = await call(fetchImpl, url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });
  if ('error' in res) return { name, outcome: 'fail', detail: `could not reach ${url} (${res.error})` };
  if (res.status === 401)
    return { name, outcome: 'fail', detail: `the preflight to ${url} answered 401`, fix: VERIFY_JWT_FIX };
  const allowed = res.headers.get('access-control-allow-origin');
  if (res.status < 300 && (allowed === origin || allowed === '*'))
    return { name, outcome: 'pass', detail: `a preflight from ${origin} to ${url} is allowed` };
  return {
    name,
    outcome: 'fail',
    detail: `a preflight from ${origin} to ${url} got ${res.status} with ${allowed ? `Access-Control-Allow-Origin: ${allowed}` : 'no Access-Control-Allow-Origin'}: the browser will refuse every call`,
    fix: corsFix(origin),
  };
}

/** The project's published keys, asked once: the JWKS check reads them, and so does the signed-in request. */
type JwksAnswer = ReturnType<typeof call> | null;
const jwksUrl = (target: DeployTarget) => `${target.supabaseUrl}/auth/v1/.well-known/jwks.json`;
const askJwks = (target: DeployTarget, fetchImpl: Fetch): JwksAnswer =>
  target.supabaseUrl ? call(fetchImpl, jwksUrl(target)) : null;
async function keysOf(answer: JwksAnswer): Promise<{ alg?: unknown; kid?: unknown }[] | null> {
  const res = await answer;
  if (!res || 'error' in res) return null;
  const keys = (json(res.text) as { keys?: unknown } | undefined)?.keys;
  return Array.isArray(keys) ? keys : null;
}

export async function checkJwks(
  target: DeployTarget,
  jwks: JwksAnswer,
  health: HealthAnswer,
): Promise<CheckResult> {
  const name = 'Supabase signing keys (JWKS)';
  const res = await jwks;
  if (!target.supabaseUrl || !res)
    return {
      name,
      outcome: 'skip',
      detail: 'no Supabase project: pass --supabase-url https://<ref>.supabase.co',
    };
  const url = jwksUrl(target);
  if ('error' in res) return { name, outcome: 'fail', detail: `could not reach ${url} (${res.error})` };
  const keys = (json(res.text) as { keys?: unknown } | undefined)?.keys;
  if (res.status !== 200 || !Array.isArray(keys))
    return {
      name,
      outcome: 'fail',
      detail: `${url} answered ${res.status} without a key set`,
      fix: '--supabase-url must be the project URL, https://<ref>.supabase.co (Project Settings → API)',
    };
  if (keys.length === 0) {
    // A project on the legacy JWT secret works when the function was given that secret.
    if (hasLegacySecret(await health))
      return {
        name,
        outcome: 'pass',
        detail: `${url} lists no signing key (the project signs with its legacy JWT secret), and the function verifies with it (VOICETRACK_JWT_SECRET)`,
      };
    return {
      name,
      outcome: 'fail',
      detail: `${url} lists no signing key: the project still signs tokens with the legacy JWT secret, which the function was not given`,
      fix:
        'move the project to JWT signing keys (Project Settings → JWT Keys), or give the function the legacy ' +
        'secret: supabase secrets set VOICETRACK_JWT_SECRET=<the JWT secret>',
    };
  }
  const algs = [...new Set(keys.map((k) => String((k as { alg?: unknown }).alg ?? '?')))].join(', ');
  return { name, outcome: 'pass', detail: `${url}: ${keys.length} key(s) (${algs})` };
}

/** Whether the API says it verifies HS256 tokens with the legacy JWT secret (GET /api/health). */
function hasLegacySecret(res: Awaited<HealthAnswer>): boolean {
  if ('error' in res) return false;
  const health = v.safeParse(HealthSchema, json(res.text));
  return health.success && health.output.auth?.legacySecret === true;
}

export async function checkRefusesAnonymous(
  target: DeployTarget,
  fetchImpl: Fetch = fetch,
): Promise<CheckResult> {
  const name = 'a note without a token';
  if (!target.supabaseUrl)
    return { name, outcome: 'skip', detail: 'not in Supabase mode: pass --supabase-url to check it' };
  const url = `${target.apiUrl}/api/text`;
  const { origin } = target;
  const res = await call(fetchImpl, url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: '{}',
  });
  if ('error' in res) return { name, outcome: 'fail', detail: `could not reach ${url} (${res.error})` };
  const code = errorCode(res.text);
  if (res.status === 401 && code === undefined)
    return { name, outcome: 'fail', detail: `${url} answered the gateway's 401`, fix: VERIFY_JWT_FIX };
  if (code === 'cross_site_request' && origin)
    return {
      name,
      outcome: 'fail',
      detail: `the API refused ${origin} as another site`,
      fix: corsFix(origin),
    };
  if (res.status !== 401 || code !== 'missing_token')
    return {
      name,
      outcome: 'fail',
      detail: `${url} answered ${res.status}${code ? ` ${code}` : ''} instead of 401 missing_token`,
      fix: 'the API is not in Supabase mode: it needs SUPABASE_URL (Supabase gives it to functions)',
    };
  const allowed = res.headers.get('access-control-allow-origin');
  if (origin && allowed !== origin && allowed !== '*')
    return {
      name,
      outcome: 'fail',
      detail: `the 401 carries no Access-Control-Allow-Origin for ${origin}: the app would see a network error, not "sign in"`,
      fix: corsFix(origin),
    };
  return {
    name,
    outcome: 'pass',
    detail: `the function itself answered 401 missing_token${origin ? ', with CORS headers' : ''}`,
  };
}

export async function runDeployChecks(
  target: DeployTarget,
  fetchImpl: Fetch = fetch,
): Promise<CheckResult[]> {
  const health = askHealth(target, fetchImpl);
  const jwks = askJwks(target, fetchImpl);
  return Promise.all([
    checkHealth(target, health),
    checkPage(target, fetchImpl),
    checkCors(target, fetchImpl),
    checkJwks(target, jwks, health),
    checkRefusesAnonymous(target, fetchImpl),
    checkSignedIn(target, fetchImpl, keysOf(jwks)),
  ]);
}
