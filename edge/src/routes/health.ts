import type { Health } from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import type { Logger } from '../observe/logger.ts';
import type { ExpenseParser, HealthStore, Transcriber } from '../ports.ts';
import { APP_VERSION } from '../version.ts';

const PING_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * GET /health: 200 when the database answers and the schema is current, 503 otherwise; the
 * reason of a 503 goes to the log (the answer itself says only what a monitor needs).
 */
export interface HealthRouteDeps {
  health: HealthStore;
  transcriber: Transcriber | null;
  parser: ExpenseParser | null;
  logger: Logger;
  /** What deploy:check needs to tell a legacy-secret project from a broken one. */
  auth: NonNullable<Health['auth']>;
}

export function healthRoutes(deps: HealthRouteDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    let reason: string | null = null;
    try {
      await withTimeout(deps.health.ping(), PING_TIMEOUT_MS);
      const pending = await withTimeout(deps.health.pendingMigrations(), PING_TIMEOUT_MS);
      if (pending.length > 0) reason = `migrations not applied: ${pending.join(', ')}`;
    } catch (error) {
      reason = `database: ${error instanceof Error ? error.message : String(error)}`;
    }
    const ok = reason === null;
    if (!ok) deps.logger.log('warn', 'health check failed', { requestId: c.get('requestId'), reason });
    const body: Health = {
      status: ok ? 'ok' : 'degraded',
      version: APP_VERSION,
      database: { ok, kind: deps.health.kind },
      providers: { transcription: deps.transcriber?.name ?? null, parser: deps.parser?.name ?? null },
      auth: deps.auth,
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body, ok ? 200 : 503);
  });
}
