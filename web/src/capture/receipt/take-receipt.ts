/**
 * A photo of a ticket into the outbox, then read on the phone. Part of the app's chunk (never the
 * first screen's); Tesseract itself loads only when there is a photo to read (receipt-ocr.ts).
 */
import type { Note, VoiceTrackDb } from '../../data/db.ts';
import { enqueueReceipt } from '../../data/outbox.ts';
import { preparePhoto } from '../../data/receipt-photo.ts';

export { UnreadablePhotoError } from '../../data/receipt-photo.ts';

export interface TakenReceipt {
  note: Note;
  /** The JPEG kept in the outbox: what is read here and what is sent. */
  photo: Blob;
}

/** The photo, drawn again (turned upright, at most 2000 px, no EXIF), safe in the outbox. */
export async function storeReceipt(
  db: VoiceTrackDb,
  file: Blob,
  context: { locale: string; confirm: boolean; currency?: string | undefined },
): Promise<TakenReceipt> {
  const photo = await preparePhoto(file);
  const note = await enqueueReceipt(db, { data: photo.data, mimeType: photo.mimeType, ...context });
  return { note, photo: new Blob([photo.data], { type: photo.mimeType }) };
}

/** What Tesseract reads on the photo; '' when it could not load or read (the server reads it then). */
export async function readReceipt(photo: Blob): Promise<string> {
  try {
    const { readPhotoText } = await import('./receipt-ocr.ts');
    return (await readPhotoText(photo)).trim();
  } catch {
    return '';
  }
}

/** Starts loading Tesseract while the person takes the photo. */
export function warmOcr(): void {
  void import('./receipt-ocr.ts').then((m) => m.warmReceiptOcr()).catch(() => {});
}
