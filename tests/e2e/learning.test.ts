import { describe, expect, it } from 'vitest';
import { serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack({ microphone: false });

describe('learning from a correction in the app', () => {
  it('files three new notes for the fixed place under its category, and leaves another place alone', async () => {
    const context = await e2e.newContext({ microphone: false });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);

    await typeExpense(app, '14 euros chez Le Petit Zinc');
    const first = await serverExpense(e2e.stack, (e) => e.amount === '14.00');
    expect(first.category).toBe('other');
    await app.expenses().filter({ hasText: 'Petit Zinc' }).first().getByRole('button').first().click();
    await page.getByRole('dialog').getByLabel(WORDS.fr.category).selectOption('dining');
    await page.getByRole('dialog').getByRole('button', { name: WORDS.fr.save }).click();
    await expect
      .poll(async () => (await serverExpense(e2e.stack, (e) => e.id === first.id)).category, {
        timeout: 20_000,
      })
      .toBe('dining');

    for (const [text, amount] of [
      ['12 euros au Petit Zinc', '12.00'],
      ['le petit zinc, 18 €', '18.00'],
      ['Petit Zinc 9,50 euros', '9.50'],
    ] as const) {
      await typeExpense(app, text);
      expect((await serverExpense(e2e.stack, (e) => e.amount === amount)).category).toBe('dining');
    }
    // The typed preview reads with what was learned: it shows what will be saved.
    await app.typedInput.fill('10 euros au Petit Zinc');
    await expect
      .poll(() => page.locator('.preview').textContent(), { timeout: 20_000 })
      .toContain('Restaurant');
    await typeExpense(app, '7 euros chez Zorglub');
    expect((await serverExpense(e2e.stack, (e) => e.amount === '7.00')).category).toBe('other');

    // Settings say what was learned, and forget it on request.
    await page.getByRole('button', { name: WORDS.fr.settings }).click();
    await page.getByText('Ce que VoiceTrack a appris').click();
    const learned = page.locator('.learned li').filter({ hasText: 'petit zinc' });
    await expect.poll(() => learned.textContent()).toContain('Restaurant');
    await learned.getByRole('button', { name: /Oublier/ }).click();
    await expect.poll(() => learned.count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: WORDS.fr.close, exact: true }).click();
    await typeExpense(app, '11 euros au Petit Zinc');
    expect((await serverExpense(e2e.stack, (e) => e.amount === '11.00')).category).toBe('other');
    await context.close();
  });

  it('shows a reimbursable expense as such in the list', async () => {
    const context = await e2e.newContext({ microphone: false });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await typeExpense(app, '31 euros au resto, je me ferai rembourser');
    await serverExpense(e2e.stack, (e) => e.amount === '31.00' && e.reimbursable === true);
    const row = app.expenses().filter({ hasText: '31,00' });
    await expect.poll(() => row.textContent()).toContain('à se faire rembourser');
    await context.close();
  });
});
