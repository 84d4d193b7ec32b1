/**
 * Live updates: between two devices of the same user (local mode: the edge's event stream fed by
 * Postgres LISTEN/NOTIFY), an expense typed on one appears on the other without a reload; and a
 * page hears from its service worker when the worker's Background Sync sent the outbox. Then two
 * people of a household, each on their phone: Marie creates « Coloc » and passes the invite link
 * on, Paul opens it and joins; Marie types « 48 € au resto, on partage » with no signal (its
 * split shown at once, sent once when the signal is back); both see who owes whom, Paul settles
 * with one « Régler », and both see « quittes ». The month counts the bill once.
 */

import { countsInTotals, decimalToCents } from '@voicetrack/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { euros, householdOf, monthTotal, openFoyer, readText, sees } from './support/households.ts';
import { untilControlled } from './support/service-worker.ts';
import { shot } from './support/shots.ts';

const e2e = useBrowserAndStack();

/** Opens the 48 € bill's « Rendre récurrente… » (its edit dialog's button). */
async function makeRecurring(page: Page, editTitle: string, button: string) {
  await page
    .locator('.expense:not([data-unsent])')
    .filter({ hasText: '48,00' })
    .or(page.locator('.expense:not([data-unsent])').filter({ hasText: '€48.00' }))
    .getByRole('button')
    .first()
    .click();
  await page.getByRole('dialog', { name: editTitle }).getByRole('button', { name: button }).click();
}

const typeExpense = async (app: CapturePage, text: string) => {
  await app.typedInput.fill(text);
  await app.typedInput.press('Enter');
};

describe('two open devices', () => {
  it('shows on the second an expense saved from the first, with no reload', async () => {
    const phone = await e2e.newContext();
    const laptop = await e2e.newContext();
    const a = new CapturePage(await phone.newPage());
    const b = new CapturePage(await laptop.newPage());
    await Promise.all([a.open(e2e.stack.url), b.open(e2e.stack.url)]);
    // The second device's stream is open once the page has loaded.
    await b.page.waitForLoadState('load');
    expect(await b.expenses().count()).toBe(0);

    await typeExpense(a, '31 € de pharmacie');
    await expect.poll(() => a.expenses().count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => b.expenses().count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => b.expenses().first().textContent()).toContain('31,00');
    await Promise.all([phone.close(), laptop.close()]);
  });
});

/** Fires the worker's Background Sync of the outbox, as Chromium does once the network is back. */
async function fireBackgroundSync(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: e2e.stack.url,
    registrationId: await registrationId,
    tag: 'voicetrack-outbox',
    lastChance: false,
  });
}

describe('the service worker’s Background Sync', () => {
  it('tells the page, which refreshes its list from the server', async () => {
    const context = await e2e.newContext();
    // A browser with no event stream: only the worker's message can tell this page of other changes.
    await context.addInitScript(() => Reflect.deleteProperty(window, 'EventSource'));
    const page = await context.newPage();
    // The page's own sends fail; the worker's go through (page.route does not see the worker's).
    await page.route('**/api/text', (route) => route.abort('internetdisconnected'));
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await untilControlled(page);
    const before = await app.expenses().count();

    // Another device saves an expense: this page has not heard of it.
    const other = await e2e.stack.api.text.$post({
      json: {
        text: '9 € de journal',
        clientId: crypto.randomUUID(),
        recordedAt: new Date().toISOString(),
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      },
    });
    expect(other.status).toBe(201);
    const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/text'));
    await typeExpense(app, '14 € de pharmacie');
    await failed;
    // Read on the phone: its expense shows at once, not sent yet.
    await expect.poll(() => app.unsentExpenses().count()).toBe(1);

    await fireBackgroundSync(page);
    await expect.poll(() => app.unsentExpenses().count(), { timeout: 20_000 }).toBe(0);
    // Its own note, written by the worker, and the other device's, fetched on the worker's word.
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(before + 2);
    await expect.poll(() => app.expenses().filter({ hasText: 'Journal' }).count()).toBe(1);
    await context.close();
  });

  it('waits for the page’s flush under way, then sends the note its failed try left waiting', async () => {
    const context = await e2e.newContext();
    // The sync is fired below while the page's try is on its way (as Chromium fires it when the
    // network comes back during one): the page registers none, so none comes earlier.
    await context.addInitScript(() =>
      Object.defineProperty(ServiceWorkerRegistration.prototype, 'sync', { get: () => undefined }),
    );
    const page = await context.newPage();
    // The page cannot reach the server: its first send hangs until let go, then fails, as every
    // later one does. The worker's go through (page.route does not see the worker's).
    let letGo = () => {};
    const hanging = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    await page.route('**/api/text', async (route) => {
      await hanging;
      await route.abort('internetdisconnected');
    });
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await untilControlled(page);
    const onItsWay = page.waitForRequest((r) => r.url().endsWith('/api/text'));
    await typeExpense(app, '23 € de librairie');
    await onItsWay;
    await expect.poll(() => app.unsentExpenses().count()).toBe(1);
    const clientId = await app.unsentExpenses().first().getAttribute('data-client-id');

    void fireBackgroundSync(page);
    // The worker's sync asks for the flush's lock, held by the page's try (the origin's locks, as
    // the page sees them); one that skipped instead never waits there.
    const workerWaits = () =>
      page.evaluate(
        async () =>
          (await navigator.locks.query()).pending?.some((l) => l.name === 'voicetrack-flush') ?? false,
      );
    for (let tries = 0; tries < 100 && !(await workerWaits()); tries++) await page.waitForTimeout(100);
    letGo();
    // The page's try failed; the worker, after it, sends the note once.
    await expect
      .poll(async () => (await e2e.stack.expenses()).filter((e) => e.clientId === clientId).length, {
        timeout: 20_000,
      })
      .toBe(1);
    await expect.poll(() => app.unsentExpenses().count(), { timeout: 20_000 }).toBe(0);
    await expect
      .poll(
        () =>
          app
            .expenses()
            .filter({ hasText: /Librairie/i })
            .count(),
        { timeout: 20_000 },
      )
      .toBe(1);
    await context.close();
  });
});

