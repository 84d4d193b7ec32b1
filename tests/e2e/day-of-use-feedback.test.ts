/**
 * Feedback in sight on a phone (issue 14, items 5, 6 and 9), at 390×844: the toast after "Ajouter"
 * or a voice note, with its actions, over no row; pending notes that never push the button off screen; pills
 * that never break; the hint centred; rows under a day that do not say the day again; French
 * typography; the change from last month. In French and English.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { textNote } from '../support/edge-app.ts';
import { LANGS, type Lang, rowOf, serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { parisMonth } from './support/paris-time.ts';

const PHONE = { width: 390, height: 844 };
const e2e = useBrowserAndStack();

beforeAll(async () => {
  // A list long enough to scroll, this month and last month: last month in Paris, the app's zone
  // (UTC's month differs from it in the first hour or two of a month).
  await e2e.stack.api.text.$post({
    json: textNote('40 € de courses', { recordedAt: `${parisMonth(1)}-01T12:00:00+01:00` }),
  });
  for (let i = 0; i < 12; i++) {
    await e2e.stack.api.text.$post({
      json: textNote(`${10 + i} € de courses`, { recordedAt: new Date().toISOString() }),
    });
  }
});

async function openPhone(lang: Lang) {
  const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  await app.expenses().first().waitFor();
  return { context, app, page: app.page };
}

/** Whether the whole box is on screen, with no scrolling. */
async function inSight(locator: Locator) {
  const box = await locator.boundingBox();
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= PHONE.width &&
    box.y + box.height <= PHONE.height
  );
}

const toastOf = (page: Page) => page.locator('.toast');
const SAVED = {
  fr: { typed: '12,50 € au resto', toast: /^Enregistrée\s:\s12,50\s€ · Restaurant$/ },
  en: { typed: '12.50 euros lunch', toast: /^Saved:\s€12\.50 · Dining$/ },
};

