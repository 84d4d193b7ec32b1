/**
 * Who the caller is, on Supabase: the project's gateway appends the address it saw to
 * X-Forwarded-For, after whatever the caller wrote there (support/fake-supabase-gateway.ts). The
 * function's per-address limits key on that right-most entry, so a caller who writes a new
 * X-Forwarded-For each time is still one caller, and another caller is not limited by its tries.
 * Callers have loopback addresses of their own (127.0.0.2, 127.0.0.3): the gateway sees each.
 */
import { request } from 'node:http';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DenoFunction, startDenoFunction } from '../support/deno-function.ts';
import { type FakeSupabaseGateway, startFakeSupabaseGateway } from '../support/fake-supabase-gateway.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';

let db: HostedDatabase;
let gateway: FakeSupabaseGateway;
let deno: DenoFunction;

beforeAll(async () => {
  [db, gateway] = await Promise.all([createHostedDatabase('vt_deno_address'), startFakeSupabaseGateway()]);
  const { store } = await openStore({ databaseUrl: db.url });
  await store.close();
  deno = await startDenoFunction({ DATABASE_URL: db.url, SUPABASE_URL: gateway.url });
  gateway.deployFunction('api', deno.url);
}, 150_000);
afterAll(async () => {
  await deno?.stop();
  await gateway?.close();
  await db?.drop();
});

/** A wrong pairing code, from the loopback address `from`, with the X-Forwarded-For it makes up. */
function tryCode(from: string, forwardedFor?: string): Promise<number> {
  const url = new URL(`${gateway.functionsUrl}/api/pair`);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(JSON.stringify({ code: 'WRONG-CODE-0000', name: 'probe' }));
  });
}

describe('the Supabase function’s client address', () => {
  it('limits a caller who writes a new X-Forwarded-For each time, and not another caller', async () => {
    const statuses: number[] = [];
    // Fewer tries than any budget shared by all callers: only a per-address limit can refuse them.
    for (let i = 1; i <= 25 && !statuses.includes(429); i++)
      statuses.push(await tryCode('127.0.0.2', `203.0.113.${i}, 198.51.100.${i}`));
    expect(statuses).toContain(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    // Another caller, even one that names the first in its header, is its own.
    expect(await tryCode('127.0.0.3', '127.0.0.2')).toBe(401);
  });
});
