/**
 * Part of the composition root (wire.ts calls it, nothing else): who a request comes from, as
 * rate limits count it, and how much each may do: notes per person and per anonymous address,
 * imports, uploads at once, tries of one-time codes.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppDeps } from './app.ts';
import type { Config } from './config.ts';
import { type FailureBudget, failureBudget } from './devices/failure-budget.ts';
import type { AppEnv } from './http/app-env.ts';
import { addressKey, clientAddressOf } from './http/client-address.ts';
import { rateLimit } from './http/rate-limit.ts';
import { uploadSlots } from './http/upload-slots.ts';

export interface WiredLimits {
  limits: AppDeps['limits'];
  /** The peer's address as a key (`ip:…`): pairing tries, change streams. */
  byAddress: (c: Context<AppEnv>) => string;
  /** One-time codes (pairing a phone, joining a household): 10 tries a minute per address each. */
  attemptLimit: (what: string) => MiddlewareHandler<AppEnv>;
  /** A new count of wrong codes, for one door. */
  wrongCodes: () => FailureBudget;
}

export function wireLimits(
  config: Config,
  remoteAddress: ((c: Context<AppEnv>) => string | undefined) | undefined,
): WiredLimits {
  const address = clientAddressOf(config.server.trustProxy, remoteAddress);
  // A host's whole IPv6 /64 counts as one client: it can pick a new address in it for each request.
  const clientAddress = (c: Context<AppEnv>) => {
    const found = address(c);
    return found === undefined ? undefined : addressKey(found);
  };
  const byAddress = (c: Context<AppEnv>) => `ip:${clientAddress(c) ?? 'unknown'}`;
  const keyOf = (c: Context<AppEnv>) => {
    const owner = c.get('owner');
    return owner.userId ? `user:${owner.userId}` : byAddress(c);
  };
  // Anonymous sign-ins cost nothing to make: theirs are also counted by address, all together.
  const anonymousAt = (c: Context<AppEnv>) =>
    c.get('owner').claims?.is_anonymous === true ? `anonymous:${clientAddress(c) ?? 'unknown'}` : null;
  // Notes with audio at once, per person: local mode has one, whatever the device.
  const personOf = (c: Context<AppEnv>) =>
    anonymousAt(c) ?? (c.get('owner').userId === null ? 'local' : keyOf(c));
  const perUser = rateLimit({ perMinute: config.server.rateLimitPerMinute, keyOf });
  const perAnonymousAddress = rateLimit({
    perMinute: config.server.anonymousPerMinute,
    keyOf: (c) => anonymousAt(c) ?? '',
    what: 'notes from anonymous accounts at this address',
  });
  return {
    limits: {
      notes: async (c, next) => {
        if (anonymousAt(c)) await perAnonymousAddress(c, async () => void (await perUser(c, next)));
        else await perUser(c, next);
      },
      imports: rateLimit({ perMinute: config.server.importsPerMinute, keyOf, what: 'imports' }),
      uploads: uploadSlots({ ...config.capture.uploads, keyOf: personOf }),
    },
    byAddress,
    attemptLimit: (what) => rateLimit({ perMinute: 10, keyOf: byAddress, what }),
    // Codes are 60 bits and live 10 minutes: 10 tries a minute and 10 wrong codes in 10 minutes per
    // address; past 30 wrong ones from all, one each (devices/failure-budget.ts). Each door its own
    // count: a flood of wrong pairing codes never stops Telegram's /start, nor a right code.
    wrongCodes: () => failureBudget({ perClient: 10, alarm: 30, windowMs: 10 * 60_000 }),
  };
}
