/**
 * The arguments of `pnpm deploy:check URL [--origin PWA_ORIGIN] [--supabase-url URL]`: what is
 * checked comes from them only (the command reads no environment), so it checks a deployment
 * from any machine.
 */
import { parseArgs } from 'node:util';

export const DEPLOY_CHECK_USAGE =
  'usage: pnpm deploy:check URL [--origin PWA_ORIGIN] [--supabase-url SUPABASE_URL]\n' +
  '                             [--publishable-key KEY | --token ACCESS_TOKEN]\n' +
  "  URL               what API_URL is set to: https://<ref>.supabase.co/functions/v1, or your server's origin\n" +
  '  --origin          where the PWA is hosted (e.g. https://voicetrack.netlify.app): its page, its CSP and CORS from there\n' +
  '  --supabase-url    the project URL (default: the origin of a URL under /functions/v1)\n' +
  '  --publishable-key the project’s publishable key: an anonymous sign-in makes the signed-in request\n' +
  '  --token           or a signed-in session’s access token for it\n';

export interface DeployTarget {
  /** The API base, without a trailing slash: the app's routes are `<apiUrl>/api/...`. */
  apiUrl: string;
  /** The PWA's origin, to check CORS from. */
  origin: string | undefined;
  /** The Supabase project URL: Auth's JWKS, and Supabase mode (tokens required). */
  supabaseUrl: string | undefined;
  /** For the signed-in request: an anonymous sign-in with this key… */
  publishableKey?: string | undefined;
  /** …or this access token. */
  token?: string | undefined;
}

export type DeployArgs = { target: DeployTarget } | { help: true } | { error: string };

function httpUrl(raw: string, what: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `${what} must be an http(s) URL, got "${raw}"`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `${what} must be an http(s) URL, got "${raw}"`;
  if (url.search || url.hash) return `${what} must have no query or fragment, got "${raw}"`;
  return url;
}

const withoutSlash = (url: URL) => `${url.origin}${url.pathname}`.replace(/\/+$/, '');

/**
 * The project URL behind a functions base: Supabase serves the functions under `/functions/v1`
 * of the project's own origin (hosted `https://<ref>.supabase.co`, or a self-hosted Supabase).
 * A longer path (`…/functions/v1/api`, a usual mistake) still names the project.
 */
export function supabaseUrlOf(apiUrl: string): string | undefined {
  const url = new URL(apiUrl);
  return /^\/functions\/v1(?:\/|$)/.test(url.pathname) ? url.origin : undefined;
}

const OPTIONS = {
  origin: { type: 'string' },
  'supabase-url': { type: 'string' },
  'publishable-key': { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const parse = (argv: readonly string[]) =>
  parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });

export function readDeployArgs(argv: readonly string[]): DeployArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) return { error: 'give one URL: what API_URL is set to' };
  const api = httpUrl(positionals[0] as string, 'URL');
  if (typeof api === 'string') return { error: api };

  let origin: string | undefined;
  if (values.origin !== undefined) {
    const url = httpUrl(values.origin, '--origin');
    if (typeof url === 'string') return { error: url };
    // CORS compares exact origins: a path or a trailing slash in CORS_ORIGINS never matches.
    if (url.pathname !== '/' || values.origin.endsWith('/'))
      return {
        error: `--origin must be an origin, scheme://host[:port] with no path nor trailing slash, e.g. ${url.origin}`,
      };
    origin = url.origin;
  }

  let supabaseUrl: string | undefined;
  if (values['supabase-url'] !== undefined) {
    const url = httpUrl(values['supabase-url'], '--supabase-url');
    if (typeof url === 'string') return { error: url };
    supabaseUrl = withoutSlash(url);
  }
  const publishableKey = values['publishable-key']?.trim();
  const token = values.token?.trim();
  if (publishableKey !== undefined && token !== undefined)
    return { error: 'give --publishable-key or --token, not both' };
  // A secret key would sign in with every right: never one here, as never in the PWA.
  if (publishableKey?.startsWith('sb_secret_'))
    return { error: '--publishable-key must be the publishable key (sb_publishable_…), never a secret key' };
  const apiUrl = withoutSlash(api);
  return {
    target: {
      apiUrl,
      origin,
      supabaseUrl: supabaseUrl ?? supabaseUrlOf(apiUrl),
      ...(publishableKey ? { publishableKey } : {}),
      ...(token ? { token } : {}),
    },
  };
}
