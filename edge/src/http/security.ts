import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env.ts';

export interface SecurityOptions {
  /** Origins allowed to call the API from another origin (the PWA hosted elsewhere). */
  corsOrigins: readonly string[];
  /** Extra origins the page may connect to (Supabase Auth and Realtime). */
  connectSrc: readonly string[];
}

/**
 * Headers for every response. The CSP allows no inline script: the PWA's only scripts are its
 * own bundled files and its service worker. The microphone is for this origin only.
 */
export function securityHeaders(options: SecurityOptions): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      mediaSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'", ...options.connectSrc],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    permissionsPolicy: { microphone: ['self'], camera: [], geolocation: [] },
    referrerPolicy: 'strict-origin-when-cross-origin',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
  });
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
