/**
 * Change streams (GET /api/events) one client holds open at once. A stream lives as long as the
 * page does, so a socket cap (node-limits.ts) would do: but behind TRUST_PROXY every client comes
 * from the proxy's socket, and the Deno entry has no sockets. This cap keys on the client's address
 * as the rate limits see it (the right-most X-Forwarded-For hop behind a proxy you run).
 */
import type { Context } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

export interface StreamSlots {
  /** A slot for this request's stream, given back by calling what it returns; 429 when none is left. */
  take(c: Context<AppEnv>): () => void;
}

export function streamSlots(options: {
  /** 0: no cap. */
  perClient: number;
  keyOf: (c: Context<AppEnv>) => string;
}): StreamSlots {
  const held = new Map<string, number>();
  return {
    take(c) {
      if (options.perClient <= 0) return () => {};
      const key = options.keyOf(c);
      const mine = held.get(key) ?? 0;
      if (mine >= options.perClient)
        throw new ApiError(
          429,
          'too_many_streams',
          `${options.perClient} live-update streams are open from your address already (MAX_STREAMS_PER_CLIENT): close a tab, or wait for one to end.`,
          { retryAfterSeconds: 30 },
        );
      held.set(key, mine + 1);
      let given = false;
      return () => {
        if (given) return;
        given = true;
        const left = (held.get(key) ?? 1) - 1;
        if (left > 0) held.set(key, left);
        else held.delete(key);
      };
    },
  };
}
