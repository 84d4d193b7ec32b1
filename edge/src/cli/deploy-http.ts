/**
 * What the checks of `pnpm deploy:check` share: one HTTP call that never throws (a network error
 * is an answer too), the reading of bodies, and the fixes several checks give.
 */
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';

export interface CheckResult {
  name: string;
  outcome: 'pass' | 'fail' | 'skip';
  detail: string;
  /** What to do about a failure (or a warning on a pass). */
  fix?: string;
}

export type Fetch = typeof fetch;
const TIMEOUT_MS = 10_000;

export const VERIFY_JWT_FIX =
  'the gateway checks JWTs before the function runs: set verify_jwt = false under [functions.api] in ' +
  'supabase/config.toml and deploy again (supabase functions deploy api); the function verifies tokens itself';

export const corsFix = (origin: string) =>
  `add ${origin} to CORS_ORIGINS: supabase secrets set CORS_ORIGINS=${origin} ` +
  '(comma-separated with any other origin; a server of your own reads CORS_ORIGINS from its environment)';

export async function call(
  fetchImpl: Fetch,
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; text: string } | { error: string }> {
  try {
    const res = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}

export function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The app's own error code in a body, or undefined (the gateway's and others' bodies have none). */
export const errorCode = (text: string) => {
  const body = v.safeParse(ErrorBodySchema, json(text));
  return body.success ? body.output.error.code : undefined;
};
