/**
 * A receipt's photo as bytes: what it really is (from its first bytes, never its name or declared
 * type), and the same photo without what it says about the person (EXIF with the place it was
 * taken, XMP, IPTC, text chunks). The phone sends a JPEG it drew itself, with nothing of that;
 * Telegram, a script or a photo shared where no canvas can draw it may not. Pure: the server and
 * the phone's service worker use it alike.
 */
import { concatBytes } from './bytes.ts';
import type { ReceiptImageType } from './receipts.ts';

export const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** A JPEG frame header (SOF0–SOF15 but DHT C4, JPG C8 and DAC CC): the picture's size and components. */
export const isJpegFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

export function sniffImage(bytes: Uint8Array): ReceiptImageType | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * JPEG: its segments walk, with valid lengths, to a frame header and the scan, and the file ends
 * (EOI) after the scan; a file cut short or garbled past its first bytes does not.
 */
function wholeJpeg(bytes: Uint8Array): boolean {
  let i = 2;
  let frame = false;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1] ?? 0;
    if (isJpegFrame(marker)) frame = true;
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > bytes.length) return false;
    if (marker === 0xda) {
      // The end of image, after the scan (a camera may pad a few bytes after it).
      for (let j = bytes.length - 2; j >= Math.max(i, bytes.length - 4096); j--)
        if (bytes[j] === 0xff && bytes[j + 1] === 0xd9) return frame;
      return false;
    }
    i += 2 + length;
  }
  return false;
}

/** PNG: IHDR first, then chunks of valid lengths up to IEND. */
function wholePng(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 8;
  let first = true;
  while (i + 12 <= bytes.length) {
    const type = ascii(bytes, i + 4, 4);
    if (first && type !== 'IHDR') return false;
    first = false;
    const end = i + 12 + view.getUint32(i);
    if (end > bytes.length) return false;
    if (type === 'IEND') return true;
    i = end;
  }
  return false;
}

/** WebP: the RIFF size fits the file and the first chunk is a picture (VP8, VP8L) or its header (VP8X). */
function wholeWebp(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(4, true);
  if (size + 8 > bytes.length || bytes.length < 20) return false;
  const first = ascii(bytes, 12, 4);
  return (
    (first === 'VP8 ' || first === 'VP8L' || first === 'VP8X') && view.getUint32(16, true) + 20 <= size + 8
  );
}

/**
 * Whether a photo's structure is whole (its markers or chunks walk to its end). It does not decode
 * the picture: a photo cut short, or garbled past its first bytes, is refused before it is kept.
 */
export function isWholeImage(bytes: Uint8Array, type: ReceiptImageType): boolean {
  if (type === 'image/jpeg') return wholeJpeg(bytes);
  if (type === 'image/png') return wholePng(bytes);
  return wholeWebp(bytes);
}

/** JPEG: drops APP1–APP15 (EXIF, XMP, IPTC…) and comments; keeps JFIF (APP0) and the picture. */
function stripJpeg(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1] ?? 0;
    // Start of scan: the compressed picture runs to the end.
    if (marker === 0xda) break;
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    const end = i + 2 + length;
    if (length < 2 || end > bytes.length) return bytes;
    const metadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!metadata) out.push(bytes.subarray(i, end));
    i = end;
  }
  out.push(bytes.subarray(i));
  return concatBytes(out);
}

/** PNG: drops eXIf and the text chunks (tEXt, zTXt, iTXt). */
function stripPng(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [bytes.subarray(0, 8)];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 8;
  while (i + 12 <= bytes.length) {
    const end = i + 12 + view.getUint32(i);
    if (end > bytes.length) return bytes;
    if (!['eXIf', 'tEXt', 'zTXt', 'iTXt'].includes(ascii(bytes, i + 4, 4))) out.push(bytes.subarray(i, end));
    i = end;
  }
  return concatBytes(out);
}

/** WebP: drops the EXIF and XMP chunks, clears their flags in VP8X and fixes the RIFF size. */
function stripWebp(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [bytes.slice(0, 12)];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 12;
  while (i + 8 <= bytes.length) {
    const size = view.getUint32(i + 4, true);
    const end = i + 8 + size + (size % 2);
    if (end > bytes.length) return bytes;
    const kind = ascii(bytes, i, 4);
    if (kind === 'VP8X') {
      const chunk = bytes.slice(i, end);
      // Flags: bit 3 EXIF, bit 2 XMP.
      chunk[8] = (chunk[8] ?? 0) & ~0b1100;
      out.push(chunk);
    } else if (kind !== 'EXIF' && kind !== 'XMP ') out.push(bytes.subarray(i, end));
    i = end;
  }
  const result = concatBytes(out);
  new DataView(result.buffer).setUint32(4, result.length - 8, true);
  return result;
}

/** The photo without its metadata; unchanged when its structure cannot be walked. */
export function stripImageMetadata(bytes: Uint8Array, type: ReceiptImageType): Uint8Array {
  if (type === 'image/jpeg') return stripJpeg(bytes);
  if (type === 'image/png') return stripPng(bytes);
  return stripWebp(bytes);
}
