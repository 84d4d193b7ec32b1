/** The settings a deployment turns (the README's configuration table): names, defaults, refusals. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../config.ts';

const POOLER = 'postgresql://postgres.ref:pw@aws-0-eu-west-3.pooler.supabase.com:6543/postgres';

describe('readConfig for a deployment', () => {
  it('has the documented defaults', () => {
    const c = readConfig({});
    expect([c.database.listen, c.server.metricsToken, c.server.trustProxy, c.server.corsOrigins]).toEqual([
      true,
      undefined,
      0,
      [],
    ]);
    expect([c.server.importsPerMinute, c.server.maxConnectionsPerClient, c.server.bodyIdleMs]).toEqual([
      5, 64, 30_000,
    ]);
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u:p@db.example:5432/app' }, true],
    [{ DATABASE_URL: 'postgres://u:p@db.example:6543/app' }, false],
    [{ DATABASE_URL: POOLER.replace(':6543', ':5432') }, false],
    [{ DATABASE_URL: 'postgres://u:p@db.example/app?pgbouncer=true' }, false],
    [{ DATABASE_URL: POOLER, LIVE_UPDATES: 'listen' }, true],
    [{ LIVE_UPDATES: 'off' }, false],
  ])('LIVE_UPDATES for %j: listen = %s', (env, listen) => {
    expect(readConfig(env).database.listen).toBe(listen);
  });

  it.each([
    ['true', 1],
    ['on', 1],
    ['false', 0],
    ['off', 0],
    ['2', 2],
  ])('TRUST_PROXY=%s trusts %i proxies', (value, hops) => {
    expect(readConfig({ TRUST_PROXY: value }).server.trustProxy).toBe(hops);
  });

  it.each([
    { TRUST_PROXY: '11' },
    { TRUST_PROXY: 'yes' },
    { LIVE_UPDATES: 'notify' },
    { SUPABASE_URL: 'https://ref.supabase.co', SUPABASE_JWKS: 'not json' },
    { SUPABASE_URL: 'https://ref.supabase.co', SUPABASE_JWKS: '{"keys":"x"}' },
    { MAX_CONNECTIONS_PER_CLIENT: '-1' },
    { MAX_STREAMS_PER_CLIENT: 'many' },
    { BODY_IDLE_TIMEOUT_MS: '500' },
  ])('refuses %j', (env) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
  });

  it('reads the legacy JWT secret as VOICETRACK_JWT_SECRET first (secrets cannot start with SUPABASE_)', () => {
    const both = {
      SUPABASE_URL: 'https://ref.supabase.co',
      SUPABASE_JWT_SECRET: 'old',
      VOICETRACK_JWT_SECRET: 'new',
    };
    expect(readConfig(both).supabase?.jwtSecret).toBe('new');
    expect(readConfig({ ...both, VOICETRACK_JWT_SECRET: '' }).supabase?.jwtSecret).toBe('old');
  });

  it('takes SUPABASE_JWKS as a key set or a bare array of keys', () => {
    const key = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'k1' };
    for (const raw of [JSON.stringify({ keys: [key] }), JSON.stringify([key])])
      expect(
        readConfig({ SUPABASE_URL: 'https://ref.supabase.co', SUPABASE_JWKS: raw }).supabase?.jwks,
      ).toEqual({
        keys: [key],
      });
  });

  it('reads CORS_ORIGINS comma-separated and METRICS_TOKEN', () => {
    const c = readConfig({ CORS_ORIGINS: ' https://a.example ,https://b.example,', METRICS_TOKEN: 't0k' });
    expect(c.server.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.server.metricsToken).toBe('t0k');
  });
});
