/**
 * Issue 16: voice that works with no key, and an expense seen before the network comes back. The
 * built PWA in Chromium with a stand-in SpeechRecognition (support/fake-speech.ts), against a
 * server with no provider key and one with the fake Whisper: the browser's words make the expense
 * on the first, only steer Whisper on the second; offline, the understood expense is on screen
 * at once and saved exactly once later, in place; a failing recognizer never holds the audio back.
 */
import { describe, expect, it } from 'vitest';
import {
  clientIdOf,
  fieldsOf,
  goOffline,
  monthTotalCents,
  openWith as openIn,
  SAID,
  serverRowsOf,
  unsentRows,
  useSpeechStacks,
  WHISPER_HEARD,
} from './support/browser-words.ts';
import { speechRecord } from './support/fake-speech.ts';
import type { Stack } from './support/harness.ts';

const stacks = useSpeechStacks();

const openWith = (stack: Stack, script: Parameters<typeof openIn>[2]) =>
  openIn(stacks.browser, stack, script);

describe('a server with no key', () => {
  it('turns a spoken note into a saved expense from the words the browser heard', async () => {
    const { context, page, app } = await openWith(stacks.bare, { words: SAID, onDevice: 'available' });
    await app.recordButton.click();
    // The words show under the button as they come.
    await page.locator('.capture-status .heard').getByText('douze euros cinquante').waitFor();
    await page.waitForTimeout(1200);
    await app.stopButton.click();
    await expect
      .poll(
        async () => (await stacks.bare.expenses()).filter((e) => e.transcriptSource === 'browser').length,
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    const [saved] = (await stacks.bare.expenses()).filter((e) => e.transcriptSource === 'browser');
    expect(saved).toMatchObject({ amount: '12.50', category: 'dining', source: 'voice', transcript: SAID });
    const row = page.locator(`.expense[data-client-id="${saved?.clientId}"]`);
    await expect.poll(() => row.getAttribute('data-expense-id')).toBe(saved?.id);
    expect(await row.textContent()).toMatch(/12,50\s€/);
    // The recognizer ran on the device, in French, continuously, fed the recorder's live track.
    expect((await speechRecord(page)).starts).toEqual([
      {
        lang: 'fr-FR',
        continuous: true,
        interimResults: true,
        processLocally: true,
        track: { kind: 'audio', readyState: 'live' },
      },
    ]);
    expect(stacks.bare.fake.calls).toEqual([]);
    await context.close();
  });

  it('offline, shows the understood expense at once; back online, saves it once, in its place', async () => {
    const { context, page, app } = await openWith(stacks.bare, { words: SAID, onDevice: 'available' });
    const earlier = await monthTotalCents(page);
    await goOffline(page);
    await app.recordNote(1200);
    await unsentRows(page).first().waitFor();
    const clientId = await clientIdOf(page);
    const row = page.locator(`.expense[data-client-id="${clientId}"]`);
    await row.getByText('Pas encore envoyée').waitFor();
    expect(await row.textContent()).toMatch(/12,50\s€/);
    const before = await fieldsOf(page, clientId);
    expect(before.amount).toMatch(/12,50\s€/);
    // A typed note too.
    await app.typedInput.fill('3,20 café');
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => unsentRows(page).count()).toBe(2);
    // The month counts them, and says they are not sent yet.
    expect(await monthTotalCents(page, 'dont 2\u00a0pas encore envoyées')).toBe(earlier + 1250 + 320);
    await row.waitFor();

    // From here, every change to the list is watched: the note's rows are counted, and the row
    // element kept, on each mutation.
    await page.evaluate((id) => {
      const rows = () => document.querySelectorAll(`.expense[data-client-id="${id}"]`);
      const first = rows()[0];
      const seen = { most: rows().length, least: rows().length, replaced: false };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const now = rows();
        seen.most = Math.max(seen.most, now.length);
        seen.least = Math.min(seen.least, now.length);
        if (now[0] !== first) seen.replaced = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    }, clientId);
    await context.setOffline(false);
    await expect.poll(() => serverRowsOf(stacks.bare, clientId), { timeout: 30_000 }).toHaveLength(1);
    await expect.poll(() => row.getAttribute('data-unsent'), { timeout: 20_000 }).toBeNull();
    await expect.poll(() => unsentRows(page).count(), { timeout: 20_000 }).toBe(0);
    const seen = await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen);
    // Never both, never neither, and the same element all along: replaced in place.
    expect(seen).toEqual({ most: 1, least: 1, replaced: false });
    // The server's expense says what the unsent one said.
    expect(await fieldsOf(page, clientId)).toEqual(before);
    const [saved] = await serverRowsOf(stacks.bare, clientId);
    expect(await row.getAttribute('data-expense-id')).toBe(saved?.id);
    expect(saved).toMatchObject({ amount: '12.50', category: 'dining', transcriptSource: 'browser' });
    // Saved once, the typed one too.
    const all = await stacks.bare.expenses();
    expect(all.filter((e) => e.clientId === clientId)).toHaveLength(1);
    expect(all.filter((e) => e.transcript === '3,20 café')).toHaveLength(1);
    await context.close();
  });

  it('sends an edit made to the unsent expense with the note, and leaves its other fields alone', async () => {
    const { context, page, app } = await openWith(stacks.bare, { words: SAID, onDevice: 'available' });
    await goOffline(page);
    await app.recordNote(1000);
    await unsentRows(page).first().waitFor();
    const clientId = await clientIdOf(page);
    const before = await fieldsOf(page, clientId);
    const date = await page.evaluate(async (id) => {
      const req = indexedDB.open('voicetrack');
      const db: IDBDatabase = await new Promise((r) => {
        req.onsuccess = () => r(req.result);
      });
      const note: { provisional: { expenses: { date: string }[] } } = await new Promise((r) => {
        const q = db.transaction('notes').objectStore('notes').get(id);
        q.onsuccess = () => r(q.result);
      });
      return note.provisional.expenses[0]?.date;
    }, clientId);
    await unsentRows(page).first().getByRole('button').click();
    const dialog = page.getByRole('dialog', { name: 'Modifier la dépense' });
    await dialog.getByLabel('Description').fill('Resto chez Gégène');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await unsentRows(page).first().getByText('Resto chez Gégène').waitFor();
    await context.setOffline(false);
    await expect
      .poll(async () => (await serverRowsOf(stacks.bare, clientId))[0]?.description, { timeout: 30_000 })
      .toBe('Resto chez Gégène');
    const [saved] = await serverRowsOf(stacks.bare, clientId);
    expect(saved).toMatchObject({
      amount: '12.50',
      currency: 'EUR',
      category: 'dining',
      date,
      status: 'saved',
    });
    await expect.poll(() => unsentRows(page).count()).toBe(0);
    expect(await fieldsOf(page, clientId)).toEqual({ ...before, description: 'Resto chez Gégène' });
    expect(await serverRowsOf(stacks.bare, clientId)).toHaveLength(1);
    await context.close();
  });
});

describe('a server with a Whisper key', () => {
  it("keeps Whisper's transcript, and hands Whisper the browser's words in its prompt", async () => {
    const { context, page, app } = await openWith(stacks.whisper, {
      words: 'treize euros au resto',
      onDevice: 'available',
    });
    await app.recordNote(1200);
    const call = () => stacks.whisper.fake.calls.find((c) => c.route === 'transcriptions');
    await expect.poll(call, { timeout: 20_000 }).toBeDefined();
    expect(String(call()?.body.prompt)).toMatch(/ treize euros au resto$/);
    expect(call()?.audioBytes).toBeGreaterThan(1000);
    await expect
      .poll(
        async () => (await stacks.whisper.expenses()).filter((e) => e.transcript === WHISPER_HEARD).length,
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(0);
    const saved = (await stacks.whisper.expenses()).find((e) => e.transcript === WHISPER_HEARD);
    expect(saved).toMatchObject({ amount: '12.50', transcriptSource: 'whisper' });
    await expect
      .poll(() => page.locator(`.expense[data-client-id="${saved?.clientId}"]`).textContent())
      .toMatch(/12,50\s€/);
    await context.close();
  });
});
