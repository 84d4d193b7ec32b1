import type { Health } from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import type { ExpenseParser, Store, Transcriber } from '../ports.ts';
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

/** GET /health: 200 when the database answers and the schema is current, 503 otherwise. */
export function healthRoutes(deps: {
  store: Store;
  transcriber: Transcriber | null;
  parser: ExpenseParser | null;
}) {
  return new Hono<AppEnv>().get('/', async (c) => {
    let ok = true;
    try {
      await withTimeout(deps.store.ping(), PING_TIMEOUT_MS);
      ok = (await withTimeout(deps.store.pendingMigrations(), PING_TIMEOUT_MS)).length === 0;
    } catch {
      ok = false;
    }
    const body: Health = {
      status: ok ? 'ok' : 'degraded',
      version: APP_VERSION,
      database: { ok, kind: deps.store.kind },
      providers: { transcription: deps.transcriber?.name ?? null, parser: deps.parser?.name ?? null },
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body, ok ? 200 : 503);
  });
}
