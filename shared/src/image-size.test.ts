import { describe, expect, it } from 'vitest';
import { imageSize, MAX_RECEIPT_PIXELS, tooManyPixels } from './image-size.ts';
import type { ReceiptImageType } from './receipts.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const u16be = (n: number) => [(n >>> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];
const u24le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

const png = (w: number, h: number) =>
  bytes([0x89], 'PNG\r\n\x1a\n', u32be(13), 'IHDR', u32be(w), u32be(h), [8, 0, 0, 0, 0]);
// SOI, a JFIF APP0 to walk past, then a baseline (C0) or progressive (C2) frame header.
const jpeg = (w: number, h: number, sof = 0xc0) =>
  bytes(
    [0xff, 0xd8, 0xff, 0xe0, 0, 16],
    'JFIF\0',
    [1, 1, 0, 0, 1, 0, 1, 0, 0],
    [0xff, sof, 0, 11, 8],
    u16be(h),
    u16be(w),
    [1, 1, 0x11, 0],
  );
const riff = (chunk: string, data: number[]) =>
  bytes('RIFF', u32le(4 + 8 + data.length), 'WEBP', chunk, u32le(data.length), data);
const vp8 = (w: number, h: number) =>
  riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(w), ...u16le(h), 0, 0]);
const vp8l = (w: number, h: number) => {
  const bits = ((w - 1) & 0x3fff) | (((h - 1) & 0x3fff) << 14);
  return riff('VP8L', [0x2f, ...u32le(bits), 0, 0, 0, 0, 0]);
};
const vp8x = (w: number, h: number) => riff('VP8X', [0, 0, 0, 0, ...u24le(w - 1), ...u24le(h - 1), 0, 0]);

describe('a photo’s size, from its header', () => {
  it.each<[string, Uint8Array, ReceiptImageType, { width: number; height: number } | null]>([
    ['a PNG', png(2000, 1500), 'image/png', { width: 2000, height: 1500 }],
    ['a PNG bomb', png(16000, 16000), 'image/png', { width: 16000, height: 16000 }],
    [
      'a PNG without IHDR first',
      bytes([0x89], 'PNG\r\n\x1a\n', u32be(13), 'tEXt', u32be(9), u32be(9)),
      'image/png',
      null,
    ],
    ['a baseline JPEG after APP0', jpeg(4032, 3024), 'image/jpeg', { width: 4032, height: 3024 }],
    ['a progressive JPEG', jpeg(65000, 65000, 0xc2), 'image/jpeg', { width: 65000, height: 65000 }],
    [
      'a JPEG whose DHT (C4) is no frame',
      bytes([0xff, 0xd8, 0xff, 0xc4, 0, 7, 0, 0, 0, 0, 0]),
      'image/jpeg',
      null,
    ],
    ['a lossy WebP', vp8(1920, 1080), 'image/webp', { width: 1920, height: 1080 }],
    ['a lossless WebP', vp8l(16383, 16383), 'image/webp', { width: 16383, height: 16383 }],
    ['an extended WebP', vp8x(16384, 16384), 'image/webp', { width: 16384, height: 16384 }],
    ['a WebP of no picture', riff('JUNK', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'image/webp', null],
  ])('%s', (_name, input, type, size) => {
    expect(imageSize(input, type)).toEqual(size);
  });
});

describe('photos too big to decode', () => {
  it.each<[string, Uint8Array, ReceiptImageType, boolean]>([
    ['what the app sends (2000 px a side)', jpeg(2000, 1500), 'image/jpeg', false],
    ['a 48-megapixel phone’s photo', jpeg(8000, 6000), 'image/jpeg', false],
    ['one pixel more than the limit', png(MAX_RECEIPT_PIXELS + 1, 1), 'image/png', true],
    ['a 16000 × 16000 PNG', png(16000, 16000), 'image/png', true],
    ['a 16384 × 16384 WebP', vp8x(16384, 16384), 'image/webp', true],
    ['a header that says no size', riff('JUNK', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'image/webp', false],
  ])('%s', (_name, input, type, refused) => {
    expect(tooManyPixels(input, type) !== null).toBe(refused);
  });

  it('says the photo’s size and the limit', () => {
    expect(tooManyPixels(png(16000, 16000), 'image/png')).toBe(
      'The photo is 16000 × 16000 pixels: at most 50 megapixels.',
    );
  });
});