describe.each(LANGS)('what a note became, in sight (%s)', (lang) => {
  it('shows a typed expense in a toast, whatever the scroll, and "Modifier" opens it', async () => {
    const { context, app, page } = await openPhone(lang);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await typeExpense(app, SAVED[lang].typed);
    const toast = toastOf(page);
    await toast.waitFor({ timeout: 20_000 });
    expect((await toast.locator('.toast-text').textContent())?.trim()).toMatch(SAVED[lang].toast);
    expect(await inSight(toast)).toBe(true);
    const saved = await serverExpense(e2e.stack, (e) => e.transcript === SAVED[lang].typed);
    await toast.getByRole('button', { name: WORDS[lang].edit, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: WORDS[lang].editTitle });
    expect(await dialog.getByLabel(WORDS[lang].description).inputValue()).toBe(saved.description);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('takes a typed expense back with "Annuler", and leaves the others', async () => {
    const { context, app, page } = await openPhone(lang);
    const said = lang === 'fr' ? '3,10 € de café' : '3.10 euros coffee';
    await typeExpense(app, said);
    const saved = await serverExpense(e2e.stack, (e) => e.transcript === said);
    const others = (await e2e.stack.expenses()).filter((e) => e.id !== saved.id).length;
    // In its place under the typed entry: the first row is pushed down, never covered.
    // Read once both have settled: the row the server sent replaces the phone's own in the list.
    await expect
      .poll(async () => {
        const [toast, first] = await Promise.all([
          toastOf(page).boundingBox(),
          app.expenses().first().boundingBox(),
        ]);
        return toast !== null && first !== null && toast.y + toast.height <= first.y;
      })
      .toBe(true);
    await toastOf(page).getByRole('button', { name: WORDS[lang].undo, exact: true }).click();
    await expect.poll(() => page.locator(`[data-expense-id="${saved.id}"]`).count()).toBe(0);
    await expect
      .poll(async () => (await e2e.stack.expenses()).some((e) => e.id === saved.id), { timeout: 30_000 })
      .toBe(false);
    expect((await e2e.stack.expenses()).length).toBe(others);
    await context.close();
  });

  it('shows a voice note’s result in a toast, in sight', async () => {
    const { context, app, page } = await openPhone(lang);
    await app.recordNote(1200);
    const toast = toastOf(page);
    await expect
      .poll(async () => (await toast.count()) > 0 && (await toast.textContent()), { timeout: 20_000 })
      .toMatch(/12[,.]50/);
    expect(await inSight(toast)).toBe(true);
    expect(await inSight(app.recordButton)).toBe(true);
    await context.close();
  });
});

describe.each(LANGS)('the capture screen on a phone (%s)', (lang) => {
  it('folds the pending notes past three, keeps the button in sight, and never breaks a pill', async () => {
    const { context, app, page } = await openPhone(lang);
    await context.setOffline(true);
    // Notes the phone reads no expense in wait as cards (one it reads shows as its expense instead).
    const who =
      lang === 'fr'
        ? ['maman', 'le plombier', 'la banque', 'le garage', 'Léa']
        : ['mum', 'the plumber', 'the bank', 'the garage', 'Lea'];
    for (const w of who)
      await typeExpense(app, lang === 'fr' ? `rappelle-moi d’appeler ${w}` : `remind me to call ${w}`);
    await expect.poll(() => app.pendingNotes().count()).toBe(5);
    // Each polled, never read once: the list and the pills draw after the outbox, one after the other.
    await expect.poll(() => app.unsentExpenses().count()).toBe(0);
    const shown = page.locator('.pending > .notes > li');
    await expect.poll(() => shown.count()).toBe(3);
    const more = page.locator('.more-pending summary');
    await expect
      .poll(async () => (await more.textContent())?.trim())
      .toMatch(lang === 'fr' ? /^2 autres en attente$/ : /^2 more waiting$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inSight(app.recordButton)).toBe(true);
    // Each pill on one line: "5 en attente", "Hors ligne".
    const pills = page.locator('.badge');
    await expect
      .poll(() => pills.allTextContents())
      .toEqual(lang === 'fr' ? ['Hors ligne', '5 en attente'] : ['Offline', '5 waiting']);
    for (const pill of await pills.all()) {
      const lines = await pill.evaluate(
        (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
      );
      expect(lines).toBeLessThan(1.5);
    }
    await context.setOffline(false);
    await context.close();
  });

  it('centres the hint, writes days as the language does, and does not repeat them on rows', async () => {
    const { context, page } = await openPhone(lang);
    const hint = page.locator('.capture-status .hint');
    const box = await hint.boundingBox();
    expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - PHONE.width / 2)).toBeLessThan(2);
    expect(await hint.evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
    const day = page.locator('.day').first();
    const header = (await day.locator('h3').textContent()) ?? '';
    // "mer. 25 nov." in French, "Wed 25 Nov" in English: as Intl writes them, no CSS capitals.
    expect(header).toMatch(
      lang === 'fr' ? /^[a-zé]{3,4}\. \d{1,2} [a-zéû]+\.?$/ : /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2,3}$/,
    );
    expect(await day.locator('h3').evaluate((el) => getComputedStyle(el).textTransform)).toBe('none');
    for (const meta of await day.locator('.expense-meta').allTextContents())
      expect(meta).not.toContain(header);
    await context.close();
  });

  it('writes "Ce qui a été dit :" / "écrit :" the French way, "What was said:" / "written:" the English way', async () => {
    const { context, page } = await openPhone(lang);
    const all = await e2e.stack.expenses();
    // A typed note's words were written, not said (« Ce qui a été dit » was wrong for it); a voice
    // note's were said. The typed one must be there; the voice one is when the file made one first.
    const typed = all.find((e) => e.transcript && e.source === 'text');
    if (!typed) throw new Error('no typed expense with its words');
    const heard = all.find((e) => e.transcript && e.source === 'voice');
    const cases = [
      [typed, lang === 'fr' ? 'Ce qui a été écrit\u00a0:' : 'What was written:'],
      ...(heard ? [[heard, lang === 'fr' ? 'Ce qui a été dit\u00a0:' : 'What was said:'] as const] : []),
    ] as const;
    for (const [expense, title] of cases) {
      await rowOf(page, expense.id).click();
      const said = page.getByRole('dialog').locator('.transcript');
      await expect.poll(() => said.locator('strong').textContent()).toBe(title);
      await expect
        .poll(() => said.textContent())
        .toContain(lang === 'fr' ? `«\u00a0${expense.transcript}\u00a0»` : `“${expense.transcript}”`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    await context.close();
  });

  it('shows the change from last month in the month view', async () => {
    const { context, page } = await openPhone(lang);
    await page.getByRole('button', { name: lang === 'fr' ? 'Mois' : 'Month' }).click();
    const change = page.locator('[data-currency="EUR"] .total-change');
    // Polled: the month is drawn from the phone’s copy, again each time the copy changes.
    await expect
      .poll(() => change.textContent())
      .toMatch(
        lang === 'fr'
          ? /^\+\d+(,\d)?[\u00a0\u202f]% par rapport au mois précédent$/
          : /^\+\d+(\.\d)?% vs last month$/,
      );
    await context.close();
  });
});
