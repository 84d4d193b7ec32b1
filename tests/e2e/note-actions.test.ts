/**
 * No dead ends (issue 14, items 3 and 4): with no transcription provider a voice note says why it
 * waits, and its menu plays it back, types it by hand (same clientId: one expense, never two) or
 * deletes it with an undo; words the server understood no expense in can be typed again or
 * deleted with an undo. By menu button, keyboard and long-press, in French and English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countForNote, LANGS, type Lang, serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

/** No Whisper, no model: voice notes wait; typed ones are read by the local parser. */
const e2e = useBrowserAndStack({ env: { GROQ_API_KEY: '' } });

const SAY = {
  fr: {
    waiting: 'Pas encore transcrite',
    // What happened, exactly (Chromium's recognition got nothing here), and what to do: waiting cannot help.
    reason:
      'La reconnaissance du navigateur n’a rien reconnu, et ce serveur n’a pas de clé de transcription\u00a0: écoutez la note et tapez-la.',
    reasonOff:
      'Ce serveur n’a pas de clé de transcription, et la reconnaissance du navigateur est désactivée\u00a0: écoutez la note et tapez-la (ou activez-la dans les réglages pour les prochaines).',
    play: 'Écouter',
    typeIt: 'Taper le texte',
    typeAgain: 'Retaper',
    remove: 'Supprimer',
    typeLabel: 'Ce que dit la note',
    againLabel: 'La dépense, avec son montant',
    send: 'Envoyer',
    deleted: 'Note supprimée',
    typed: '12,50 € au resto',
    noExpense: /^Aucune dépense comprise\s:\s«\sblah blah\s»$/,
  },
  en: {
    waiting: 'Not transcribed yet',
    reason:
      'The browser’s recognition recognised nothing, and this server has no transcription key: play the note and type it.',
    reasonOff:
      'This server has no transcription key, and the browser’s recognition is off: play the note and type it (or turn it on in the settings for the next ones).',
    play: 'Play',
    typeIt: 'Type it',
    typeAgain: 'Type again',
    remove: 'Delete',
    typeLabel: 'What the note says',
    againLabel: 'The expense, with its amount',
    send: 'Send',
    deleted: 'Note deleted',
    typed: '12.50 euros lunch',
    noExpense: /^No expense understood:\s“blah blah”$/,
  },
} as const;

async function openApp(lang: Lang) {
  const context = await e2e.newContext({ locale: WORDS[lang].locale });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  return { context, app, page: app.page };
}

/** Records a voice note and waits for the server's "no transcription here": its card. */
async function waitingVoiceNote(app: CapturePage) {
  const before = await app.pendingNotes().count();
  await app.recordNote(1200);
  await expect.poll(() => app.pendingNotes().count(), { timeout: 20_000 }).toBe(before + 1);
  const card = app.pendingNotes().first();
  await expect
    .poll(() => card.getAttribute('data-note-state'), { timeout: 20_000 })
    .toBe('awaiting_transcription');
  return { card, id: (await card.getAttribute('data-note-id')) as string };
}

const menuOf = (page: Page) => page.getByRole('menu');

