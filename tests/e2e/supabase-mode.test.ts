/**
 * Supabase mode in real Chromium: the PWA built with SUPABASE_URL and a publishable key, its real
 * supabase-js client talking to a local fake of the Supabase Auth endpoints, the edge verifying
 * every token against the fake's JWKS and running each request as its user under Row Level
 * Security on the PostgreSQL server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { buildPwa } from './support/global-setup.ts';
import { CapturePage, launchBrowser, newContext, type Stack, startLocalStack } from './support/harness.ts';
import { householdOf, openFoyer, sees } from './support/households.ts';
import { untilControlled } from './support/service-worker.ts';
import { shot } from './support/shots.ts';

let browser: Browser;
let stack: Stack;
let auth: FakeSupabaseAuth;
let db: TestDatabase;
let sql: postgres.Sql;
let dist: string;

beforeAll(async () => {
  db = await createTestDatabase('vt_e2e_supabase');
  sql = postgres(db.url, { max: 2, onnotice: () => {} });
  auth = await startFakeSupabaseAuth({
    // GoTrue writes auth.users; the fake mirrors it once the migrations have made the table.
    onUserCreated: async (id) => {
      await sql`insert into auth.users (id) values (${id}) on conflict do nothing`;
    },
  });
  dist = mkdtempSync(join(tmpdir(), 'vt-dist-supabase-'));
  buildPwa(
    { SUPABASE_URL: auth.url, SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_e2e_test_key', API_URL: '' },
    dist,
  );
  [browser, stack] = await Promise.all([
    launchBrowser(),
    startLocalStack(
      { SUPABASE_URL: auth.url, VAPID_SUBJECT: 'mailto:e2e@voicetrack.example', DATABASE_URL: db.url },
      dist,
    ),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await auth?.close();
  await sql?.end();
  await db?.drop();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const rowsOf = (userId: string | undefined) =>
  sql<
    { amount: string; user_id: string }[]
  >`select amount::text, user_id::text from expenses where user_id = ${userId ?? null}`;

async function open(): Promise<{ page: Page; app: CapturePage; close: () => Promise<void> }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(stack.url);
  return { page, app, close: () => context.close() };
}

async function signInWithCode(page: Page, email: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un code' }).click();
  await page.getByLabel('Code reçu par e-mail').waitFor();
  const mail = auth.mailbox.findLast((m) => m.email === email);
  expect(mail?.type).toBe('email');
  await page.getByLabel('Code reçu par e-mail').fill(mail?.code ?? '');
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await page.getByText('Compte', { exact: true }).waitFor();
}

const typeExpense = async (app: CapturePage, text: string) => {
  await app.typedInput.fill(text);
  await app.typedInput.press('Enter');
};

describe('Supabase mode', () => {
  it('keeps notes recorded while signed out and sends them, as the user, once signed in with an emailed code', async () => {
    const { page, app, close } = await open();
    await page
      .getByRole('heading', { name: 'Connectez-vous pour enregistrer vos dépenses en ligne' })
      .waitFor();
    await typeExpense(app, '8 € de pain');
    // Read on the phone: its expense shows at once, not sent yet.
    // The row is read on the phone by the reading chunk, loaded on this first note: more than the
    // poll's 1 s default once in a fresh CI (97ee2a0), as the row below (20 s) already said.
    await expect.poll(() => app.unsentExpenses().count(), { timeout: 20_000 }).toBe(1);
    await page.getByText('1 note attend votre connexion').waitFor();
    // Nothing reached the server without a user.
    expect((await sql`select count(*)::int as n from expenses`)[0]?.n).toBe(0);

    await signInWithCode(page, 'alice@example.com');
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => app.unsentExpenses().count()).toBe(0);
    const alice = auth.userIdOf('alice@example.com');
    expect(await rowsOf(alice)).toEqual([{ amount: '8.00', user_id: alice }]);
    await page.getByText('Compte', { exact: true }).click();
    await page.getByText('Connecté : alice@example.com').waitFor();
    await close();
  });

  it('keeps a household’s invite opened before signing in, and joins it once signed in, named by the account', async () => {
    const marie = crypto.randomUUID();
    await sql`insert into auth.users (id) values (${marie})`;
    const made = await fetch(`${stack.url}/api/households`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await auth.token(marie)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Coloc', memberName: 'Marie' }),
    });
    expect(made.status).toBe(201);
    const { invite } = (await made.json()) as { invite: { code: string } };
    const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await new CapturePage(page).open(`${stack.url}/#household=${invite.code}&name=Famille`);
    // Not signed in yet: the server cannot say the household's name (the link's is never shown).
    const ask = page.getByRole('dialog', { name: /^Rejoindre (ce foyer|le foyer « Coloc ») \?$/ });
    await page.getByRole('dialog', { name: 'Rejoindre ce foyer ?' }).waitFor();
    const myName = ask.getByRole('textbox', { name: /Ton prénom/ });
    // Tried before signing in: the invite stays open and says why.
    await myName.fill('Zoé');
    await ask.getByRole('button', { name: 'Rejoindre' }).click();
    await sees(page, 'Connecte d’abord ce téléphone').waitFor();
    await myName.fill('');
    await signInWithCode(page, 'zoe.martin@example.com');
    // Signed in: « Ton prénom » is the account's (the e-mail's first part in words), editable.
    await expect.poll(() => myName.inputValue()).toBe('Zoe Martin');
    // Signed in: the server names the household of the code, not the link's « Famille ».
    await page.getByRole('dialog', { name: 'Rejoindre le foyer « Coloc » ?' }).waitFor();
    await ask.getByRole('button', { name: 'Rejoindre' }).click();
    await sees(page, 'Bienvenue dans le foyer « Coloc ».').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    const [joined] = await sql<{ name: string }[]>`
      select name from household_members where user_id = ${auth.userIdOf('zoe.martin@example.com') ?? null}`;
    expect(joined?.name).toBe('Zoe Martin');

    // A second household, from another invite link: joined beside the first, never instead.
    const famille = await fetch(`${stack.url}/api/households`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await auth.token(marie)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Famille', memberName: 'Marie' }),
    });
    const second = ((await famille.json()) as { invite: { code: string } }).invite;
    // The worker in control first (the app, the month's screens with it, precached): the reload
    // is then a page under it, as on a phone that has had the app a while, and the month opens
    // offline below. A reload while the worker still installed would be a page without one, whose
    // month's code the network had to bring.
    await untilControlled(page);
    await page.goto(`${stack.url}/#household=${second.code}&name=Famille`);
    await page.reload();
    const again = page.getByRole('dialog', { name: 'Rejoindre le foyer « Famille » ?' });
    await again.getByRole('button', { name: 'Rejoindre' }).click();
    await sees(page, 'Bienvenue dans le foyer « Famille ».').waitFor();
    // « Famille ▾ »: the one just joined is shown, the first is still there to switch back to.
    const shown = page.getByRole('combobox', { name: 'Foyer affiché' });
    await expect.poll(() => shown.inputValue()).not.toBe('');
    expect(await shown.locator('option').allTextContents()).toEqual(['Coloc', 'Famille']);
    await page.getByRole('switch', { name: 'Partagé avec Famille' }).check();
    await shot(page, 'switcher-fr-light');
    // Offline too: the switch follows the chosen household, and sharing stops with a switch.
    await context.setOffline(true);
    await shown.selectOption({ label: 'Coloc' });
    expect(await page.getByRole('switch', { name: 'Partagé avec Coloc' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Mois' }).click();
    await page.getByRole('heading', { name: 'Qui doit quoi' }).waitFor();
    await shot(page, 'switcher-month-fr-offline');
    expect(await page.getByRole('combobox', { name: 'Foyer affiché' }).inputValue()).toBe(
      await householdOf(page),
    );
    await context.setOffline(false);
    // English, dark: the same switcher in the other words.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('voicetrack.lang', 'en'));
    await page.reload();
    await page.getByRole('switch', { name: 'Shared with Coloc' }).waitFor();
    await page.getByRole('combobox', { name: 'Household shown' }).waitFor();
    await shot(page, 'switcher-en-dark');
    await page.evaluate(() => localStorage.setItem('voicetrack.lang', 'fr'));
    await page.reload();
    // Leaving one keeps the other, shown, with no switcher left to show.
    await shown.selectOption({ label: 'Famille' });
    const foyer = await openFoyer(page);
    await foyer.getByRole('heading', { name: 'Famille' }).waitFor();
    await foyer.getByRole('button', { name: 'Quitter le foyer' }).click();
    await foyer.getByRole('alertdialog').getByRole('button', { name: 'Quitter le foyer' }).click();
    await foyer.getByRole('heading', { name: 'Coloc' }).waitFor();
    await expect.poll(() => foyer.getByRole('combobox', { name: 'Foyer affiché' }).count()).toBe(0);
    // Another one made from the panel, beside Coloc: shown, with its first invite.
    await foyer.getByText('Un autre foyer', { exact: true }).click();
    await foyer.getByRole('textbox', { name: 'Nom du foyer' }).fill('Vacances');
    await foyer.getByRole('button', { name: 'Créer le foyer' }).click();
    await foyer.getByRole('heading', { name: 'Vacances' }).waitFor();
    await foyer.locator('[data-invite-code]').waitFor();
    await expect
      .poll(() => foyer.getByRole('combobox', { name: 'Foyer affiché' }).locator('option').allTextContents())
      .toEqual(['Coloc', 'Vacances']);
    await context.close();
  });

  it('refreshes an expired session before sending, and loses no note', async () => {
    auth.setAccessTokenSeconds(3);
    try {
      const { page, app, close } = await open();
      await signInWithCode(page, 'dora@example.com');
      await page.context().setOffline(true);
      await typeExpense(app, '14 € de cinéma');
      // Let the access token expire while the phone is offline.
      await page.waitForTimeout(4000);
      const before = auth.refreshes;
      await page.context().setOffline(false);
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(1);
      expect(auth.refreshes).toBeGreaterThan(before);
      expect(await rowsOf(auth.userIdOf('dora@example.com'))).toHaveLength(1);
      await close();
    } finally {
      auth.setAccessTokenSeconds(3600);
    }
  });

  it('asks before signing out with notes not sent, and keeps them on cancel', async () => {
    const { page, app, close } = await open();
    await signInWithCode(page, 'erin@example.com');
    // The worker in control: the parser is cached, so the note is read on the phone offline.
    await untilControlled(page);
    await page.context().setOffline(true);
    await typeExpense(app, '5 € de café');
    // Read on the phone by the parser's lazy chunk, loaded from the worker's cache with this first
    // note: more than expect.poll's 1 s default once in a fresh CI (as doors' 20 s for the same row).
    await expect.poll(() => app.unsentExpenses().count(), { timeout: 20_000 }).toBe(1);

    await page.getByText('Compte', { exact: true }).click();
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    const warning = page.getByRole('alertdialog');
    await expect
      .poll(() => warning.textContent())
      .toContain('1 note ou modification pas encore envoyée sera effacée');
    await warning.getByRole('button', { name: 'Annuler' }).click();
    // Polled, not read once: the list may be between two draws right after the dialog closes.
    await expect.poll(() => app.unsentExpenses().count()).toBe(1);

    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await page.getByRole('button', { name: 'Se déconnecter quand même' }).click();
    await page
      .getByRole('heading', { name: 'Connectez-vous pour enregistrer vos dépenses en ligne' })
      .waitFor();
    await expect.poll(() => app.unsentExpenses().count()).toBe(0);
    expect(await rowsOf(auth.userIdOf('erin@example.com'))).toHaveLength(0);
    await close();
  });

  it('goes on without an account, then adds an email and keeps the same user and data', async () => {
    const { page, app, close } = await open();
    await page.getByRole('button', { name: 'Continuer sans compte' }).click();
    await page.getByText('Compte', { exact: true }).waitFor();
    await typeExpense(app, '23 € de fromage');
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(1);
    const [row] = await sql<{ user_id: string }[]>`select user_id::text from expenses where amount = 23`;
    expect(row?.user_id).toBeTruthy();

    await page.getByText('Compte', { exact: true }).click();
    await page.getByText('Sans compte : vos dépenses sont liées à ce téléphone.').waitFor();
    await page.getByLabel('Adresse e-mail').fill('bob@example.com');
    await page.getByRole('button', { name: 'Ajouter une adresse e-mail' }).click();
    await page.getByLabel('Code reçu par e-mail').waitFor();
    const mail = auth.mailbox.findLast((m) => m.email === 'bob@example.com');
    expect(mail?.type).toBe('email_change');
    await page.getByLabel('Code reçu par e-mail').fill(mail?.code ?? '');
    await page.getByRole('button', { name: 'Confirmer l’adresse' }).click();
    await page.getByText('Connecté : bob@example.com').waitFor();
    expect(auth.userIdOf('bob@example.com')).toBe(row?.user_id);
    // The session changed: the list is read again; polled, it is the same one row.
    await expect.poll(() => app.expenses().count()).toBe(1);
    await close();
  });

  it('signs in from the emailed magic link', async () => {
    const { page, app, close } = await open();
    const signIn = page.getByRole('heading', {
      name: 'Connectez-vous pour enregistrer vos dépenses en ligne',
    });
    await page.getByLabel('Adresse e-mail').fill('carol@example.com');
    await page.getByRole('button', { name: 'Recevoir un code' }).click();
    await page.getByLabel('Code reçu par e-mail').waitFor();
    expect(await signIn.isVisible()).toBe(true);
    const mail = auth.mailbox.findLast((m) => m.email === 'carol@example.com');
    const link = new URL(mail?.link ?? 'about:blank');
    expect(link.searchParams.get('type')).toBe('magiclink');
    expect(link.searchParams.get('redirect_to')).toBe(`${stack.url}/`);

    // The link only: the code in the same mail is never typed.
    await page.goto(link.href);
    await page.getByText('Compte', { exact: true }).click();
    await expect.poll(() => page.getByText('Connecté : carol@example.com').count()).toBe(1);
    await expect.poll(() => signIn.count()).toBe(0);
    // Back on the app, the tokens taken out of its address.
    expect(new URL(page.url()).origin).toBe(stack.url);
    expect(page.url()).not.toContain('access_token');
    // The session is carol's for the API too: what she types is saved as hers.
    await typeExpense(app, '6 € de journal');
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(1);
    const carol = auth.userIdOf('carol@example.com');
    expect(carol).toBeDefined();
    expect(await rowsOf(carol)).toEqual([{ amount: '6.00', user_id: carol }]);
    await close();
  });
});
