/**
 * Recurring expenses in the PWA (issue 21): "Netflix 9,99 € tous les mois" offers a card that makes
 * exactly one rule and no second expense for this month; "Non" makes none; "Rendre récurrente…" on
 * any expense; the rules in the settings, changed and deleted (with no serious axe finding); and
 * the month view's "À venir", apart from the total. The tests follow one another on one server.
 */
import AxeBuilder from '@axe-core/playwright';
import { centsToDecimal, decimalToCents, nextMonth, occurrenceDate } from '@voicetrack/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { parisDay } from './support/paris-time.ts';

const e2e = useBrowserAndStack({ microphone: false });

const today = parisDay(0);
const day = Number(today.slice(8, 10));
/** Where a rule made today from today's expense starts: its day next month. */
const nextDate = (d: number) => occurrenceDate(nextMonth(today.slice(0, 7)), d);
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

const rules = async () =>
  (await (await e2e.stack.api.recurring.$get()).json()).rules.map(
    (r) => `${r.description} ${r.amount} ${r.currency} ${r.category} day ${r.dayOfMonth} next ${r.nextDate}`,
  );
const expensesNamed = async (description: string) =>
  (await e2e.stack.expenses())
    .filter((e) => e.description === description)
    .map((e) => `${e.date} ${e.amount}`);

async function openApp(
  lang: 'fr' | 'en',
): Promise<{ page: Page; app: CapturePage; close: () => Promise<void> }> {
  const context = await e2e.newContext({ locale: WORDS[lang].locale, microphone: false });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  return { page: app.page, app, close: () => context.close() };
}

