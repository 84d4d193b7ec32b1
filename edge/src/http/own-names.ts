/**
 * DNS rebinding: a web page whose name an attacker points at 127.0.0.1 reaches the loopback
 * server from the victim's browser, as its own origin — so CORS and the cross-site checks see
 * nothing wrong. Its browser still says the page's name in `Host`, which is how it is told apart:
 * the server answers only its own names (loopback's, PUBLIC_URL's host, HOST's address,
 * ALLOWED_HOSTS) and 421 Misdirected Request to any other, before anything is read or written.
 * Behind a proxy you run, the name the proxy was asked for (the right-most X-Forwarded-Host, the
 * one it wrote) must be one of them too.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/** The name part of a Host header (`[::1]:8787` → `[::1]`), lower case, one trailing dot dropped. */
export function hostNameOf(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
  return name.toLowerCase().replace(/\.$/, '');
}

/** localhost, 127.0.0.0/8 and [::1]: names a rebinding page cannot have (its browser says its own). */
export const isLoopbackName = (name: string): boolean =>
  name === 'localhost' || name === '[::1]' || /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);

export function answerOwnNames(options: {
  /** The configured names (config/doors.ts `hostNames`): lower case, no port. */
  names: readonly string[];
  /** Proxies you run in front (TRUST_PROXY): X-Forwarded-Host is theirs to write. */
  trustProxy: number;
}): MiddlewareHandler<AppEnv> {
  const own = new Set(options.names);
  const isOwn = (host: string) => {
    const name = hostNameOf(host);
    return name !== '' && (isLoopbackName(name) || own.has(name));
  };
  return async (c, next) => {
    // In-process requests (tests, app.request) carry no Host: their URL's is the one asked for.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const forwarded =
      options.trustProxy > 0 ? c.req.header('x-forwarded-host')?.split(',').at(-1)?.trim() : undefined;
    if (!isOwn(host) || (forwarded !== undefined && !isOwn(forwarded)))
      // The page asking may be the attacker's: the message names none of the server's names.
      throw new ApiError(
        421,
        'unknown_host',
        'This server answers only its own names: if this one is yours, add it to ALLOWED_HOSTS.',
      );
    await next();
  };
}
