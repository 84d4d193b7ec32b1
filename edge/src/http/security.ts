import { type InlineHashes, securityHeaders as sharedSecurityHeaders } from '@voicetrack/shared';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

export interface SecurityOptions {
  /** Origins allowed to call the API from another origin (the PWA hosted elsewhere). */
  corsOrigins: readonly string[];
  /** Extra origins the page may connect to (Supabase Auth and Realtime). */
  connectSrc: readonly string[];
}

/**
 * The shared security headers (shared/src/security-headers.ts) on every answer; a built page's
 * CSP also allows its own inline script and style by their SHA-256 (`pageHashes`, set by whoever
 * served the page: server.ts reads them from the file).
 */
export function securityHeaders(options: SecurityOptions): MiddlewareHandler<AppEnv> {
  const headers = Object.entries(sharedSecurityHeaders({ connectSrc: options.connectSrc }));
  // One set of headers per version of a page (hashes are read again only when its file changes).
  const pages = new WeakMap<InlineHashes, [string, string][]>();
  const pageHeaders = (inline: InlineHashes) => {
    let made = pages.get(inline);
    if (!made) {
      made = Object.entries(sharedSecurityHeaders({ connectSrc: options.connectSrc, inline }));
      pages.set(inline, made);
    }
    return made;
  };
  return async (c, next) => {
    await next();
    const inline = c.get('pageHashes');
    for (const [name, value] of inline ? pageHeaders(inline) : headers)
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}

/** CORS for the configured origins only; same-origin requests need none. */
export function corsFor(options: SecurityOptions): MiddlewareHandler<AppEnv> {
  const allowed = new Set(options.corsOrigins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
}

/**
 * Cross-site request forgery: a page on another site can POST a multipart form (no preflight)
 * to this API. A state-changing request is refused when the browser says it comes from another
 * site (Sec-Fetch-Site: cross-site), or, where the browser does not say it is same-origin, when
 * its Origin is neither this server's own nor an allowed CORS origin. `same-origin` from the
 * browser is taken as proof even when a reverse proxy rewrote the Host header (nginx does by
 * default). Tools that send no Origin (curl, Shortcuts, the Telegram webhook) are not browsers:
 * they pass.
 */
export function refuseCrossSite(options: {
  corsOrigins: readonly string[];
  /** The host the request was addressed to (Host, or X-Forwarded-Host behind a trusted proxy). */
  hostOf: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string | undefined;
}): MiddlewareHandler<AppEnv> {
  const allowed = new Set(options.corsOrigins);
  const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
  const refuse = () =>
    new ApiError(
      403,
      'cross_site_request',
      'This request comes from another site; only the app itself (or an origin in CORS_ORIGINS) may change data.',
    );
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    // Stryker disable next-line ConditionalExpression: the set holds no undefined; this narrows the type
    const allowedOrigin = origin !== undefined && allowed.has(origin);
    if (site === 'cross-site' && !allowedOrigin) throw refuse();
    if (site !== 'same-origin' && origin !== undefined && !allowedOrigin) {
      // Stryker disable next-line BooleanLiteral: the try below sets it, or throws before the catch sets it
      let sameHost = false;
      try {
        // Stryker disable next-line ConditionalExpression,StringLiteral: new URL('null') throws, which the catch reads as another site too
        sameHost = origin !== 'null' && new URL(origin).host === options.hostOf(c);
        // Stryker disable next-line BlockStatement: sameHost is still false here
      } catch {
        sameHost = false;
      }
      if (!sameHost) throw refuse();
    }
    await next();
  };
}

/** Data answers are one person's: never stored by a shared cache, nor kept by the browser's. */
export const privateNoStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'private, no-store');
};
