/**
 * A photo shared to the app (Web Share Target), as the phone keeps it: drawn again (no EXIF, at
 * most 2000 px, JPEG) where the service worker can draw; else a JPEG, PNG or WebP with its
 * metadata cut out by its bytes. Runs in the service worker.
 */
import { sniffImage, stripImageMetadata } from '@voicetrack/shared';
import { preparePhoto } from './receipt-photo.ts';

/** A shared photo is drawn again before it is kept; past this size it is not even tried. */
export const MAX_SHARED_IMAGE_BYTES = 40 * 1024 * 1024;

/** The photo to keep; null when it is no image at all. */
export async function keptPhoto(file: File): Promise<{ data: ArrayBuffer; mimeType: string } | null> {
  try {
    return await preparePhoto(file);
  } catch {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffImage(bytes);
    return type ? { data: stripImageMetadata(bytes, type).slice().buffer, mimeType: type } : null;
  }
}
