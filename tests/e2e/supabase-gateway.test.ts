/**
 * The deployment the README describes, on this machine: the PWA built with
 * API_URL=<project>/functions/v1 and served by a static host that applies the build's `_headers`
 * (as Netlify or Cloudflare Pages do), on its own origin; the Edge Function on the real Deno
 * runtime behind a Supabase-like gateway (`/functions/v1/api/…` → the function's `/api/…`),
 * which also fronts Supabase Auth on the same origin; PostgreSQL with the migrations. In real
 * Chromium a person continues without an account, types a note and records one: both become
 * expenses on screen and rows in PostgreSQL, and the page's CSP (from `_headers`, nothing else)
 * lets every call through. `pnpm deploy:check` passes on the same deployment.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DenoFunction, startDenoFunction } from '../support/deno-function.ts';
import { runDeployCheck } from '../support/deploy-check-cli.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { type FakeSupabaseGateway, startFakeSupabaseGateway } from '../support/fake-supabase-gateway.ts';
import { freePort } from '../support/free-port.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';
import { type StaticHost, startStaticHost } from '../support/static-host.ts';
import { CapturePage, launchBrowser, newContext } from './support/harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let db: HostedDatabase;
let sql: postgres.Sql;
let gateway: FakeSupabaseGateway;
let auth: FakeSupabaseAuth;
let fake: FakeProvider;
let deno: DenoFunction;
let host: StaticHost;
let browser: Browser;
let dist: string;
/** The users Auth created, newest last (each test's phone continues without an account). */
const users: string[] = [];

/** `pnpm build` of the PWA for this deployment, into `outDir` (Vitest's NODE_ENV=test would make a dev build). */
async function buildPwaFor(env: Record<string, string>, outDir: string): Promise<void> {
  await promisify(execFile)(
    'pnpm',
    ['--filter', '@voicetrack/web', 'exec', 'vite', 'build', '--configLoader', 'runner'].concat([
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]),
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', SUPABASE_ANON_KEY: '', ...env } },
  );
}

beforeAll(async () => {
  [db, gateway, fake, browser] = await Promise.all([
    createHostedDatabase('vt_e2e_gateway'),
    startFakeSupabaseGateway(),
    startFakeProvider(),
    launchBrowser(),
  ]);
  fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
  // `supabase db push` on Supabase; our runner here.
  const { store } = await openStore({ databaseUrl: db.url });
  await store.close();
  sql = postgres(db.url, { max: 2, onnotice: () => {} });
  auth = await startFakeSupabaseAuth({
    publicUrl: gateway.url,
    // GoTrue writes auth.users; the fake mirrors it.
    onUserCreated: async (id) => {
      users.push(id);
      await sql`insert into auth.users (id) values (${id}) on conflict do nothing`;
    },
  });
  gateway.proxyAuth(auth.url);
  // The PWA's origin is known before the function starts: it goes into CORS_ORIGINS.
  const pwaPort = await freePort();
  dist = mkdtempSync(join(tmpdir(), 'vt-dist-gateway-'));
  [deno] = await Promise.all([
    startDenoFunction({
      DATABASE_URL: db.url,
      SUPABASE_URL: gateway.url,
      CORS_ORIGINS: `http://127.0.0.1:${pwaPort}`,
      GROQ_API_KEY: 'test-key',
      GROQ_BASE_URL: fake.url,
      PROVIDER_MAX_RETRIES: '0',
    }),
    buildPwaFor(
      {
        API_URL: gateway.functionsUrl,
        SUPABASE_URL: gateway.url,
        SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_e2e_gateway_key',
      },
      dist,
    ),
  ]);
  gateway.deployFunction('api', deno.url);
  host = await startStaticHost(dist, { port: pwaPort });
});

