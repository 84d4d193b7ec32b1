/**
 * A photo of a ticket into the outbox, then read on the phone. Part of the app's chunk (never the
 * first screen's); Tesseract itself loads only when there is a photo to read (receipt-ocr.ts).
 */
import type { Note, VoiceTrackDb } from '../../data/db.ts';
import { enqueueReceipt } from '../../data/outbox.ts';
import { decodablePhoto, photoForOcr, preparePhoto } from '../../data/receipt-photo.ts';

export { UnreadablePhotoError } from '../../data/receipt-photo.ts';

export interface TakenReceipt {
  note: Note;
  /** The JPEG kept in the outbox: what is sent, and (drawn smaller if large) what is read here. */
  photo: Blob;
  size: { width: number; height: number };
}

/** The photo, drawn again (turned upright, at most 2000 px, no EXIF), safe in the outbox. */
export async function storeReceipt(
  db: VoiceTrackDb,
  file: Blob,
  context: {
    locale: string;
    confirm: boolean;
    currency?: string | undefined;
    householdId?: string | undefined;
  },
): Promise<TakenReceipt> {
  const photo = await preparePhoto(file);
  const note = await enqueueReceipt(db, { data: photo.data, mimeType: photo.mimeType, ...context });
  return {
    note,
    photo: new Blob([photo.data], { type: photo.mimeType }),
    size: { width: photo.width, height: photo.height },
  };
}

/**
 * What Tesseract reads on the photo (a copy drawn smaller when the photo is large: photoForOcr);
 * '' when it could not load or read (the server reads it then). `size`: the photo's, when known.
 */
export async function readReceipt(photo: Blob, size?: { width: number; height: number }): Promise<string> {
  try {
    // A photo read again from the outbox may be one kept whole: its header first (the server refuses it too).
    if (!(await decodablePhoto(photo))) return '';
    const [{ readPhotoText }, image] = await Promise.all([
      import('./receipt-ocr.ts'),
      photoForOcr(photo, size),
    ]);
    return (await readPhotoText(image)).trim();
  } catch {
    return '';
  }
}

/** Starts loading Tesseract while the person takes the photo. */
export function warmOcr(): void {
  void import('./receipt-ocr.ts').then((m) => m.warmReceiptOcr()).catch(() => {});
}