describe.each(LANGS)('a voice note with no transcription provider (%s)', (lang) => {
  it('says why it waits, plays back, and typed by hand becomes one expense with the same clientId', async () => {
    const { context, app, page } = await openApp(lang);
    const say = SAY[lang];
    const { card, id } = await waitingVoiceNote(app);
    await card.getByText(say.waiting).waitFor();
    expect(await card.locator('.note-reason').textContent()).toBe(say.reason);

    // The menu, by keyboard: focus on the first action, arrows move, Escape gives the focus back.
    const more = card.getByRole('button', { name: WORDS[lang].actions });
    await more.focus();
    await page.keyboard.press('Enter');
    const items = menuOf(page).getByRole('menuitem');
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([say.play, say.typeIt, say.remove]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(say.play);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(say.typeIt);
    await page.keyboard.press('Escape');
    await menuOf(page).waitFor({ state: 'detached' });
    expect(await more.evaluate((b) => b === document.activeElement)).toBe(true);

    // Play back: the recording kept on the phone, in an audio player.
    await more.click();
    await menuOf(page).getByRole('menuitem', { name: say.play }).click();
    const audio = card.locator('audio');
    await expect
      .poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await audio.getAttribute('src')).toMatch(/^blob:/);
    expect(await countForNote(page, 'chunks', id)).toBeGreaterThan(0);

    // Typed by hand: the same note, sent as text.
    await more.click();
    await menuOf(page).getByRole('menuitem', { name: say.typeIt }).click();
    const field = card.getByLabel(say.typeLabel);
    // A long-press in the field (to paste) leaves the form as it is.
    await field.dispatchEvent('pointerdown', { pointerType: 'touch', button: 0 });
    await page.waitForTimeout(800);
    await field.dispatchEvent('pointerup', { pointerType: 'touch' });
    expect(await menuOf(page).count()).toBe(0);
    await field.fill(say.typed);
    await card.getByRole('button', { name: say.send }).click();
    const saved = await serverExpense(e2e.stack, (e) => e.clientId === id);
    expect([saved.amount, saved.source, saved.transcript]).toEqual(['12.50', 'text', say.typed]);
    await expect.poll(() => page.locator(`[data-note-id="${id}"]`).count()).toBe(0);
    expect(await countForNote(page, 'chunks', id)).toBe(0);
    // One expense for the note, and the pill counts nothing left.
    expect((await e2e.stack.expenses()).filter((e) => e.clientId === id)).toHaveLength(1);
    await context.close();
  });

  it('deletes a waiting note with an undo, opened by a long-press', async () => {
    const { context, app, page } = await openApp(lang);
    const say = SAY[lang];
    const { card, id } = await waitingVoiceNote(app);
    // A long-press (a touch held): the same menu.
    await card.locator('.note-what').dispatchEvent('pointerdown', { pointerType: 'touch', button: 0 });
    await menuOf(page).waitFor({ timeout: 3000 });
    await card.locator('.note-what').dispatchEvent('pointerup', { pointerType: 'touch' });
    await menuOf(page).getByRole('menuitem', { name: say.remove }).click();
    await expect.poll(() => page.locator(`[data-note-id="${id}"]`).count()).toBe(0);
    const toast = page.getByRole('status').filter({ hasText: say.deleted });
    await toast.getByRole('button', { name: WORDS[lang].undo }).click();
    // Back as it was, with its audio and its reason.
    await page.locator(`[data-note-id="${id}"]`).waitFor();
    expect(await page.locator(`[data-note-id="${id}"]`).getAttribute('data-note-state')).toBe(
      'awaiting_transcription',
    );
    expect(await countForNote(page, 'chunks', id)).toBeGreaterThan(0);

    // The reason follows what happened to each note, not the setting: recognition switched off
    // afterwards, this note still says it recognised nothing; the next one, recorded with it off, says so.
    await page.evaluate(() => localStorage.setItem('voicetrack.speech', 'off'));
    await page.reload();
    await page.locator(`[data-note-id="${id}"] .note-reason`).waitFor();
    expect(await page.locator(`[data-note-id="${id}"] .note-reason`).textContent()).toBe(say.reason);
    await app.recordNote(1200);
    const next = page.locator(`[data-note-state="awaiting_transcription"]:not([data-note-id="${id}"])`);
    await next.locator('.note-reason').waitFor({ timeout: 20_000 });
    expect(await next.locator('.note-reason').textContent()).toBe(say.reasonOff);
    expect(await page.locator(`[data-note-id="${id}"] .note-reason`).textContent()).toBe(say.reason);

    await page.locator(`[data-note-id="${id}"]`).dispatchEvent('contextmenu');
    await menuOf(page).getByRole('menuitem', { name: say.remove }).click();
    // Gone for good once the undo is no longer offered.
    await toast.waitFor();
    await toast.waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await app.recordButton.waitFor();
    expect(await countForNote(page, 'notes', id)).toBe(0);
    expect(await countForNote(page, 'chunks', id)).toBe(0);
    expect((await e2e.stack.expenses()).some((e) => e.clientId === id)).toBe(false);
    await context.close();
  });
});

describe.each(LANGS)('words with no expense (%s)', (lang) => {
  it('survive a reload as a card, typed again become an expense, or are deleted with an undo', async () => {
    const { context, app, page } = await openApp(lang);
    const say = SAY[lang];
    const empty = () => page.locator('.note-empty');
    await typeExpense(app, 'blah blah');
    await empty().first().waitFor({ timeout: 20_000 });
    expect((await empty().first().locator('.note-what').textContent())?.trim()).toMatch(say.noExpense);
    await page.reload();
    await empty().first().waitFor();

    // Typed again, from the toast or the card: the words come back to complete.
    await empty().first().getByRole('button', { name: WORDS[lang].actions }).click();
    await menuOf(page).getByRole('menuitem', { name: say.typeAgain }).click();
    const field = empty().first().getByLabel(say.againLabel);
    expect(await field.inputValue()).toBe('blah blah');
    await field.fill(lang === 'fr' ? '9 € de taxi' : '9 euros taxi');
    await empty().first().getByRole('button', { name: say.send }).click();
    await expect.poll(() => empty().count()).toBe(0);
    const taxi = await serverExpense(e2e.stack, (e) => e.amount === '9.00' && e.category === 'transport');
    expect(taxi.description).toBe('Taxi');

    await typeExpense(app, 'blah blah');
    await empty().first().waitFor({ timeout: 20_000 });
    await empty().first().getByRole('button', { name: WORDS[lang].actions }).click();
    await menuOf(page).getByRole('menuitem', { name: say.remove }).click();
    await expect.poll(() => empty().count()).toBe(0);
    await page
      .getByRole('status')
      .filter({ hasText: say.deleted })
      .getByRole('button', { name: WORDS[lang].undo })
      .click();
    await expect.poll(() => empty().count()).toBe(1);
    await context.close();
  });
});
