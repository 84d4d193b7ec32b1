/**
 * Budgets in the month view (issue 21): a bar per category and for the total, said in words as
 * well as colour, in French and English, with no serious axe finding; a budget set, changed and removed from its row, touching
 * nothing else; and offline, the same figures worked out on the phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAt } from '../support/edge-app.ts';
import { LANGS, type Lang, parisDay, WORDS } from './support/day-of-use.ts';
import {
  CapturePage,
  expensesAt,
  launchBrowser,
  newContext,
  type Stack,
  startStack,
} from './support/harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ microphone: false });
});
afterAll(async () => {
  await browser?.close();
});

const today = parisDay(0);
const row = (amount: string | null, category: string, status: 'saved' | 'needs_review' = 'saved') => ({
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
async function seed(url: string) {
  const res = await apiAt(url).import.$post({
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

const SAY = {
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
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** A budget's bar as a screen reader finds it, and what it says beside it. */
async function readBudget(page: Page, name: string) {
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

async function openMonth(context: BrowserContext, url: string, lang: Lang): Promise<Page> {
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(url);
  await app.expenses().first().waitFor({ timeout: 20_000 });
  await app.page.getByRole('button', { name: SAY[lang].month, exact: true }).click();
  await app.page.getByRole('progressbar').first().waitFor({ timeout: 20_000 });
  return app.page;
}

describe.each(LANGS)('the month’s budgets (%s)', (lang) => {
  const say = SAY[lang];
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await seed(stack.url);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows a bar per budget: 50 %, 85 % with a warning, over 100 %, and the total, in words too', async () => {
    const context = await newContext(browser, { locale: WORDS[lang].locale, microphone: false });
    const page = await openMonth(context, stack.url, lang);
    const groceries = await readBudget(page, say.names.groceries);
    const dining = await readBudget(page, say.names.dining);
    const transport = await readBudget(page, say.names.transport);
    const total = await readBudget(page, say.names.total);
    expect([groceries.value, groceries.level, groceries.words, groceries.pending]).toEqual([
      '50',
      'ok',
      say.groceries,
      null,
    ]);
    expect([dining.value, dining.level, dining.words, dining.pending]).toEqual([
      '85',
      'warning',
      say.dining,
      say.diningPending,
    ]);
    // Past 100 % the bar is full; the words say how far over.
    expect([transport.value, transport.level, transport.words]).toEqual(['100', 'over', say.transport]);
    expect([total.value, total.level, total.words]).toEqual(['71', 'ok', say.total]);
    // The screen reader hears what the eye reads.
    expect(dining.valueText).toBe(`${say.dining[0]}. ${say.dining[1]}`);
    // Three levels, three colours (the words above carry the meaning; the colour repeats it).
    expect(new Set([groceries.colour, dining.colour, transport.colour]).size).toBe(3);
    expect(groceries.colour).toBe(total.colour);
    expect(plain(await page.locator('.apart').textContent())).toBe(say.apart);
    // A category without a budget offers one; the budgets' figures count saved expenses only.
    expect(await page.getByRole('button', { name: say.set }).count()).toBe(1);
    // Bars, their words (the warning's colour too) and an open budget form, for axe.
    await page.getByRole('button', { name: say.set }).click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await context.close();
  });

  it('shows the same figures offline, worked out on the phone', async () => {
    const context = await newContext(browser, { locale: WORDS[lang].locale, microphone: false });
    const page = await openMonth(context, stack.url, lang);
    const names = Object.values(say.names);
    const online = await Promise.all(names.map((n) => readBudget(page, n)));
    await context.setOffline(true);
    // Away and back: the month is read again, from the phone's copy this time.
    await page.getByRole('button', { name: lang === 'fr' ? 'Mois précédent' : 'Previous month' }).click();
    await page.getByRole('button', { name: lang === 'fr' ? 'Mois suivant' : 'Next month' }).click();
    await page.getByText(say.onPhone).waitFor();
    const offline = await Promise.all(names.map((n) => readBudget(page, n)));
    expect(offline).toEqual(online);
    expect(plain(await page.locator('.apart').textContent())).toBe(say.apart);
    await context.close();
  });
});

