/**
 * `pnpm deploy:check`'s look at the PWA itself: the page at `--origin` answers, and its
 * Content-Security-Policy (the `_headers` or `vercel.json` that `pnpm build` wrote) lets it reach
 * the API and Supabase. A PWA built for another API_URL blocks every call in the browser, with
 * nothing wrong on the server's side.
 */
import type { DeployTarget } from './deploy-args.ts';
import { type CheckResult, call, type Fetch } from './deploy-http.ts';

/** The sources of a directive (connect-src, else default-src), or null when the policy has neither. */
export function connectSources(policy: string): string[] | null {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [(parts[0] as string).toLowerCase(), parts.slice(1)] as const),
  );
  return directives.get('connect-src') ?? directives.get('default-src') ?? null;
}

/** Whether a CSP source list lets a page of `pageOrigin` connect to `url`'s origin. */
export function allows(sources: readonly string[], url: string, pageOrigin: string): boolean {
  const target = new URL(url);
  return sources.some((raw) => {
    const source = raw.toLowerCase();
    if (source === '*') return target.protocol === 'https:' || target.protocol === 'http:';
    if (source === "'self'") return target.origin === pageOrigin;
    if (/^[a-z][a-z0-9+.-]*:$/.test(source)) return target.protocol === source;
    const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?/.exec(source);
    if (!m) return false;
    const [, scheme, wildcard, host, port] = m;
    if (scheme && `${scheme}:` !== target.protocol) return false;
    const hostMatches = wildcard ? target.hostname.endsWith(`.${host}`) : target.hostname === host;
    const defaultPort = target.protocol === 'https:' ? '443' : '80';
    const portMatches = port === '*' || (port ?? defaultPort) === (target.port || defaultPort);
    return hostMatches && portMatches;
  });
}

export async function checkPage(target: DeployTarget, fetchImpl: Fetch): Promise<CheckResult> {
  const { origin } = target;
  const name = 'the PWA’s page';
  if (!origin)
    return { name, outcome: 'skip', detail: 'pass --origin https://<where the PWA is hosted> to check it' };
  const res = await call(fetchImpl, `${origin}/`);
  if ('error' in res) return { name, outcome: 'fail', detail: `could not reach ${origin}/ (${res.error})` };
  if (res.status !== 200 || !/<html/i.test(res.text))
    return {
      name,
      outcome: 'fail',
      detail: `${origin}/ answered ${res.status} without a page`,
      fix: 'host web/dist at the root of this origin (pnpm build, then deploy the folder: see the README)',
    };
  const policy = res.headers.get('content-security-policy');
  if (!policy)
    return {
      name,
      outcome: 'pass',
      detail: `${origin}/ answers, with no Content-Security-Policy`,
      fix: 'the host does not apply web/dist/_headers (Netlify, Cloudflare Pages) nor vercel.json (Vercel): the app works without the CSP, framing refusal and microphone rule the build wrote',
    };
  const sources = connectSources(policy) ?? [];
  // The API's and Supabase's origins (one, when the functions are on the project's origin).
  const needed = [
    ...new Set(
      [target.apiUrl, ...(target.supabaseUrl ? [target.supabaseUrl] : [])].map((u) => new URL(u).origin),
    ),
  ];
  const blocked = needed.filter((url) => !allows(sources, url, origin));
  if (blocked.length > 0)
    return {
      name,
      outcome: 'fail',
      detail: `the page's Content-Security-Policy (connect-src ${sources.join(' ')}) blocks ${blocked.join(' and ')}: the browser will refuse every call`,
      fix: `build the PWA for this deployment and host it again: API_URL=${target.apiUrl}${target.supabaseUrl ? ` SUPABASE_URL=${target.supabaseUrl}` : ''} pnpm build`,
    };
  return {
    name,
    outcome: 'pass',
    detail: `${origin}/ answers, and its Content-Security-Policy lets it reach ${needed.join(' and ')}`,
  };
}