describe('a household of two phones', () => {
  it('joins by the invite link, splits a bill typed offline, says who owes whom, and settles up', async () => {
    const [phoneA, phoneB] = await Promise.all([e2e.newContext(), e2e.newContext()]);
    const marie = new CapturePage(await phoneA.newPage());
    const paul = new CapturePage(await phoneB.newPage());
    await Promise.all([marie.open(e2e.stack.url), paul.open(e2e.stack.url)]);

    // Marie creates the household: its invite is a link and a code.
    let foyer = await openFoyer(marie.page);
    await foyer.getByRole('textbox', { name: /Ton prénom/ }).fill('Marie');
    await foyer.getByRole('textbox', { name: 'Nom du foyer' }).fill('Coloc');
    await foyer.getByRole('button', { name: 'Créer le foyer' }).click();
    const link = (await foyer.locator('[data-invite-link]').textContent()) ?? '';
    expect(link).toMatch(/^https:\/\/voicetrack\.test\/#household=[^&]+$/);
    expect(await foyer.locator('[data-invite-code]').textContent()).toBe(
      new URLSearchParams(new URL(link).hash.slice(1)).get('household'),
    );
    await foyer.getByRole('button', { name: 'Fermer' }).click();

    // Paul opens the link: asked first, then in; the code leaves the address.
    await paul.page.goto('about:blank');
    await paul.page.goto(link);
    const ask = paul.page.getByRole('dialog', { name: 'Rejoindre le foyer « Coloc » ?' });
    await ask.getByRole('textbox', { name: /Ton prénom/ }).fill('Paul');
    await ask.getByRole('button', { name: 'Rejoindre' }).click();
    await sees(paul.page, 'Bienvenue dans le foyer « Coloc ».').waitFor();
    expect(new URL(paul.page.url()).hash).toBe('');

    // Marie sees Paul among the members, then types the bill with no signal.
    foyer = await openFoyer(marie.page);
    await foyer.getByRole('list', { name: 'Membres' }).getByText('Paul').waitFor();
    // A local server has one household: no « Un autre foyer » to make or join a second.
    expect(await foyer.getByText('Un autre foyer').count()).toBe(0);
    await foyer.getByRole('button', { name: 'Fermer' }).click();
    const shared = marie.page.getByRole('switch', { name: 'Partagé avec Coloc' });
    await shared.check();
    // The worker in control before the cut: offline, the note's reading and the split's words are
    // lazy chunks only its cache gives. Cut while it still installed (under load, its 88 files
    // outlast the steps above), the row or its words never came.
    await untilControlled(marie.page);
    await phoneA.setOffline(true);
    await marie.typedInput.fill('48 € au resto, on partage');
    await marie.typedInput.press('Enter');
    // Read on the phone by the offline reading's chunk, compiled from the worker's cache on first
    // use: 20 s as in households-unsent-split (the poll's default second is no product's figure).
    await expect.poll(() => marie.unsentExpenses().count(), { timeout: 20_000 }).toBe(1);
    expect(await readText(marie.page, '.expense[data-unsent]')).toContain('48,00 €');
    // The split's words come with a lazy chunk (from the worker's cache here): a moment after the row.
    await expect
      .poll(() => readText(marie.page, '.expense[data-unsent]'), { timeout: 20_000 })
      .toContain('partagé : toi 24,00 €, Paul 24,00 €');
    await phoneA.setOffline(false);
    await expect.poll(() => marie.unsentExpenses().count(), { timeout: 20_000 }).toBe(0);
    await expect
      .poll(() => readText(marie.page, '.expense'), { timeout: 20_000 })
      .toContain('partagé : toi 24,00 €, Paul 24,00 €');
    // Sent once; remembered across a reload.
    const bills = (
      await (
        await e2e.stack.api.expenses.$get({ query: { householdId: await householdOf(marie.page) } })
      ).json()
    ).expenses;
    expect(bills.map((b) => [b.amount, b.split?.map((s) => s.cents)])).toEqual([['48.00', [2400, 2400]]]);
    await marie.page.reload();
    expect(await marie.page.getByRole('switch', { name: 'Partagé avec Coloc' }).isChecked()).toBe(true);

    // Who owes whom, from each side.
    await Promise.all(
      [marie, paul].map((p) => p.page.getByRole('button', { name: 'Mois', exact: true }).click()),
    );
    await sees(marie.page, 'Paul te doit 24,00 €').waitFor({ timeout: 20_000 });
    await sees(paul.page, 'Tu dois 24,00 € à Marie').waitFor({ timeout: 20_000 });

    // The bill counted once: Paul's share in « Moi » (with the server's personal expenses: one
    // owner in local mode), the whole bill in « Foyer », never both.
    const personal = (await e2e.stack.expenses())
      .filter(
        (e) =>
          e.currency === 'EUR' && e.date.startsWith(bills[0]?.date.slice(0, 7) ?? '-') && countsInTotals(e),
      )
      .reduce((sum, e) => sum + (decimalToCents(e.amount ?? '0') ?? 0), 0);
    // Polled: the month is drawn from the phone's copy first, the household's bills a moment later.
    await expect.poll(() => monthTotal(paul.page), { timeout: 20_000 }).toBe(euros(personal + 2400));
    await paul.page.getByRole('radio', { name: 'Foyer' }).check();
    await expect.poll(() => monthTotal(paul.page)).toBe('48,00 €');
    // Under « Foyer » the bars are the household's budgets, over its bills whole: Paul sets one.
    await paul.page.getByRole('button', { name: 'Définir un budget : Restaurant' }).click();
    await paul.page.getByRole('textbox', { name: 'Budget mensuel (EUR)' }).fill('100');
    await paul.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await sees(paul.page, 'Budget du foyer Coloc enregistré : Restaurant, 100,00 € par mois').waitFor();
    const bar = paul.page.getByRole('progressbar', { name: 'Budget du foyer Coloc : Restaurant' });
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('48');
    // Under « Moi », beside his own budgets, the household's in one line, one tap away.
    await paul.page.getByRole('radio', { name: 'Moi' }).check();
    await sees(paul.page, 'Budgets du foyer Coloc : Restaurant 48,00 € sur 100,00 €').waitFor();
    expect(await bar.count()).toBe(0);
    await paul.page.getByRole('button', { name: 'Voir les budgets du foyer' }).click();
    await bar.waitFor();
    await paul.page.getByRole('radio', { name: 'Marie' }).check();
    await expect.poll(() => monthTotal(paul.page)).toBe('24,00 €');
    // The bill is the household's: in nobody's personal list (the laptop's, on this one-owner server).
    expect((await e2e.stack.expenses()).filter((e) => e.amount === '48.00')).toEqual([]);

    // Paul settles: asked first, then square on both phones.
    await paul.page.getByRole('button', { name: 'Régler : Tu dois 24,00 € à Marie' }).click();
    const settle = paul.page.getByRole('alertdialog', { name: 'Tu as remboursé 24,00 € à Marie ?' });
    await settle.getByRole('button', { name: 'Confirmer' }).click();
    await sees(paul.page, 'Vous êtes quittes.').waitFor({ timeout: 20_000 });
    await paul.page.getByRole('status').filter({ hasText: 'Remboursement de 24,00 € noté.' }).waitFor();
    // Marie's phone hears it at once (the change stream's `settlement`): no reload, no return.
    await sees(marie.page, 'Vous êtes quittes.').waitFor({ timeout: 10_000 });
    // A repayment is in no total (polled: the settlement's change redraws the month).
    await expect.poll(() => monthTotal(marie.page), { timeout: 20_000 }).toBe(euros(personal + 2400));

    // Said in words, a repayment is proposed by the server and recorded from its card.
    await paul.page.getByRole('button', { name: 'Saisie', exact: true }).click();
    await paul.page.getByRole('switch', { name: 'Partagé avec Coloc' }).check();
    await paul.typedInput.fill('j’ai remboursé 10 € à Marie');
    await paul.typedInput.press('Enter');
    const offer = paul.page.getByRole('region', { name: 'Tu as remboursé 10,00 € à Marie ?' });
    await offer.getByRole('button', { name: 'Noter le remboursement' }).click({ timeout: 20_000 });
    await offer.waitFor({ state: 'detached' });
    await paul.page.getByRole('button', { name: 'Mois', exact: true }).click();
    await sees(paul.page, 'Marie te doit 10,00 €').waitFor({ timeout: 20_000 });

    // Under « Moi », the household's budget line follows a bill typed on the other phone, live.
    await paul.page.getByRole('radio', { name: 'Moi' }).check();
    await sees(paul.page, 'Restaurant 48,00 € sur 100,00 €').waitFor();
    await marie.page.getByRole('button', { name: 'Saisie', exact: true }).click();
    await marie.typedInput.fill('12 € au resto, on partage');
    await marie.typedInput.press('Enter');
    await sees(paul.page, 'Restaurant 60,00 € sur 100,00 €').waitFor({ timeout: 20_000 });

    // The bill made recurring, split by percentages: a sum that is not 100 is said, and not sent.
    await marie.page.setViewportSize({ width: 390, height: 844 });
    await makeRecurring(marie.page, 'Modifier la dépense', 'Rendre récurrente…');
    let rule = marie.page.getByRole('dialog', { name: 'Dépense récurrente' });
    expect(await rule.getByRole('checkbox', { name: 'Partagé avec Coloc' }).isChecked()).toBe(true);
    await rule.getByRole('combobox', { name: 'Répartie' }).selectOption({ label: 'En pourcentages' });
    expect(await rule.getByRole('textbox', { name: 'Mon pourcentage' }).inputValue()).toBe('50');
    await rule.getByRole('textbox', { name: 'Mon pourcentage' }).fill('60');
    await rule.getByRole('textbox', { name: 'Pourcentage de Paul' }).fill('30');
    const wrong = 'Les pourcentages font 90 % en tout : il faut 100 %.';
    expect(await readText(marie.page, '#split-says')).toBe(wrong);
    await shot(marie.page, 'split-form-fr-wrong');
    await rule.getByRole('button', { name: 'Créer' }).click();
    expect(await rule.getByRole('alert').allTextContents()).toHaveLength(2);
    await rule.getByRole('textbox', { name: 'Pourcentage de Paul' }).fill('40');
    expect(await readText(marie.page, '#split-says')).toBe('Moi 60 % / Paul 40 %');
    await shot(marie.page, 'split-form-fr-light');
    const sent = marie.page.waitForRequest(
      (r) => r.url().endsWith('/api/recurring') && r.method() === 'POST',
    );
    await rule.getByRole('button', { name: 'Créer' }).click();
    expect(Object.values((await sent).postDataJSON().split.percents)).toEqual([60, 40]);
    await sees(marie.page, 'Dépense récurrente créée').waitFor();

    // In English and dark, by shares: « 2 shares / 1 share » read back.
    await marie.page.emulateMedia({ colorScheme: 'dark' });
    await marie.page.evaluate(() => localStorage.setItem('voicetrack.lang', 'en'));
    await marie.page.reload();
    await makeRecurring(marie.page, 'Edit expense', 'Make recurring…');
    rule = marie.page.getByRole('dialog', { name: 'Recurring expense' });
    await rule.getByRole('combobox', { name: 'Split' }).selectOption({ label: 'By shares' });
    await rule.getByRole('textbox', { name: 'My shares' }).fill('2');
    expect(await readText(marie.page, '#split-says')).toBe('Me 2 shares / Paul 1 share');
    await rule.getByRole('textbox', { name: 'Paul’s shares' }).fill('1.5');
    expect(await readText(marie.page, '#split-says')).toBe('A share is a whole number from 0 to 1000.');
    await rule.getByRole('textbox', { name: 'Paul’s shares' }).fill('1');
    await shot(marie.page, 'split-form-en-dark');
    await rule.getByRole('button', { name: 'Cancel' }).click();
    await Promise.all([phoneA.close(), phoneB.close()]);
  });
});