describe('a budget from its category row', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await seed(stack.url);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const serverBudgets = async () =>
    (await (await apiAt(stack.url).budgets.$get({ query: { month: today.slice(0, 7) } })).json()).budgets.map(
      (b) => `${b.category} ${b.currency} ${b.amount}`,
    );

  it.each(LANGS)('is set, changed and removed there, and nothing else changes (%s)', async (lang) => {
    const say = SAY[lang];
    const context = await newContext(browser, { locale: WORDS[lang].locale, microphone: false });
    const page = await openMonth(context, stack.url, lang);
    const others = await serverBudgets();
    const expenses = (await expensesAt(stack.url)).map(
      (e) => `${e.id} ${e.amount} ${e.category} ${e.updatedAt}`,
    );
    const leisure = page.locator('[data-category="leisure"]');

    // Set: the amount as the person writes it.
    await page.getByRole('button', { name: say.set }).click();
    const field = leisure.getByLabel(say.field);
    await field.fill('abc');
    await leisure.getByRole('button', { name: say.save }).click();
    expect(plain(await leisure.getByRole('alert').textContent())).toBe(say.invalid);
    await field.fill(say.typed[0]);
    await leisure.getByRole('button', { name: say.save }).click();
    await page.getByRole('progressbar', { name: /Loisirs|Leisure/ }).waitFor();
    expect((await readBudget(page, lang === 'fr' ? 'Loisirs' : 'Leisure')).words[1]).toContain(
      say.leisure(lang === 'fr' ? '45,50 €' : '€45.50'),
    );
    expect(await serverBudgets()).toEqual([...others, 'leisure EUR 45.50']);

    // Change: the form starts with the budget as it is.
    await page.getByRole('button', { name: say.change }).click();
    expect(await field.inputValue()).toBe(say.typed[0]);
    await field.fill(say.typed[1]);
    await leisure.getByRole('button', { name: say.save }).click();
    await expect
      .poll(async () => (await readBudget(page, lang === 'fr' ? 'Loisirs' : 'Leisure')).words[1])
      .toContain(say.leisure(lang === 'fr' ? '60,00 €' : '€60.00'));
    expect(await serverBudgets()).toEqual([...others, 'leisure EUR 60.00']);

    // Remove: the bar goes, the row stays (it still spent 30 €) and offers a budget again.
    await page.getByRole('button', { name: say.change }).click();
    await leisure.getByRole('button', { name: say.remove }).click();
    await page.getByRole('button', { name: say.set }).waitFor();
    expect(await leisure.getByRole('progressbar').count()).toBe(0);
    expect(await serverBudgets()).toEqual(others);
    // The other budgets and every expense are as they were.
    expect(
      (await expensesAt(stack.url)).map((e) => `${e.id} ${e.amount} ${e.category} ${e.updatedAt}`),
    ).toEqual(expenses);
    await context.close();
  });

  it('is added for a category the month has not spent on, and shows at 0 %', async () => {
    const say = SAY.fr;
    const context = await newContext(browser, { microphone: false });
    const page = await openMonth(context, stack.url, 'fr');
    const before = await serverBudgets();
    await page.getByRole('button', { name: say.add }).click();
    await page.getByLabel(say.for).selectOption('health');
    await page.getByLabel(say.amount, { exact: true }).fill('25');
    expect(await page.getByLabel(say.currency).inputValue()).toBe('EUR');
    await page.getByRole('button', { name: say.save }).click();
    const health = await (async () => {
      await page.getByRole('progressbar', { name: /Santé/ }).waitFor();
      return readBudget(page, say.health);
    })();
    expect([health.value, health.level, health.words]).toEqual([
      '0',
      'ok',
      ['0 % du budget', '0,00 € sur 25,00 € · reste 25,00 €'],
    ]);
    expect((await serverBudgets()).sort()).toEqual([...before, 'health EUR 25.00'].sort());
    await context.close();
  });
});