describe('the “every month?” card', () => {
  it('makes exactly one rule from “Netflix 9,99 € tous les mois”, starting next month: no second expense', async () => {
    const { page, app, close } = await openApp('fr');
    await typeExpense(app, 'Netflix 9,99 € tous les mois');
    const card = page.locator('.recurring-offer');
    await card.waitFor({ timeout: 30_000 });
    expect(plain(await card.locator('p').first().textContent())).toBe(
      `Chaque mois ? Netflix 9,99 € le ${day}`,
    );
    await card.getByRole('button', { name: 'Rendre récurrente' }).click();
    await expect
      .poll(async () => plain(await card.textContent()))
      .toBe(`Dépense récurrente créée : le ${day} de chaque mois.`);
    expect(await rules()).toEqual([`Netflix 9.99 EUR leisure day ${day} next ${nextDate(day)}`]);
    // Asked again (the list, the budgets: each runs the rules that are due), still one this month.
    await e2e.stack.api.budgets.$get({ query: { month: today.slice(0, 7) } });
    expect(await expensesNamed('Netflix')).toEqual([`${today} 9.99`]);

    // Answered: not offered again, even after a reload.
    await page.reload();
    await app.expenses().first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.recurring-offer').count()).toBe(0);
    expect(await rules()).toHaveLength(1);
    await close();
  });

  it('makes nothing on “No”', async () => {
    const { page, app, close } = await openApp('en');
    await typeExpense(app, 'Spotify 10.99 euros every month');
    const card = page.locator('.recurring-offer');
    await card.waitFor({ timeout: 30_000 });
    expect(plain(await card.locator('p').first().textContent())).toMatch(
      /^Every month\? Spotify €10\.99 on the \d+(st|nd|rd|th)$/,
    );
    await card.getByRole('button', { name: 'No', exact: true }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect((await rules()).filter((r) => r.startsWith('Spotify'))).toEqual([]);
    await close();
  });
});

describe('“Make recurring…” on an expense', () => {
  it('opens a form with the expense’s fields and makes the rule from next month', async () => {
    const { page, app, close } = await openApp('en');
    await app.expenses().filter({ hasText: 'Spotify' }).getByRole('button').first().click();
    await page
      .getByRole('dialog', { name: 'Edit expense' })
      .getByRole('button', { name: 'Make recurring…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Recurring expense' });
    await dialog.waitFor();
    const fields = {
      amount: await dialog.getByLabel('Amount').inputValue(),
      currency: await dialog.getByLabel('Currency').inputValue(),
      description: await dialog.getByLabel('Description').inputValue(),
      day: await dialog.getByLabel('Day of the month').inputValue(),
    };
    expect(fields).toEqual({ amount: '10.99', currency: 'EUR', description: 'Spotify', day: String(day) });
    await dialog.getByLabel('Day of the month').fill('31');
    // Said before it is made: next month's 31st, or its last day.
    expect(plain(await dialog.locator('.recurring-first').textContent())).toMatch(/^First expense: /);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Recurring expense created: on the 31st of every month.').waitFor();
    const spotify = (await rules()).filter((r) => r.startsWith('Spotify'));
    expect(spotify).toHaveLength(1);
    expect(spotify[0]).toMatch(new RegExp(`^Spotify 10\\.99 EUR \\w+ day 31 next ${nextDate(31)}$`));
    expect(await expensesNamed('Spotify')).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await close();
  });
});

describe('the rules in the settings', () => {
  it('are listed with their next date, changed from the next expense on, and deleted', async () => {
    const { page, close } = await openApp('fr');
    await page.getByRole('button', { name: WORDS.fr.settings, exact: true }).click();
    await page.getByText('Dépenses récurrentes', { exact: true }).click();
    const list = page.locator('.rule-list');
    await list.getByText('Netflix').waitFor();
    expect(plain(await list.locator('li').filter({ hasText: 'Netflix' }).textContent())).toContain(
      `9,99 €, le ${day} de chaque mois`,
    );
    await page.getByText('Alertes de budget', { exact: true }).click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.getByRole('button', { name: /^Modifier\s:\sNetflix$/ }).click();
    const form = list.locator('form');
    expect(await form.getByLabel('Montant').inputValue()).toBe('9,99');
    await form.getByLabel('Montant').fill('12,99');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Dépense récurrente modifiée (à partir de la prochaine).').waitFor();
    expect((await rules()).filter((r) => r.startsWith('Netflix'))).toEqual([
      `Netflix 12.99 EUR leisure day ${day} next ${nextDate(day)}`,
    ]);
    // This month's expense stays as it was made.
    expect(await expensesNamed('Netflix')).toEqual([`${today} 9.99`]);

    await page.getByRole('button', { name: /^Supprimer\s:\sSpotify$/ }).click();
    await page.getByText('Dépense récurrente supprimée (celles déjà faites restent).').waitFor();
    expect((await rules()).map((r) => r.split(' ')[0])).toEqual(['Netflix']);
    expect(await expensesNamed('Spotify')).toHaveLength(1);
    await close();
  });
});

describe('the month view’s “À venir”', () => {
  it('lists a rule before its day, apart from the total', async () => {
    const api = e2e.stack.api;
    const made = await (
      await api.recurring.$post({
        json: { amount: '7.50', currency: 'EUR', category: 'utilities', description: 'Box', dayOfMonth: 28 },
      })
    ).json();
    const month = made.rule.nextDate.slice(0, 7);
    // The phone's calendar on the 1st of that month: the 28th is still to come.
    const context = await e2e.newContext({ microphone: false });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${month}-01T10:00:00Z`));
    await api.import.$post({
      json: {
        app: 'voicetrack',
        version: 2,
        exportedAt: new Date().toISOString(),
        expenses: [
          {
            clientId: crypto.randomUUID(),
            amount: '20.00',
            currency: 'EUR',
            category: 'groceries',
            description: 'Marché',
            date: `${month}-01`,
            transcript: null,
            source: 'text',
            status: 'saved',
          },
        ],
      },
    });
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await page.getByRole('button', { name: 'Mois', exact: true }).click();
    const coming = page.getByRole('region', { name: 'À venir' });
    await coming.waitFor({ timeout: 20_000 });
    expect((await coming.locator('li').allTextContents()).map(plain)).toContain('Box 7,50 € le 28');
    // Not spent yet: the total is what was spent this month, without it.
    const spent = (await e2e.stack.expenses()).filter((e) => e.date.startsWith(month));
    const cents = spent.reduce((s, e) => s + (decimalToCents(e.amount ?? '0') ?? 0), 0);
    expect(plain(await page.locator('[data-currency="EUR"] .total-amount').textContent())).toBe(
      `${centsToDecimal(cents).replace('.', ',')} €`,
    );
    expect(spent.some((e) => e.description === 'Box')).toBe(false);
    await context.close();
  });
});
