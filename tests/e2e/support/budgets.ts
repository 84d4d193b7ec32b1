/** What the budget e2e files share: the month's seed (a budget at 50 %, 85 %, 120 %, the total), its words, opening the month. */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang } from './day-of-use.ts';
import { CapturePage, type Stack } from './harness.ts';
import { parisDay } from './paris-time.ts';

export const today = parisDay(0);
export const row = (amount: string | null, category: string, status: 'saved' | 'needs_review' = 'saved') => ({
  clientId: crypto.randomUUID(),
  amount,
  currency: 'EUR',
  category,
  description: '',
  date: today,
  transcript: null,
  source: 'text',
  status,
});

/**
 * 50 % of groceries, 85 % of dining (and 18 € waiting for review there), 120 % of transport, 30 €
 * of leisure without a budget: 285 € of the total's 400 (71 %).
 */
export async function seed(stack: Stack) {
  const res = await stack.api.import.$post({
    json: {
      app: 'voicetrack',
      version: 2,
      exportedAt: new Date().toISOString(),
      expenses: [
        row('50.00', 'groceries'),
        row('85.00', 'dining'),
        row('18.00', 'dining', 'needs_review'),
        row('120.00', 'transport'),
        row('30.00', 'leisure'),
      ],
      budgets: [
        { category: 'groceries', currency: 'EUR', amount: '100.00' },
        { category: 'dining', currency: 'EUR', amount: '100.00' },
        { category: 'transport', currency: 'EUR', amount: '100.00' },
        { category: 'total', currency: 'EUR', amount: '400.00' },
      ],
    },
  });
  expect(res.status).toBe(200);
}

export const SAY = {
  fr: {
    month: 'Mois',
    names: { groceries: 'Courses', dining: 'Restaurant', transport: 'Transport', total: 'Total EUR' },
    groceries: ['50 % du budget', '50,00 € sur 100,00 € · reste 50,00 €'],
    dining: ['Attention : 85 % du budget', '85,00 € sur 100,00 € · reste 15,00 €'],
    diningPending: 'En attente : 1, 18,00 € (pas encore comptée)',
    transport: ['Budget dépassé : 120 %', '120,00 € sur 100,00 € · dépassé de 20,00 €'],
    total: ['71 % du budget', '285,00 € sur 400,00 € · reste 115,00 €'],
    apart: 'Pas encore comptée dans les budgets : 1 dépense à vérifier ou à confirmer, 18,00 €',
    set: /^Définir un budget\s:\sLoisirs$/,
    change: /^Modifier le budget\s:\sLoisirs$/,
    field: 'Budget mensuel (EUR)',
    save: 'Enregistrer',
    remove: 'Supprimer le budget',
    add: 'Ajouter un budget',
    for: 'Pour',
    health: 'Santé',
    amount: 'Budget mensuel',
    currency: 'Devise',
    typed: ['45,50', '60'],
    invalid: 'Montant invalide : par exemple 12,50',
    leisure: (budget: string) => `30,00 € sur ${budget}`,
    onPhone: 'Hors ligne : calculé sur ce téléphone.',
  },
  en: {
    month: 'Month',
    names: { groceries: 'Groceries', dining: 'Dining', transport: 'Transport', total: 'Total EUR' },
    groceries: ['50% of budget', '€50.00 of €100.00 · €50.00 left'],
    dining: ['Warning: 85% of budget', '€85.00 of €100.00 · €15.00 left'],
    diningPending: 'Waiting: 1, €18.00 (not counted yet)',
    transport: ['Over budget: 120%', '€120.00 of €100.00 · €20.00 over'],
    total: ['71% of budget', '€285.00 of €400.00 · €115.00 left'],
    apart: 'Not counted in budgets yet: 1 expense to review or confirm, €18.00',
    set: /^Set a budget:\sLeisure$/,
    change: /^Change the budget:\sLeisure$/,
    field: 'Monthly budget (EUR)',
    save: 'Save',
    remove: 'Remove the budget',
    add: 'Add a budget',
    for: 'For',
    health: 'Health',
    amount: 'Monthly budget',
    currency: 'Currency',
    typed: ['45.50', '60'],
    invalid: 'Invalid amount: for example 12.50',
    leisure: (budget: string) => `€30.00 of ${budget}`,
    onPhone: 'Offline: worked out on this phone.',
  },
} as const;

/** Non-breaking spaces (French) read as plain ones, so the expectations stay readable. */
export const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** A budget's bar as a screen reader finds it, and what it says beside it. */
export async function readBudget(page: Page, name: string) {
  const bar = page.getByRole('progressbar', { name: new RegExp(`^Budget\\s?:\\s${name}$`) });
  const box = page.locator('.budget').filter({ has: bar });
  const pending = box.locator('.budget-pending');
  return {
    value: await bar.getAttribute('aria-valuenow'),
    level: await box.getAttribute('data-level'),
    words: [
      plain(await box.locator('.budget-level').textContent()),
      plain(await box.locator('.budget-detail').textContent()),
    ],
    pending: (await pending.count()) > 0 ? plain(await pending.textContent()) : null,
    colour: await bar.locator('span').evaluate((e) => getComputedStyle(e).backgroundColor),
    valueText: plain(await bar.getAttribute('aria-valuetext')),
  };
}

export async function openMonth(context: BrowserContext, url: string, lang: Lang): Promise<Page> {
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(url);
  await app.expenses().first().waitFor({ timeout: 20_000 });
  await app.page.getByRole('button', { name: SAY[lang].month, exact: true }).click();
  await app.page.getByRole('progressbar').first().waitFor({ timeout: 20_000 });
  return app.page;
}
