import { describe, expect, it } from 'vitest';
import { isWholeImage, sniffImage, stripImageMetadata } from './image-bytes.ts';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array => {
  const chunks = parts.map((p) =>
    typeof p === 'string' ? ascii(p) : p instanceof Uint8Array ? p : new Uint8Array(p),
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const text = (b: Uint8Array): string => String.fromCharCode(...b);
const has = (haystack: Uint8Array, needle: string) => text(haystack).includes(needle);
const same = (a: Uint8Array, b: Uint8Array) => text(a) === text(b);
// A JPEG as a camera writes it, minus the pixels: SOI, JFIF, a quantisation table, the scan, EOI.
const JPEG = bytes(
  [0xff, 0xd8],
  [0xff, 0xe0, 0, 16],
  'JFIF\0',
  [1, 1, 0, 0, 1, 0, 1, 0, 0],
  [0xff, 0xdb, 0, 5, 0, 9, 9],
  [0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0],
  'compressed picture bytes',
  [0xff, 0xd9],
);

describe('what an image is', () => {
  it.each([
    [JPEG, 'image/jpeg'],
    [bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 0]), 'image/png'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    [bytes('%PDF-1.7\n%âãÏÓ'), null],
    [bytes('<html><body>hello'), null],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0, 0, 0, 0, 0]), null],
    [bytes([0xff, 0xd8]), null],
  ])('sniffs %#', (input, type) => {
    expect(sniffImage(input)).toBe(type);
  });
});

describe('a photo without what it says about the person', () => {
  it('drops a JPEG’s EXIF (the place it was taken) and comments, and keeps the picture', () => {
    const exif = bytes('Exif\0\0MM', 'GPSLatitude 48.8566 GPSLongitude 2.3522');
    const app1 = bytes([0xff, 0xe1, ((exif.length + 2) >> 8) & 255, (exif.length + 2) & 255], exif);
    const comment = bytes([0xff, 0xfe, 0, 9], 'secret!');
    const tagged = bytes(JPEG.subarray(0, 2), app1, comment, JPEG.subarray(2));
    expect(has(tagged, 'GPSLatitude')).toBe(true);
    const clean = stripImageMetadata(tagged, 'image/jpeg');
    expect(has(clean, 'GPSLatitude')).toBe(false);
    expect(has(clean, 'secret!')).toBe(false);
    // Only the metadata went: what is left is the camera's file, byte for byte.
    expect(same(clean, JPEG)).toBe(true);
    expect(sniffImage(clean)).toBe('image/jpeg');
  });

  it('drops a PNG’s eXIf and text chunks, keeps the others', () => {
    const chunk = (type: string, data: string) => bytes(u32be(data.length), type, data, [0, 0, 0, 0]);
    const png = bytes(
      [0x89],
      'PNG\r\n\x1a\n',
      chunk('IHDR', '0123456789abc'),
      chunk('eXIf', 'MM GPS 48.85'),
      chunk('tEXt', 'Author\0me'),
      chunk('IDAT', 'pixels'),
      chunk('IEND', ''),
    );
    const clean = stripImageMetadata(png, 'image/png');
    expect(has(clean, 'GPS')).toBe(false);
    expect(has(clean, 'Author')).toBe(false);
    for (const kept of ['IHDR', 'IDAT', 'pixels', 'IEND']) expect(has(clean, kept)).toBe(true);
  });

  it('drops a WebP’s EXIF and XMP chunks, clears their flags and fixes the file’s size', () => {
    const chunk = (type: string, data: number[] | string) =>
      bytes(type, u32le(typeof data === 'string' ? data.length : data.length), data);
    const body = bytes(
      'WEBP',
      chunk('VP8X', [0b1100, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      chunk('VP8L', 'pixel'),
      [0],
      chunk('EXIF', 'GPS 48'),
      chunk('XMP ', '<x:xmpmeta/>'),
    );
    const webp = bytes('RIFF', u32le(body.length), body);
    const clean = stripImageMetadata(webp, 'image/webp');
    expect(has(clean, 'GPS')).toBe(false);
    expect(has(clean, 'xmpmeta')).toBe(false);
    expect(has(clean, 'VP8L')).toBe(true);
    expect(clean[20]).toBe(0);
    expect(new DataView(clean.buffer).getUint32(4, true)).toBe(clean.length - 8);
  });

  it('leaves a photo it cannot walk as it is', () => {
    const broken = bytes([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff], 'short');
    expect(stripImageMetadata(broken, 'image/jpeg')).toEqual(broken);
  });
});

describe('a whole photo, or one cut short or garbled', () => {
  const jpeg = (scanEnd: number[]) =>
    bytes(
      [0xff, 0xd8],
      [0xff, 0xe0, 0, 16],
      'JFIF\0',
      [1, 1, 0, 0, 1, 0, 1, 0, 0],
      // SOF0: 8 bits, 1×1 pixel, one component.
      [0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0],
      [0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0],
      'compressed picture bytes',
      scanEnd,
    );
  const chunk = (type: string, data: string) => bytes(u32be(data.length), type, data, [0, 0, 0, 0]);
  const png = (...chunks: Uint8Array[]) => bytes([0x89], 'PNG\r\n\x1a\n', ...chunks);
  const webp = (first: string, data: string, declared?: number) => {
    const body = bytes('WEBP', first, u32le(data.length), data);
    return bytes('RIFF', u32le(declared ?? body.length), body);
  };
  it.each([
    ['a JPEG to its end', jpeg([0xff, 0xd9]), 'image/jpeg', true],
    ['a JPEG padded after its end', jpeg([0xff, 0xd9, 0, 0, 0]), 'image/jpeg', true],
    ['a JPEG cut in its scan', jpeg([]), 'image/jpeg', false],
    ['a JPEG with no frame header', JPEG, 'image/jpeg', false],
    [
      'a JPEG garbled after its first bytes',
      bytes([0xff, 0xd8, 0xff], 'garbage garbage garbage'),
      'image/jpeg',
      false,
    ],
    [
      'a PNG to IEND',
      png(chunk('IHDR', '0123456789abc'), chunk('IDAT', 'px'), chunk('IEND', '')),
      'image/png',
      true,
    ],
    ['a PNG cut before IEND', png(chunk('IHDR', '0123456789abc'), chunk('IDAT', 'px')), 'image/png', false],
    ['a PNG without IHDR first', png(chunk('IDAT', 'px'), chunk('IEND', '')), 'image/png', false],
    ['a WebP whole', webp('VP8L', 'pixels'), 'image/webp', true],
    ['a WebP shorter than it says', webp('VP8L', 'pixels', 400), 'image/webp', false],
    ['a WebP of no picture', webp('JUNK', 'pixels'), 'image/webp', false],
  ] as const)('%s: %s', (_, image, type, whole) => {
    expect(isWholeImage(image, type)).toBe(whole);
  });
});
