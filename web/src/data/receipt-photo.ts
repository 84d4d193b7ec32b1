/**
 * A photo of a ticket as the phone keeps and sends it: drawn again into a canvas, turned the way
 * the camera held it (EXIF orientation applied to the pixels), at most RECEIPT_MAX_SIDE pixels on
 * its longest side, as a JPEG. Drawing it again drops everything else the file said: EXIF and its
 * GPS position, the phone's model, XMP — nothing of that leaves the phone.
 */
import { RECEIPT_MAX_SIDE } from '@voicetrack/shared';

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
