import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import type { CaptureDeps } from './capture/process-capture.ts';
import { ApiError } from './errors.ts';
import type { AppEnv } from './http/app-env.ts';
import { respondError } from './http/respond-error.ts';
import { type ExpenseParser, LOCAL_OWNER, type Store, type Transcriber } from './ports.ts';
import { captureRoutes } from './routes/captures.ts';
import { expenseRoutes } from './routes/expenses.ts';
import { healthRoutes } from './routes/health.ts';

export interface AppDeps {
  store: Store;
  transcriber: Transcriber | null;
  parser: ExpenseParser | null;
  defaultCurrency: string;
  captureLeaseSeconds: number;
  captureWaitMs: number;
}

/** Builds the API. Web-standard only: the same app runs on Node and on Deno (Supabase). */
export function createApp(deps: AppDeps) {
  const capture: CaptureDeps = {
    store: deps.store,
    transcriber: deps.transcriber,
    parser: deps.parser,
    leaseSeconds: deps.captureLeaseSeconds,
    waitMs: deps.captureWaitMs,
    defaultCurrency: deps.defaultCurrency,
  };
  const api = new Hono<AppEnv>()
    .use(requestId())
    .use(async (c, next) => {
      c.set('owner', LOCAL_OWNER);
      await next();
    })
    .route('/health', healthRoutes(deps))
    .route('/', captureRoutes(capture))
    .route('/expenses', expenseRoutes(deps.store));
  api.onError(respondError);
  api.notFound((c) =>
    respondError(new ApiError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`), c),
  );

  const app = new Hono<AppEnv>();
  app.use(
    '/api/*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        c.header('Allow', methods.join(', '));
        return respondError(new ApiError(405, 'method_not_allowed', `Use ${methods.join(', ')} here.`), c);
      },
    }),
  );
  return app.route('/api', api);
}

export type AppType = ReturnType<typeof createApp>;
