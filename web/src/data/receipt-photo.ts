/**
 * A photo of a ticket as the phone keeps and sends it: drawn again into a canvas, turned the way
 * the camera held it (EXIF orientation applied to the pixels), at most RECEIPT_MAX_SIDE pixels on
 * its longest side, as a JPEG. Drawing it again drops everything else the file said: EXIF and its
 * GPS position, the phone's model, XMP — nothing of that leaves the phone.
 */
import { RECEIPT_MAX_SIDE, sniffImage, tooManyPixels } from '@voicetrack/shared';

export interface PreparedPhoto {
  data: ArrayBuffer;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
}

/** The photo could not be read as an image (a HEIC the browser cannot draw, a broken file). */
export class UnreadablePhotoError extends Error {}

const QUALITY = 0.85;

/** OffscreenCanvas draws in the page and in the service worker alike (Chromium, Firefox, Safari 16.4+). */
async function encode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  if (typeof OffscreenCanvas === 'undefined') throw new UnreadablePhotoError('no OffscreenCanvas here');
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new UnreadablePhotoError('no 2d canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
}

/**
 * The copy Tesseract reads: its shorter side at most this many pixels. A ticket's text reads best
 * about 20–30 px high; a phone's photo (2000 px) prints it twice that, which costs the OCR pass
 * more and reads no better (measured on the receipt set at 2.5×: 0.50 s of CPU a ticket at full
 * size, 0.39 s at 1000 px wide, totals 95.8 → 100 % right). The photo kept and sent stays whole.
 */
export const OCR_MAX_SHORT_SIDE = 1000;

/**
 * Whether a kept photo may be decoded: false when its header says more than 50 megapixels. A photo
 * the service worker could not draw is kept as it came (shared-photo.ts), and one kept before the
 * server checked pixels may be read again (Tesseract on a later visit): a small file that says a
 * huge picture would take the phone's memory in createImageBitmap before anything could refuse it.
 */
export async function decodablePhoto(photo: Blob): Promise<boolean> {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const type = sniffImage(bytes);
  return !type || !tooManyPixels(bytes, type);
}

/** The photo as Tesseract should read it; the photo itself when it is small enough (or cannot be drawn). */
export async function photoForOcr(photo: Blob, size?: { width: number; height: number }): Promise<Blob> {
  if (size && Math.min(size.width, size.height) <= OCR_MAX_SHORT_SIDE) return photo;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(photo);
  } catch {
    return photo;
  }
  try {
    const scale = OCR_MAX_SHORT_SIDE / Math.min(bitmap.width, bitmap.height);
    if (scale >= 1) return photo;
    return await encode(bitmap, Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  } catch {
    return photo;
  } finally {
    bitmap.close();
  }
}

export async function preparePhoto(file: Blob, maxSide = RECEIPT_MAX_SIDE): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new UnreadablePhotoError(String(error));
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const blob = await encode(bitmap, width, height);
    return { data: await blob.arrayBuffer(), mimeType: 'image/jpeg', width, height };
  } finally {
    bitmap.close();
  }
}
