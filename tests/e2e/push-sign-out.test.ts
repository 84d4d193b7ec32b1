/**
 * Signing out forgets this device's budget alerts (issue 21): in Supabase mode, a phone whose alerts
 * were on no longer gets the person's alerts once they sign out — the server's subscription row is
 * gone and the browser's subscription dropped — and the copy of their budgets is forgotten, so the
 * next person to sign in on it sees neither. The PWA built for Supabase, its real supabase-js
 * against the local fake of Supabase Auth, the edge on PostgreSQL; the browser's push subscription
 * is the stand-in of support/push-stand-in.ts (headless Chromium has no push service).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePushService, startFakePushService } from '../support/fake-push-service.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { buildPwa } from './support/global-setup.ts';
import { CapturePage, launchBrowser, newContext, type Stack, startLocalStack } from './support/harness.ts';
import { installPushStandIn, pushStandIn } from './support/push-stand-in.ts';

let browser: Browser;
let stack: Stack;
let auth: FakeSupabaseAuth;
let push: FakePushService;
let db: TestDatabase;
let sql: postgres.Sql;
let dist: string;

beforeAll(async () => {
  db = await createTestDatabase('vt_e2e_push_sign_out');
  sql = postgres(db.url, { max: 2, onnotice: () => {} });
  auth = await startFakeSupabaseAuth({
    onUserCreated: async (id) => {
      await sql`insert into auth.users (id) values (${id}) on conflict do nothing`;
    },
  });
  push = await startFakePushService();
  dist = mkdtempSync(join(tmpdir(), 'vt-dist-push-'));
  buildPwa(
    { SUPABASE_URL: auth.url, SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_e2e_test_key', API_URL: '' },
    dist,
  );
  [browser, stack] = await Promise.all([
    launchBrowser({ microphone: false }),
    startLocalStack(
      {
        SUPABASE_URL: auth.url,
        VAPID_SUBJECT: 'mailto:e2e@voicetrack.example',
        DATABASE_URL: db.url,
        PUSH_ALLOWED_ORIGINS: push.origin,
      },
      dist,
    ),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await auth?.close();
  await push?.close();
  await sql?.end();
  await db?.drop();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function signInWithCode(page: Page, email: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un code' }).click();
  await page.getByLabel('Code reçu par e-mail').waitFor();
  const mail = auth.mailbox.findLast((m) => m.email === email);
  await page.getByLabel('Code reçu par e-mail').fill(mail?.code ?? '');
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await page.getByText('Compte', { exact: true }).waitFor();
}

const metaKeys = (page: Page) =>
  page.evaluate(async () => {
    const req = indexedDB.open('voicetrack');
    const idb: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    const keys: IDBValidKey[] = await new Promise((r) => {
      const q = idb.transaction('meta').objectStore('meta').getAllKeys();
      q.onsuccess = () => r(q.result);
    });
    idb.close();
    return keys.map(String).filter((k) => k.startsWith('money.'));
  });

describe('signing out', () => {
  it('unsubscribes this device from the person’s alerts, and forgets their budgets', async () => {
    const context = await newContext(browser, { microphone: false });
    await context.grantPermissions(['notifications']);
    const subscription = push.subscribe();
    await installPushStandIn(context, subscription);
    const app = new CapturePage(await context.newPage());
    await app.open(stack.url);
    await signInWithCode(app.page, 'pia@example.com');
    const page = app.page;

    // A budget seen in the month view (kept for offline), then alerts on from the settings.
    await page.getByRole('button', { name: 'Mois', exact: true }).click();
    await page.getByRole('button', { name: 'Ajouter un budget' }).click();
    await page.getByLabel('Budget mensuel', { exact: true }).fill('100');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('progressbar', { name: /^Budget\s:\sTotal EUR$/ }).waitFor();
    await page.getByRole('button', { name: 'Réglages', exact: true }).click();
    await page.getByText('Alertes de budget', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Recevoir les alertes sur cet appareil' }).check();
    await page.getByText('Alertes activées sur cet appareil.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();
    const pia = auth.userIdOf('pia@example.com');
    const rows = () =>
      sql<
        { user_id: string }[]
      >`select user_id::text from push_subscriptions where endpoint = ${subscription.endpoint}`;
    expect(await rows()).toEqual([{ user_id: pia }]);
    expect((await metaKeys(page)).sort()).toEqual(['money.budgets', 'money.rules']);

    await page.getByText('Compte', { exact: true }).click();
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await page
      .getByRole('heading', { name: 'Connectez-vous pour enregistrer vos dépenses en ligne' })
      .waitFor();
    expect(await rows()).toEqual([]);
    expect(await pushStandIn(page)).toMatchObject({ unsubscribeCalls: 1, subscribed: false });
    expect(await metaKeys(page)).toEqual([]);
    await context.close();
  });
});
