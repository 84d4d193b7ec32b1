/**
 * Issue 16, the recognizer's failures and the settings: whatever the browser's recognizer does
 * (refused, no network, no speech, an unknown language, ending early or never), the audio is saved
 * and sent; the settings say which recognizer hears the notes, offer the language pack, and turn
 * the browser's off.
 */
import { describe, expect, it } from 'vitest';
import { openWith as openIn, SAID, useSpeechStacks } from './support/browser-words.ts';
import { scriptSpeech, speechRecord } from './support/fake-speech.ts';
import type { Stack } from './support/harness.ts';

const stacks = useSpeechStacks();

const openWith = (stack: Stack, script: Parameters<typeof openIn>[2]) =>
  openIn(stacks.browser, stack, script);

describe('a recognizer that fails never holds the audio back', () => {
  it.each([
    ['not-allowed', { error: 'not-allowed' }],
    ['network', { error: 'network' }],
    ['no-speech', { error: 'no-speech' }],
    ['language-not-supported', { error: 'language-not-supported' }],
    ['ends before the person stops', { words: SAID, endEarly: true }],
    ['never ends', { words: SAID, neverEnd: true }],
  ] as const)('%s: the audio is saved and sent, Whisper hears it alone', async (_, script) => {
    const { context, page, app } = await openWith(stacks.whisper, { onDevice: 'available', ...script });
    await app.recordNote(1200);
    const call = () => stacks.whisper.fake.calls.find((c) => c.route === 'transcriptions');
    await expect.poll(call, { timeout: 20_000 }).toBeDefined();
    expect(call()?.audioBytes).toBeGreaterThan(1000);
    expect(String(call()?.body.prompt)).not.toContain('douze euros cinquante au resto ce midi');
    expect((await speechRecord(page)).starts).toHaveLength(1);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 20_000 }).toBe(0);
    await context.close();
  });
});

describe('the settings', () => {
  it('say which recognizer hears the notes, offer the language pack, and turn the browser off', async () => {
    const { context, page, app } = await openWith(stacks.bare, { words: SAID, onDevice: 'downloadable' });
    await page.getByRole('button', { name: 'Réglages', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Réglages' });
    await dialog
      .getByText('Sur le serveur\u00a0: aucune (sans clé, il lit les mots du navigateur)')
      .waitFor();
    await dialog.getByText(/Dans ce navigateur\u00a0: sur les serveurs de l’éditeur du navigateur/).waitFor();
    await dialog.getByRole('button', { name: 'Télécharger le pack de langue' }).click();
    await dialog.getByText('Dans ce navigateur\u00a0: sur l’appareil, rien ne quitte le téléphone').waitFor();
    expect((await speechRecord(page)).installs).toEqual([['fr-FR']]);
    const use = dialog.getByRole('checkbox', { name: /Reconnaître la voix dans le navigateur/ });
    expect(await use.isChecked()).toBe(true);
    await use.uncheck();
    await dialog.getByText('Dans ce navigateur\u00a0: désactivée').waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    // Off: the next note is recorded without it, and waits for a Whisper key as before.
    await scriptSpeech(page, { words: SAID });
    await app.recordNote(1000);
    await page.locator('.note[data-note-state="awaiting_transcription"]').waitFor({ timeout: 20_000 });
    expect((await speechRecord(page)).starts).toEqual([]);
    // Kept on this device.
    await page.reload();
    await app.recordButton.waitFor();
    await page.getByRole('button', { name: 'Réglages', exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: /Reconnaître la voix/ }).isChecked()).toBe(false);
    await context.close();
  });

  it("name the server's Whisper", async () => {
    const { context, page } = await openWith(stacks.whisper, { onDevice: 'available' });
    await page.getByRole('button', { name: 'Réglages', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Réglages' });
    await dialog
      .getByText('Sur le serveur\u00a0: Whisper (groq:whisper-large-v3-turbo), qui fait foi')
      .waitFor();
    await dialog.getByText('Dans ce navigateur\u00a0: sur l’appareil, rien ne quitte le téléphone').waitFor();
    expect(await dialog.getByRole('button', { name: 'Télécharger le pack de langue' }).count()).toBe(0);
    await context.close();
  });
});
