/**
 * A photo's size in pixels, read from its header (PNG's IHDR, JPEG's frame header, WebP's VP8,
 * VP8L or VP8X) without decoding it. A few hundred kilobytes of PNG can say 16000 × 16000 pixels:
 * decoded, that is a gigabyte for Tesseract on the server (or for the phone that shows it), so
 * a receipt past MAX_RECEIPT_PIXELS is refused before anything decodes it. Pure.
 */
import { ascii, isJpegFrame } from './image-bytes.ts';
import type { ReceiptImageType } from './receipts.ts';

/** More than a 48-megapixel phone's full photo (8000 × 6000); the app sends at most 2000 px a side. */
export const MAX_RECEIPT_PIXELS = 50_000_000;

export interface ImageSize {
  width: number;
  height: number;
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let i = 2;
  while (i + 9 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1] ?? 0;
    // A frame header: precision, then height and width.
    if (isJpegFrame(marker)) return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    const length = view.getUint16(i + 2);
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 30) return null;
  const chunk = ascii(bytes, 12, 4);
  // VP8X: the canvas, 24 bits each, minus one.
  if (chunk === 'VP8X')
    return {
      width: (view.getUint32(24, true) & 0xffffff) + 1,
      height: (view.getUint32(26, true) >>> 8) + 1,
    };
  // VP8L: a signature byte, then 14 bits each, minus one.
  if (chunk === 'VP8L' && bytes[20] === 0x2f) {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  // VP8 (lossy): the key frame's start code, then 14 bits each (the top two are a scale).
  if (chunk === 'VP8 ' && bytes[23] === 0x9d && bytes[24] === 0x01 && bytes[25] === 0x2a)
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  return null;
}

/** The picture's width and height as its header says; null when no header says them. */
export function imageSize(bytes: Uint8Array, type: ReceiptImageType): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'image/jpeg') return jpegSize(bytes, view);
  if (type === 'image/png')
    return bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR'
      ? { width: view.getUint32(16), height: view.getUint32(20) }
      : null;
  return webpSize(bytes, view);
}

/**
 * Why a photo is refused for its size in pixels, in words a person reads; null when it may be
 * decoded. A photo whose header says no size is not refused here (isWholeImage judges it).
 */
export function tooManyPixels(bytes: Uint8Array, type: ReceiptImageType): string | null {
  const size = imageSize(bytes, type);
  if (!size || size.width * size.height <= MAX_RECEIPT_PIXELS) return null;
  return `The photo is ${size.width} × ${size.height} pixels: at most ${MAX_RECEIPT_PIXELS / 1_000_000} megapixels.`;
}
