/**
 * Notes with audio received at once: each holds its body (up to 25 MB) in memory while it is
 * read, sniffed and sent to Whisper, so a person (anonymous users: an address) gets `perUser`
 * at a time and the server `perServer`. A request over either is answered 429 before its body is
 * read; the client keeps the note and sends it again after Retry-After.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

export function uploadSlots(options: {
  perUser: number;
  perServer: number;
  keyOf: (c: Context<AppEnv>) => string;
}): MiddlewareHandler<AppEnv> {
  const held = new Map<string, number>();
  let total = 0;
  return async (c, next) => {
    const key = options.keyOf(c);
    const mine = held.get(key) ?? 0;
    if (mine >= options.perUser || total >= options.perServer)
      throw new ApiError(
        429,
        'rate_limited',
        mine >= options.perUser
          ? `${options.perUser} notes with audio are being received from you already; this one waits its turn.`
          : 'The server is receiving as many notes as it takes at once; this one waits its turn.',
        { retryAfterSeconds: 5 },
      );
    held.set(key, mine + 1);
    total++;
    try {
      await next();
    } finally {
      total--;
      const left = (held.get(key) ?? 1) - 1;
      if (left > 0) held.set(key, left);
      else held.delete(key);
    }
  };
}
