/**
 * Receipts in the browser: tickets of the receipt test set as a phone's camera hands them (with
 * EXIF saying where they were taken), and the « Photo du ticket » input found by its label.
 */
import type { Page } from 'playwright-core';
import { loadReceiptSet, receiptImage } from '../../bench/receipt-set.ts';

/** The ticket whose file name starts with this number, its label and its JPEG. */
export function ticket(prefix: string) {
  const label = loadReceiptSet().find((l) => l.file.startsWith(`images/${prefix}-`));
  if (!label) throw new Error(`no ticket ${prefix}`);
  return { label, photo: Buffer.from(receiptImage(label)) };
}

/** The photo as a phone's camera writes it: an EXIF block with the place it was taken. */
export function withGps(jpeg: Buffer): Buffer {
  const exif = Buffer.from('Exif\0\0MM GPSLatitude 48.8566 GPSLongitude 2.3522');
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, exif.length + 2]), exif]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** Gives the camera's input a photo, as the phone's camera (or its gallery) does. */
export const takePhoto = (page: Page, photo: Buffer, name = 'IMG_2026.jpg') =>
  page.getByLabel('Photo du ticket').setInputFiles({ name, mimeType: 'image/jpeg', buffer: photo });

/** The photo as a phone's camera takes it, `factor` times larger (drawn in the page: 616 px → 1540 px wide). */
export const enlarged = async (page: Page, jpeg: Buffer, factor: number): Promise<Buffer> =>
  Buffer.from(
    await page.evaluate(
      async ([bytes, factor]) => {
        const source = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }));
        const canvas = new OffscreenCanvas(source.width * factor, source.height * factor);
        const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        g.drawImage(source, 0, 0, canvas.width, canvas.height);
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
        return [...new Uint8Array(await blob.arrayBuffer())];
      },
      [[...jpeg], factor] as const,
    ),
  );
