/**
 * Budgets in the month view (issue 21), from a category's row: a budget set, changed and removed
 * there, touching nothing else; one added for a category the month has not spent on.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMonth, plain, readBudget, SAY, seed, today } from './support/budgets.ts';
import { LANGS, WORDS } from './support/day-of-use.ts';
import { launchBrowser, newContext, type Stack, startStack } from './support/harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ microphone: false });
});
afterAll(async () => {
  await browser?.close();
});

describe('a budget from its category row', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await seed(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const serverBudgets = async () =>
    (await (await stack.api.budgets.$get({ query: { month: today.slice(0, 7) } })).json()).budgets.map(
      (b) => `${b.category} ${b.currency} ${b.amount}`,
    );

  it.each(LANGS)('is set, changed and removed there, and nothing else changes (%s)', async (lang) => {
    const say = SAY[lang];
    const context = await newContext(browser, { stack, locale: WORDS[lang].locale, microphone: false });
    const page = await openMonth(context, stack.url, lang);
    const others = await serverBudgets();
    const expenses = (await stack.expenses()).map((e) => `${e.id} ${e.amount} ${e.category} ${e.updatedAt}`);
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
    expect((await stack.expenses()).map((e) => `${e.id} ${e.amount} ${e.category} ${e.updatedAt}`)).toEqual(
      expenses,
    );
    await context.close();
  });

  it('is added for a category the month has not spent on, and shows at 0 %', async () => {
    const say = SAY.fr;
    const context = await newContext(browser, { stack, microphone: false });
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
