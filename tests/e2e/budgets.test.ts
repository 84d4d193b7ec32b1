/**
 * Budgets in the month view (issue 21): a bar per category and for the total, said in words as
 * well as colour, in French and English, with no serious axe finding; a budget set, changed and removed from its row, touching
 * nothing else; and offline, the same figures worked out on the phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMonth, plain, readBudget, SAY, seed } from './support/budgets.ts';
import { LANGS, WORDS } from './support/day-of-use.ts';
import { launchBrowser, newContext, type Stack, startStack } from './support/harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ microphone: false });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGS)('the month’s budgets (%s)', (lang) => {
  const say = SAY[lang];
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await seed(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows a bar per budget: 50 %, 85 % with a warning, over 100 %, and the total, in words too', async () => {
    const context = await newContext(browser, { stack, locale: WORDS[lang].locale, microphone: false });
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
    const context = await newContext(browser, { stack, locale: WORDS[lang].locale, microphone: false });
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
