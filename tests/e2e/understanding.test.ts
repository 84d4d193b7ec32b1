/**
 * Issue 29 in the PWA (Chromium): money that moved is said, not counted — « Pas une dépense :
 * remboursement reçu, 25,00 € » — with a way to record it as an expense anyway; the edit dialog
 * says where each field came from, in words (« Catégorie : apprise de votre correction du … »).
 */
import { describe, expect, it } from 'vitest';
import { serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack({ microphone: false });
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('understanding in the app', () => {
  it('says a refund is not an expense, and records it as one when asked', async () => {
    const context = await e2e.newContext({ microphone: false });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);

    await typeExpense(app, 'Amazon m’a remboursé 25 €');
    const card = page.locator('.note-empty').filter({ hasText: 'Amazon' });
    await expect
      .poll(async () => plain(await card.textContent()), { timeout: 30_000 })
      .toContain('Pas une dépense : remboursement reçu, 25,00 €');
    // The words heard on a line of their own under it, not run into the amount.
    const what = await card.locator('.note-what').boundingBox();
    const heard = await card.locator('.note-heard').boundingBox();
    expect(heard && what && Math.abs(heard.x - what.x)).toBeLessThan(1);
    expect(heard && what && heard.y - what.y).toBeGreaterThan(10);
    await card.getByRole('button', { name: 'Enregistrer comme dépense' }).click();
    const recorded = await serverExpense(e2e.stack, (e) => e.amount === '25.00');
    expect(recorded).toMatchObject({ category: 'shopping', status: 'saved' });
    await expect.poll(() => card.count()).toBe(0);
    await context.close();
  });

  it('records words read as no expense when asked: the amount heard, to review, said why', async () => {
    const context = await e2e.newContext({ microphone: false });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);

    await typeExpense(app, 'combien coûte le pass Navigo, 86 € ?');
    const card = page.locator('.note-empty').filter({ hasText: 'Navigo' });
    await expect
      .poll(async () => plain(await card.textContent()), { timeout: 30_000 })
      .toContain('Aucune dépense comprise');
    expect((await e2e.stack.expenses()).some((e) => e.amount === '86.00')).toBe(false);
    await card.getByRole('button', { name: 'Enregistrer comme dépense' }).click();
    const recorded = await serverExpense(e2e.stack, (e) => e.amount === '86.00');
    expect(recorded).toMatchObject({ status: 'needs_review', reviewReason: 'asked_as_expense' });
    await expect.poll(() => card.count()).toBe(0);
    const row = app.expenses().filter({ hasText: '86,00' });
    await expect
      .poll(async () => plain(await row.first().textContent()), { timeout: 20_000 })
      .toContain('À vérifier : enregistrée à votre demande');
    await context.close();
  });

  it('says in the edit dialog where each field came from, a learned category with its words and day', async () => {
    const context = await e2e.newContext({ microphone: false });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);

    await typeExpense(app, 'pressing 18 €');
    const first = await serverExpense(e2e.stack, (e) => e.amount === '18.00');
    await app.expenses().filter({ hasText: '18,00' }).first().getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(async () => plain(await dialog.textContent()))
      // Typed: written in the person's words, not heard (« entendu » is a voice note's).
      .toContain('Montant : écrit dans vos mots');
    await dialog.getByLabel(WORDS.fr.category).selectOption('housing');
    await dialog.getByRole('button', { name: WORDS.fr.save }).click();
    await expect
      .poll(async () => (await serverExpense(e2e.stack, (e) => e.id === first.id)).category, {
        timeout: 20_000,
      })
      .toBe('housing');

    await typeExpense(app, 'pressing 12 €');
    const learned = await serverExpense(e2e.stack, (e) => e.amount === '12.00');
    expect(learned.category).toBe('housing');
    const day = learned.provenance?.category?.at ?? '';
    await app.expenses().filter({ hasText: '12,00' }).first().getByRole('button').first().click();
    await expect
      .poll(async () => plain(await page.getByRole('dialog').textContent()))
      .toContain(
        `Catégorie : apprise de votre correction du ${day.slice(8, 10)}/${day.slice(5, 7)} — "pressing"`,
      );
    await context.close();
  });
});