afterAll(async () => {
  await browser?.close();
  await deno?.stop();
  await Promise.all([host?.close(), gateway?.close(), auth?.close(), fake?.close()]);
  await sql?.end();
  await db?.drop();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** A fresh phone on the PWA's origin, with every CSP violation the page sees collected. */
async function openPwa(url: string) {
  const context = await newContext(browser);
  const violations: string[] = [];
  await context.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const app = new CapturePage(page);
  const res = await page.goto(url);
  await app.recordButton.waitFor();
  return {
    page,
    app,
    violations,
    csp: res?.headers()['content-security-policy'] ?? '',
    close: () => context.close(),
  };
}

async function continueWithoutAccount(page: Page) {
  await page.getByRole('button', { name: 'Continuer sans compte' }).click();
  await page.getByText('Compte', { exact: true }).waitFor();
}

const rowsOf = (userId: string) =>
  sql<{ amount: string; category: string; source: string }[]>`
    select amount::text, category, source from expenses where user_id = ${userId} order by created_at`;

const lastUser = () => users.at(-1) ?? '';

describe('the PWA on a static host, the function behind the Supabase gateway', () => {
  it('saves a typed note in PostgreSQL through /functions/v1/api, allowed by the CSP the build wrote', async () => {
    const { page, app, violations, csp, close } = await openPwa(host.url);
    expect(csp).toContain(`connect-src 'self' ${gateway.url} ${gateway.url.replace('http', 'ws')}`);
    await continueWithoutAccount(page);
    await app.typedInput.fill('12,50 resto ce midi');
    await app.typedInput.press('Enter');
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(1);
    expect(await app.expenses().first().textContent()).toContain('12,50');
    expect(await rowsOf(lastUser())).toEqual([{ amount: '12.50', category: 'dining', source: 'text' }]);
    expect(gateway.requests).toContainEqual({
      method: 'POST',
      path: '/functions/v1/api/text',
      status: 201,
      upstream: 'function',
    });
    expect(violations).toEqual([]);
    await close();
  });

  it('records a voice note that the function transcribes through its provider', async () => {
    const { page, app, violations, close } = await openPwa(host.url);
    await continueWithoutAccount(page);
    const before = fake.calls.filter((c) => c.route === 'transcriptions').length;
    await app.recordNote();
    await expect.poll(() => app.expenses().count(), { timeout: 30_000 }).toBe(1);
    expect(await app.expenses().first().textContent()).toContain('12,50');
    expect(await rowsOf(lastUser())).toEqual([{ amount: '12.50', category: 'dining', source: 'voice' }]);
    expect(fake.calls.filter((c) => c.route === 'transcriptions').length).toBe(before + 1);
    expect(violations).toEqual([]);
    await close();
  });

  it('would see the violation if the CSP did not name the project (the check above can fail)', async () => {
    const narrowed = join(dist, '..', `headers-narrowed-${process.pid}`);
    writeFileSync(
      narrowed,
      readFileSync(join(dist, '_headers'), 'utf8').replace(/connect-src [^;]*/, "connect-src 'self'"),
    );
    const narrow = await startStaticHost(dist, { headersFile: narrowed });
    try {
      const { page, violations, close } = await openPwa(narrow.url);
      await page.getByRole('button', { name: 'Continuer sans compte' }).click();
      await expect.poll(() => violations.join('\n')).toContain(gateway.url);
      await close();
    } finally {
      await narrow.close();
      rmSync(narrowed, { force: true });
    }
  });

  it('passes pnpm deploy:check from the PWA origin, the built page and a signed-in request included', async () => {
    const { code, out } = await runDeployCheck([
      gateway.functionsUrl,
      '--origin',
      host.url,
      '--publishable-key',
      'sb_publishable_e2e_gateway_key',
    ]);
    expect(out).toContain(
      `PASS  the PWA’s page: ${host.url}/ answers, and its Content-Security-Policy lets it reach`,
    );
    expect(out).toContain('PASS  a signed-in request: GET /api/expenses with an anonymous sign-in');
    expect(out).toContain('All 6 checks passed.');
    expect(code).toBe(0);
  });
});
