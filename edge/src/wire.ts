/**
 * The one wiring of the API: from the configuration and an opened store to the Hono app, with
 * its providers, logger, auth and security settings. The Node entry (node.ts), the Deno entry
 * (deno.ts) and the tests all build the app here, each adding only what its runtime owns.
 */
import type { Context } from 'hono';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import type { AppEnv } from './http/app-env.ts';
import type { AuthOptions } from './http/auth.ts';
import type { Background } from './money/background.ts';
import { messageChannels } from './money/message-channels.ts';
import { createMoney, type Money } from './money/money.ts';
import { createLogger, type Logger } from './observe/logger.ts';
import type { Store } from './ports.ts';
import { openProviders } from './providers/open-providers.ts';
import { createWebPushSender } from './providers/web-push-sender.ts';

export interface WireOptions {
  /** The opened store (each runtime opens its own database). */
  store: Store;
  /** The peer's address as the runtime sees it (rate limits without auth). */
  remoteAddress?: (c: Context<AppEnv>) => string | undefined;
  /** A fetch for the provider SDKs (tests pass one that refuses unplanned hosts). */
  fetch?: typeof fetch;
  logger?: Logger;
  /** Overrides of the JWT verifier (tests rotate keys back to back: no JWKS cooldown). */
  auth?: Partial<AuthOptions>;
  /** The secret this process wrote for `pnpm pair` (server.ts); none: no pairing codes. */
  pairingSecret?: string | null;
  /** Budgets, push and recurring, when the caller built them (the Node server schedules the runner). */
  money?: Money;
  /** Where alerts run after the answer (tests wait on its idle(); Supabase keeps it alive). */
  background?: Background;
  /** The clock of budgets' "this month" and recurring days (tests set the date). */
  now?: () => Date;
  /** Given the way to try kept Telegram updates again (server.ts runs it every minute). */
  onTelegramRetry?: (retry: () => Promise<number>) => void;
}

export type App = ReturnType<typeof createApp>;

/**
 * Budget alerts (Web Push through web-push, which runs on Node and on Deno; Telegram and e-mail
 * with the report's settings), Web Push's keys, and the recurring runner.
 */
export function wireMoney(
  config: Config,
  options: Pick<WireOptions, 'store' | 'fetch' | 'logger' | 'background' | 'now'>,
): Money {
  return createMoney(
    options.store,
    {
      pushSender: createWebPushSender(options.fetch ? { fetch: options.fetch } : {}),
      push: config.push,
      channels: messageChannels(config.report, options.fetch),
      lang: config.report.lang,
      timeZone: config.report.timeZone,
      ...(options.background ? { background: options.background } : {}),
      ...(options.now ? { now: options.now } : {}),
    },
    options.logger ?? createLogger(config.server.logLevel),
  );
}

export function wireApp(config: Config, options: WireOptions): App {
  const { transcriber, parser } = openProviders(config.providers, options.fetch);
  const supabase = config.supabase;
  const logger = options.logger ?? createLogger(config.server.logLevel);
  return createApp({
    store: options.store,
    transcriber,
    parser,
    defaultCurrency: config.capture.defaultCurrency,
    captureLeaseSeconds: config.capture.leaseSeconds,
    captureWaitMs: config.capture.waitMs,
    logger,
    money: options.money ?? wireMoney(config, { ...options, logger }),
    auth: supabase
      ? { supabaseUrl: supabase.url, jwtSecret: supabase.jwtSecret, jwks: supabase.jwks, ...options.auth }
      : null,
    rateLimitPerMinute: config.server.rateLimitPerMinute,
    importsPerMinute: config.server.importsPerMinute,
    metricsToken: config.server.metricsToken,
    pairing: config.doors.pairing,
    publicUrl: config.doors.publicUrl,
    pairingSecret: options.pairingSecret ?? null,
    telegram: config.telegram,
    ...(options.onTelegramRetry ? { onTelegramRetry: options.onTelegramRetry } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    corsOrigins: config.server.corsOrigins,
    // The page may talk to Supabase (sign-in over https, Realtime over wss).
    connectSrc: supabase ? [supabase.url, supabase.url.replace(/^http/, 'ws')] : [],
    clientAddress: (c) =>
      forwardedClient(c.req.header('x-forwarded-for'), config.server.trustProxy) ??
      options.remoteAddress?.(c),
    requestHost: (c) =>
      (config.server.trustProxy > 0
        ? c.req.header('x-forwarded-host')?.split(',').at(-1)?.trim()
        : undefined) ??
      c.req.header('host') ??
      new URL(c.req.url).host,
  });
}

/**
 * The client's address behind `hops` proxies you run: each appends the address it saw, so the
 * hops-th entry from the right is the one your outermost proxy saw. Entries further left came
 * from the client and are never trusted. null without trusted proxies or the header.
 */
export function forwardedClient(header: string | undefined, hops: number): string | null {
  if (hops <= 0 || !header) return null;
  const entries = header
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - hops)] ?? null;
}
