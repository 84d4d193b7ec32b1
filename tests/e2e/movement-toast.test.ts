/**
 * What a note became belongs to the list it was said on, at a phone's size (Chromium, 390 × 844):
 * « Pas une dépense : remboursement reçu, 25,00 € » is gone when the person opens the month (it
 * covered the month's chart there, held at the top), and is not drawn behind an edit dialog's
 * backdrop, cut by its edge. The money that moved stays on its card, with « Enregistrer comme
 * dépense ».
 */
import { describe, expect, it } from 'vitest';
import { serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack({ microphone: false });
const PHONE = { width: 390, height: 844 };

describe('the toast of money that moved', () => {
  it('stays on the capture list: gone on the month, hidden under a dialog, the card keeps its action', async () => {
    const context = await e2e.newContext({ microphone: false, viewport: PHONE });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await typeExpense(app, '4,20 € de pain');
    await serverExpense(e2e.stack, (e) => e.amount === '4.20');

    await typeExpense(app, 'Amazon m’a remboursé 25 €');
    const toast = page.getByRole('status').filter({ hasText: 'Pas une dépense' });
    await toast.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Mois' }).click();
    await page.getByRole('heading', { name: /^Dépenses d/ }).waitFor();
    expect(await toast.count()).toBe(0);
    await page.getByRole('button', { name: 'Saisie' }).click();
    await app.typedInput.waitFor();
    expect(await toast.count()).toBe(0);
    const card = page.locator('.note-empty').filter({ hasText: 'Amazon' });
    expect(await card.getByRole('button', { name: 'Enregistrer comme dépense' }).count()).toBe(1);

    // A dialog opened while it shows: the toast is not left dimmed behind the backdrop.
    await typeExpense(app, 'Paul m’a remboursé 10 €');
    const second = page.getByRole('status').filter({ hasText: 'Pas une dépense' });
    await second.waitFor({ timeout: 30_000 });
    await app.expenses().filter({ hasText: '4,20' }).first().getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await second.isVisible()).toBe(false);
    await dialog.getByLabel(WORDS.fr.description).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const paul = page.locator('.note-empty').filter({ hasText: 'Paul' });
    expect(await paul.getByRole('button', { name: 'Enregistrer comme dépense' }).count()).toBe(1);
    await context.close();
  });
});
