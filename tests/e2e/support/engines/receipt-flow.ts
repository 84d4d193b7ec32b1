/**
 * A ticket picked from the phone's gallery (« Depuis la galerie »), in an engine other than
 * Chromium (capture.test.ts holds the whole receipt story there): Tesseract loads while the finger
 * is on the button, then the photo is picked with no network, read on the phone in its Web Worker
 * (WebAssembly), its expense shown at once with its amount and merchant, kept in the outbox, and
 * sent once when the network is back, the photo kept with it on the server (drawn again: the place
 * it was taken, in its EXIF, stays on the phone). Then the photo in the expense's edit dialog: shown
 * on a tap, deleted, the expense kept.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ticket, withGps } from '../receipts.ts';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const GALLERY: Record<Lang, string> = { fr: 'Depuis la galerie', en: 'From the gallery' };
/** Ticket 41 of the receipt set: Boulangerie Dupont, 26.00 EUR. */
const BOULANGERIE = ticket('41');
const SHOWN: Record<Lang, string> = { fr: '26,00 €', en: '€26.00' };
const PHOTO = {
  fr: {
    show: /Voir la photo du ticket$/,
    alt: 'Photo du ticket de cette dépense',
    remove: 'Supprimer la photo',
    removed: 'Photo supprimée',
    cancel: 'Annuler',
  },
  en: {
    show: /Show the receipt’s photo$/,
    alt: 'Photo of this expense’s receipt',
    remove: 'Delete the photo',
    removed: 'Photo deleted',
    cancel: 'Cancel',
  },
} as const;

/** The ticket's JPEG as a file in the phone's gallery (a path on this machine), with where it was taken. */
function galleryPhoto(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vt-gallery-')), 'IMG_2041.jpg');
  writeFileSync(file, withGps(BOULANGERIE.photo));
  return file;
}

/** Registers the step on a phone of describeCoreFlows (after its flows, on the same paired phone). */
export function itReadsAGalleryReceipt(held: PhoneOnStack, lang: Lang): void {
  it('reads a ticket picked from the gallery with no network, shows its expense at once, and sends it once with its photo', {
    timeout: 180_000,
  }, async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const merchant = BOULANGERIE.label.merchant;
    expect(merchant).toBe('Boulangerie Dupont');
    // The worker in control: it is what keeps Tesseract's files as they come.
    await app.untilControlled();
    // The finger on « Depuis la galerie »: the app starts loading Tesseract (its pointerdown), and
    // the service worker keeps every file as it comes (the models and a WebAssembly core).
    await tab.evaluate((name) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
      label?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    }, GALLERY[lang]);
    await waitFor(
      'Tesseract kept by the service worker',
      () =>
        tab.evaluate(async () => {
          const urls: string[] = [];
          for (const name of await caches.keys())
            if (name.startsWith('voicetrack-ocr-'))
              for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
          const kept = (end: string) => urls.some((u) => u.endsWith(end));
          return kept('fra.traineddata.gz') && kept('eng.traineddata.gz') && kept('.wasm') ? true : null;
        }),
      90_000,
    );

    // In the metro: the page opened again with no network (its Tesseract worker gone with the old
    // page), so the photo is read with what the service worker kept.
    await tab.setOffline(true);
    await tab.reload();
    await app.waitForRecordButton();
    await tab.upload(GALLERY[lang], galleryPhoto());
    const shown = await waitFor(
      'the ticket read on the phone, not sent',
      async () => (await app.rows()).find((r) => r.unsent && r.text.includes(SHOWN[lang])) ?? null,
      90_000,
    );
    expect(shown.text).toContain(merchant);
    expect((await app.storedNotes()).filter((n) => n.kind === 'receipt')).toMatchObject([
      { id: shown.clientId, mimeType: 'image/jpeg' },
    ]);
    const receipts = async () => (await stack.expenses()).filter((e) => e.source === 'receipt');
    expect(await receipts()).toEqual([]);

    await tab.setOffline(false);
    await waitFor(
      'the ticket’s expense sent',
      async () => ((await app.rows()).some((r) => r.clientId === shown.clientId && !r.unsent) ? true : null),
      60_000,
    );
    const sent = await receipts();
    expect(sent).toEqual([
      expect.objectContaining({
        clientId: shown.clientId,
        amount: BOULANGERIE.label.total,
        description: merchant,
        transcriptSource: 'ocr',
        photo: true,
      }),
    ]);
    const photo = await stack.api.expenses[':id'].photo.$get({ param: { id: sent[0]?.id ?? '' } });
    expect(photo.headers.get('content-type')).toMatch(/^image\/jpeg/);
    // The JPEG the phone drew again: no place in it.
    const kept = Buffer.from(await photo.arrayBuffer());
    expect(kept.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(kept.includes('GPSLatitude')).toBe(false);
  });
}

/** Registers the photo in the edit dialog after itReadsAGalleryReceipt, on its ticket's expense. */
export function itShowsAndDeletesTheTicketPhoto(held: PhoneOnStack, lang: Lang): void {
  const say = PHOTO[lang];
  it('shows the ticket’s photo in its expense’s edit dialog, and deletes it, the expense kept', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const receipts = async () => (await stack.expenses()).filter((e) => e.source === 'receipt');
    const [ticket] = await receipts();
    expect(ticket).toMatchObject({ photo: true });
    const photo = () => stack.api.expenses[':id'].photo.$get({ param: { id: ticket?.id ?? '' } });

    await app.openRow(BOULANGERIE.label.merchant);
    await tab.click('button', say.show);
    // The photo drawn in the dialog, fetched with the phone's token: its width, once decoded.
    const width = await waitFor('the photo shown', () =>
      tab.evaluate((alt) => {
        const img = [...document.querySelectorAll('dialog img')].find(
          (i): i is HTMLImageElement => i instanceof HTMLImageElement && i.alt === alt,
        );
        return img?.complete && img.naturalWidth > 0 ? img.naturalWidth : null;
      }, say.alt),
    );
    expect(width).toBeGreaterThan(300);
    await tab.click('button', say.remove);
    await waitFor(`"${say.removed}"`, async () => ((await app.text()).includes(say.removed) ? true : null));
    expect((await photo()).status).toBe(404);
    // The expense stays, without its photo (the field is left out then).
    expect((await receipts()).map((e) => [e.id, e.amount, e.photo === true])).toEqual([
      [ticket?.id, ticket?.amount, false],
    ]);
    await tab.click('button', say.cancel);
    await app.waitForRecordButton();
  });
}
