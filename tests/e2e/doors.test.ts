/**
 * The doors in, in real Chromium against the built PWA and the real server: a phone paired by
 * the link `pnpm pair` prints, capturing offline and syncing with its token (and hearing another
 * paired device's expense through the change stream's ticket); and the Web Share Target, a form
 * POST of an audio file intercepted by the real service worker, offline, then saved once.
 */
import { readFileSync } from 'node:fs';
import type { App } from '@voicetrack/edge/wire.ts';
import { hc } from 'hono/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapturePage, launchBrowser, newContext, type Stack, startStack } from './support/harness.ts';
import { untilControlled } from './support/service-worker.ts';

const M4A = readFileSync(new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.m4a', import.meta.url));
const CAMT = readFileSync(
  new URL('../fixtures/statements/camt053-v02-card-sepa-salary.xml', import.meta.url),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function typeExpense(app: CapturePage, text: string) {
  await app.typedInput.fill(text);
  await app.typedInput.press('Enter');
}

describe('a phone paired by its link', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** What `pnpm pair` prints: the secret file in DATA_DIR, then a code from the running server. */
  const pairingLink = (name?: string) =>
    (stack.deployment as NonNullable<Stack['deployment']>).pairingLink(name);

  it('pairs, captures offline, and syncs with its token once online', async () => {
    // Through the proxy, as anyone on the network would ask: no token, no expenses.
    const api = hc<App>(stack.url, { fetch: stack.fetch }).api;
    expect((await api.expenses.$get({ query: {} })).status).toBe(401);
    const context = await newContext(browser, { stack });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await page.goto(await pairingLink());
    await app.recordButton.waitFor();
    // Good news, said as such: a status, not an alert in error red.
    await expect
      .poll(() => page.getByRole('status').allTextContents(), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining('Ce téléphone est appairé'));
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    expect(await pairingLink()).toMatch(/^https:\/\/voicetrack\.test\/#pair=/);
    await untilControlled(page);

    await context.setOffline(true);
    await typeExpense(app, '12,50 resto ce midi');
    // Read on the phone: its expense shows at once, not sent yet.
    await expect.poll(() => app.unsentExpenses().count()).toBe(1);
    await context.setOffline(false);

    const token = await page.evaluate(async () => {
      const req = indexedDB.open('voicetrack');
      const db: IDBDatabase = await new Promise((r) => {
        req.onsuccess = () => r(req.result);
      });
      return await new Promise<string>((r) => {
        const q = db.transaction('meta').objectStore('meta').get('device');
        q.onsuccess = () => r((q.result as { value: { token: string } }).value.token);
      });
    });
    const withToken = { headers: { authorization: `Bearer ${token}` } };
    await expect
      .poll(async () => (await (await api.expenses.$get({ query: {} }, withToken)).json()).expenses.length, {
        timeout: 30_000,
      })
      .toBe(1);
    await expect.poll(() => app.expenses().first().textContent(), { timeout: 20_000 }).toMatch(/12,50\s€/);
    await expect.poll(() => app.pendingNotes().count()).toBe(0);

    // A second paired device hears it through the change stream (opened with a ticket).
    const laptop = await newContext(browser, { stack });
    const second = new CapturePage(await laptop.newPage());
    await second.page.goto(await pairingLink());
    await expect.poll(() => second.expenses().count(), { timeout: 20_000 }).toBe(1);
    await typeExpense(app, '4 € de café');
    await expect.poll(() => second.expenses().count(), { timeout: 20_000 }).toBe(2);
    await laptop.close();
    await context.close();
  });

  it('sends a note typed while its pairing link was pairing, with the token, once', async () => {
    const context = await newContext(browser, { stack });
    const page = await context.newPage();
    // A slow link: the pairing takes two seconds, and a note that left meanwhile arrives after it.
    let paired = () => {};
    const pairedNow = new Promise<void>((resolve) => {
      paired = resolve;
    });
    page.on('response', (res) => {
      if (new URL(res.url()).pathname === '/api/pair' && res.status() === 201) paired();
    });
    await page.route('**/api/pair', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    const withoutToken: string[] = [];
    await page.route('**/api/text', async (route) => {
      if (!route.request().headers().authorization) withoutToken.push(route.request().url());
      await pairedNow;
      await route.continue();
    });
    await page.goto(await pairingLink());
    const app = new CapturePage(page);
    await typeExpense(app, '3 € de croissants');
    await page.getByText('Ce téléphone est appairé').waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await stack.expenses()).filter((e) => e.amount === '3.00').length, {
        timeout: 15_000,
      })
      .toBe(1);
    // Nothing left before the token was there.
    expect(withoutToken).toEqual([]);
    await context.close();
  });

  it('tells a phone that is not paired at once, keeps its note, sends it once paired; revoking itself asks first', async () => {
    const context = await newContext(browser, { stack });
    const page = await context.newPage();
    const app = new CapturePage(page);
    // Opened without its pairing link: the server answers only paired devices.
    await page.goto(stack.url);
    const banner = page.getByRole('region', { name: 'Ce téléphone n’est pas appairé' });
    await banner.waitFor({ timeout: 20_000 });
    await typeExpense(app, '7 € de cinéma');
    await banner.getByText('Votre note reste sur ce téléphone et partira une fois appairé.').waitFor();
    expect((await stack.expenses()).filter((e) => e.amount === '7.00')).toHaveLength(0);

    // The code shown on the computer, typed in the banner.
    const code = new URL(await pairingLink()).hash.replace('#pair=', '');
    await banner.getByLabel(/Code d’appairage/).fill(code);
    await banner.getByRole('button', { name: 'Appairer' }).click();
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await expect
      .poll(async () => (await stack.expenses()).filter((e) => e.amount === '7.00').length, {
        timeout: 20_000,
      })
      .toBe(1);

    // Revoking this very phone asks first; « Annuler » keeps it paired.
    await page.getByRole('button', { name: 'Réglages', exact: true }).click();
    await page.getByText('Appareils et raccourcis').click();
    await page.getByText('(cet appareil)').waitFor();
    const self = page.getByRole('listitem').filter({ hasText: '(cet appareil)' });
    await self.getByRole('button', { name: /^Révoquer/ }).click();
    const ask = page.getByRole('alertdialog', { name: /Révoquer ce téléphone\s\?/ });
    await ask.getByRole('button', { name: 'Annuler' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.getByText('(cet appareil)').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Ce téléphone n’est pas appairé' }).count()).toBe(0);
    await self.getByRole('button', { name: /^Révoquer/ }).click();
    await ask.getByRole('button', { name: 'Révoquer ce téléphone' }).click();
    // Cut off: said at once, with the way to pair again.
    await page.getByRole('region', { name: 'Ce téléphone n’est pas appairé' }).waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('tells a phone revoked from another device on its next request, keeps its note, and sends it once paired again', async () => {
    const phoneA = await newContext(browser, { stack });
    const a = new CapturePage(await phoneA.newPage());
    await a.page.goto(await pairingLink('Téléphone de Léa'));
    await a.page.getByText('Ce téléphone est appairé').waitFor({ timeout: 20_000 });
    const phoneB = await newContext(browser, { stack });
    const b = await phoneB.newPage();
    await b.goto(await pairingLink());
    await b.getByText('Ce téléphone est appairé').waitFor({ timeout: 20_000 });

    // B revokes A: no question asked for another device.
    await b.getByRole('button', { name: 'Réglages', exact: true }).click();
    await b.getByText('Appareils et raccourcis').click();
    const lea = b.getByRole('listitem').filter({ hasText: 'Téléphone de Léa' });
    await lea.getByRole('button', { name: /^Révoquer/ }).click();
    await lea.waitFor({ state: 'detached', timeout: 20_000 });

    // A's next request is refused: said at once, as revoked, and the note stays on the phone.
    await typeExpense(a, '9 € de fleurs');
    const banner = a.page.getByRole('region', { name: 'Ce téléphone a été révoqué' });
    await banner.waitFor({ timeout: 20_000 });
    await banner.getByText('Votre note reste sur ce téléphone et partira une fois appairé.').waitFor();
    // The row read on the phone comes with the lazy parser chunk, a moment after the banner under load.
    await expect.poll(() => a.unsentExpenses().count(), { timeout: 20_000 }).toBe(1);
    expect((await stack.expenses()).filter((e) => e.amount === '9.00')).toHaveLength(0);

    // Paired again with a code from the computer: the note kept goes, once.
    const code = new URL(await pairingLink()).hash.replace('#pair=', '');
    await banner.getByLabel(/Code d’appairage/).fill(code);
    await banner.getByRole('button', { name: 'Appairer' }).click();
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await expect
      .poll(async () => (await stack.expenses()).filter((e) => e.amount === '9.00').length, {
        timeout: 20_000,
      })
      .toBe(1);
    await phoneB.close();
    await phoneA.close();
  });

  it('refuses a link whose code was already used, saying so', async () => {
    const link = await pairingLink();
    const first = await newContext(browser, { stack });
    const a = await first.newPage();
    await a.goto(link);
    await a.getByText('Ce téléphone est appairé').waitFor({ timeout: 20_000 });
    const second = await newContext(browser, { stack });
    const b = await second.newPage();
    await b.goto(link);
    await expect
      .poll(() => b.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('déjà utilisé');
    await first.close();
    await second.close();
  });
});

describe('the share sheet (Web Share Target)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /**
   * What Android does when a voice memo (or, in `field` 'statement', a bank's file) is shared to
   * the app: a multipart POST to /share.
   */
  async function shareAudio(page: Page, bytes: Buffer, type: string, name: string, field = 'audio') {
    await page.evaluate((field) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = '/share';
      form.enctype = 'multipart/form-data';
      form.id = 'share';
      const file = document.createElement('input');
      file.type = 'file';
      file.name = field;
      file.id = 'share-audio';
      const text = document.createElement('input');
      text.name = 'text';
      text.value = 'Message vocal';
      form.append(file, text);
      document.body.append(form);
    }, field);
    await page.setInputFiles('#share-audio', { name, mimeType: type, buffer: bytes });
    await page.evaluate(() => (document.getElementById('share') as HTMLFormElement).submit());
  }

  it('keeps a shared voice memo offline, then saves it exactly once', async () => {
    const context = await newContext(browser, { stack });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(stack.url);
    await untilControlled(page);
    await context.setOffline(true);
    await shareAudio(page, M4A, 'audio/mp4', 'Mémo vocal.m4a');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '', { timeout: 20_000 });
    await page.getByRole('status').filter({ hasText: 'Note vocale partagée' }).waitFor();
    await expect.poll(() => app.pendingNotes().count()).toBe(1);
    expect(stack.fake.calls).toHaveLength(0);

    await context.setOffline(false);
    await expect.poll(() => app.expenses().first().textContent(), { timeout: 30_000 }).toMatch(/12,50\s€/);
    await page.reload();
    await app.recordButton.waitFor();
    const calls = stack.fake.calls.filter((c) => c.route === 'transcriptions');
    expect(calls.map((c) => c.audioBytes)).toEqual([M4A.length]);
    const saved = (await (await stack.api.expenses.$get({ query: {} })).json()).expenses;
    expect(saved.map((e) => e.amount)).toEqual(['12.50']);
    await context.close();
  });

  it('keeps a shared bank statement offline, then imports it once, not as a note', async () => {
    const context = await newContext(browser, { stack });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(stack.url);
    await untilControlled(page);
    const statements = async () => (await (await stack.api.statements.$get()).json()).statements;
    const onPhone = () =>
      page.evaluate(async () => {
        const req = indexedDB.open('voicetrack');
        const db: IDBDatabase = await new Promise((r) => {
          req.onsuccess = () => r(req.result);
        });
        return await new Promise<number>((r) => {
          const q = db.transaction('statements').objectStore('statements').count();
          q.onsuccess = () => r(q.result);
        });
      });
    await context.setOffline(true);
    await shareAudio(page, CAMT, 'application/xml', 'releve.xml', 'statement');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '', { timeout: 20_000 });
    await page.getByRole('status').filter({ hasText: 'Relevé bancaire partagé' }).waitFor();
    expect(await onPhone()).toBe(1);
    // Not a voice note, and its caption (« Message vocal ») is no typed note either.
    expect(await app.pendingNotes().count()).toBe(0);
    expect(await statements()).toEqual([]);

    await context.setOffline(false);
    await expect.poll(onPhone, { timeout: 30_000 }).toBe(0);
    await page.reload();
    await app.recordButton.waitFor();
    expect((await statements()).map((s) => [s.format, s.lines, s.fileName])).toEqual([
      ['camt053', 6, 'releve.xml'],
    ]);
    await context.close();
  });

  it('refuses a file that is not audio with a message, and keeps the words that came with it', async () => {
    const context = await newContext(browser, { stack });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(stack.url);
    await untilControlled(page);
    await shareAudio(page, Buffer.from('%PDF-1.7 not audio'), 'application/pdf', 'relevé.pdf');
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('pas un son');
    // The words that came with it are still kept, as a typed note.
    const notes = () =>
      page.evaluate(async () => {
        const req = indexedDB.open('voicetrack');
        const db: IDBDatabase = await new Promise((r) => {
          req.onsuccess = () => r(req.result);
        });
        return await new Promise<{ kind: string; text?: string }[]>((r) => {
          const q = db.transaction('notes').objectStore('notes').getAll();
          q.onsuccess = () => r(q.result as { kind: string; text?: string }[]);
        });
      });
    await expect
      .poll(async () => (await notes()).map((n) => [n.kind, n.text]))
      .toEqual([['text', 'Message vocal']]);
    expect(stack.fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(1);
    await context.close();
  });

  /**
   * Another site's page that submits a form to the app's /share as soon as it opens (the page is
   * the browser's own answer: the phone's network reaches no other name). `hidden`: it hides its
   * origin too (no referrer: the worker then sees `Origin: null`).
   */
  const attackPage = (hidden: boolean) =>
    `<!doctype html>${hidden ? '<meta name="referrer" content="no-referrer">' : ''}
     <form method="post" action="${stack.url}/share" enctype="multipart/form-data">
       <input name="text" value="666 euros casino pirate"></form>
     <script>document.forms[0].submit()</script>`;

  it('refuses another site’s form, and keeps one that hides its origin only as an expense to confirm', async () => {
    const context = await newContext(browser, { stack });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(stack.url);
    await untilControlled(page);
    await context.route('https://casino.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: attackPage(route.request().url().endsWith('/hidden')),
      }),
    );
    const arrived = () => page.waitForURL((url) => url.host === new URL(stack.url).host && url.search === '');

    await page.goto('https://casino.example/open');
    await arrived();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('autre site');

    await page.goto('https://casino.example/hidden');
    await arrived();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('confirmation');
    // On the server, once: waiting for the person's tap, counted in no total.
    await expect
      .poll(
        async () =>
          (await stack.expenses())
            .filter((e) => e.amount === '666.00')
            .map((e) => [e.status, e.reviewReason]),
        { timeout: 30_000 },
      )
      .toEqual([['needs_review', 'awaiting_confirmation']]);
    await context.close();
  });

  it('without the worker (the app never opened), the server says to open it first', async () => {
    const res = await stack.fetch(`${stack.url}/share`, {
      method: 'POST',
      body: new FormData(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?shared=unavailable');
  });
});
