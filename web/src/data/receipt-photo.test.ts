import { describe, expect, it } from 'vitest';
import { decodablePhoto } from './receipt-photo.ts';

/** A PNG's signature and IHDR saying w × h (what the header check reads; no pixels follow). */
function pngHeader(w: number, h: number): Blob {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, w);
  view.setUint32(20, h);
  bytes[24] = 8;
  return new Blob([bytes], { type: 'image/png' });
}

describe('decodablePhoto', () => {
  it.each([
    ['a 2000 × 1500 photo', pngHeader(2000, 1500), true],
    ['7071 × 7071 (50 megapixels, the limit)', pngHeader(7071, 7071), true],
    ['8000 × 8000 (64 megapixels)', pngHeader(8000, 8000), false],
    ['16000 × 16000', pngHeader(16000, 16000), false],
    ['bytes that are no image (judged elsewhere)', new Blob(['not a photo at all']), true],
  ])('%s: %s', async (_name, photo, decodable) => {
    expect(await decodablePhoto(photo)).toBe(decodable);
  });
});
