/**
 * The receipt test sets and the receipt reader: the sets are what the README's figures are measured
 * on (the full OCR run is `pnpm bench receipts`); here the parser reads every ticket's printed
 * text, and Tesseract on Node reads five photos, so CI stays quick.
 */
import { statSync } from 'node:fs';
import type { ReceiptOcr } from '@voicetrack/edge/ports.ts';
import { createNodeOcr } from '@voicetrack/edge/receipts/ocr-node.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BLIND_RECEIPTS_DIR,
  loadReceiptSet,
  RECEIPTS_DIR,
  RECEIPTS_V2_DIR,
  readLabelled,
  receiptImage,
  scoreReceipt,
} from '../bench/receipt-set.ts';

const set = loadReceiptSet();
const v2 = loadReceiptSet(RECEIPTS_V2_DIR);

describe('the receipt test set', () => {
  it('holds at least 40 tickets of every layout, in French and English, in euros, pounds and dollars', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    expect(new Set(set.map((l) => l.layout))).toEqual(
      new Set(['supermarket', 'restaurant', 'pharmacy', 'fuel', 'terminal']),
    );
    expect(new Set(set.map((l) => l.lang))).toEqual(new Set(['fr', 'en']));
    expect(new Set(set.map((l) => l.currency))).toEqual(new Set(['EUR', 'GBP', 'USD']));
  });

  it('photographs them blurred, turned, faded and crumpled, and some clean', () => {
    const damages = set.map((l) => l.damage);
    for (const kind of ['clean', 'blur', 'rotated', 'low-contrast', 'crumpled']) {
      expect(damages.filter((d) => d.includes(kind)).length, kind).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps each photo a small grayscale JPEG, the set under 4 MB', () => {
    let total = 0;
    for (const label of set) {
      const bytes = receiptImage(label);
      expect([bytes[0], bytes[1]], label.file).toEqual([0xff, 0xd8]);
      expect(bytes.length, label.file).toBeLessThan(120_000);
      total += statSync(new URL(label.file, RECEIPTS_DIR)).size;
    }
    expect(total).toBeLessThan(4_000_000);
  });
});

describe('the second receipt set', () => {
  it('holds at least 40 tickets of six layouts, A4 invoices too, in €, £, $ and CHF', () => {
    expect(v2.length).toBeGreaterThanOrEqual(40);
    expect(new Set(v2.map((l) => l.layout))).toEqual(
      new Set(['supermarket', 'restaurant', 'pharmacy', 'fuel', 'terminal', 'invoice']),
    );
    expect(new Set(v2.map((l) => l.lang))).toEqual(new Set(['fr', 'en']));
    expect(new Set(v2.map((l) => l.currency))).toEqual(new Set(['EUR', 'GBP', 'USD', 'CHF']));
  });

  it('photographs them shadowed, noisy, downscaled, blurred, turned and faded, and some clean', () => {
    for (const kind of ['clean', 'blur', 'rotated', 'shadow', 'low-contrast', 'noise', 'downscaled']) {
      expect(v2.filter((l) => l.damage.includes(kind)).length, kind).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps each photo a JPEG of at most 60 KB, the set under 3 MB', () => {
    let total = 0;
    for (const label of v2) {
      const bytes = receiptImage(label, RECEIPTS_V2_DIR);
      expect([bytes[0], bytes[1]], label.file).toEqual([0xff, 0xd8]);
      expect(bytes.length, label.file).toBeLessThanOrEqual(60 * 1024);
      total += bytes.length;
    }
    expect(total).toBeLessThan(3_000_000);
  });
});

// Its format only: the reader is measured on it by `pnpm bench receipts`, in aggregate figures.
describe('the blind receipt set', () => {
  const blind = loadReceiptSet(BLIND_RECEIPTS_DIR);

  it('holds at least 30 tickets of every layout, in French and English, in €, £, $ and CHF', () => {
    expect(blind.length).toBeGreaterThanOrEqual(30);
    expect(new Set(blind.map((l) => l.layout))).toEqual(
      new Set(['supermarket', 'restaurant', 'pharmacy', 'fuel', 'terminal']),
    );
    expect(new Set(blind.map((l) => l.lang))).toEqual(new Set(['fr', 'en']));
    expect(new Set(blind.map((l) => l.currency))).toEqual(new Set(['EUR', 'GBP', 'USD', 'CHF']));
  });

  it('labels each ticket with a total it prints and a date no later than its photo', () => {
    for (const label of blind) {
      expect(label.total, label.file).toMatch(/^\d+\.\d\d$/);
      const printed = [label.total, label.total.replace('.', ',')];
      expect(
        printed.some((t) => label.text.includes(t)),
        label.file,
      ).toBe(true);
      expect(label.date <= label.recordedAt.slice(0, 10), label.file).toBe(true);
    }
  });

  it('keeps each photo a JPEG of at most 60 KB, the set under 2 MB', () => {
    let total = 0;
    for (const label of blind) {
      const bytes = receiptImage(label, BLIND_RECEIPTS_DIR);
      expect([bytes[0], bytes[1]], label.file).toEqual([0xff, 0xd8]);
      expect(bytes.length, label.file).toBeLessThanOrEqual(60 * 1024);
      total += bytes.length;
    }
    expect(total).toBeLessThan(2_000_000);
  });
});

describe('the receipt reader', () => {
  it.each([
    ['first', set],
    ['second', v2],
  ])(
    'reads the total, date, merchant and currency of every ticket of the %s set from its printed text',
    (_, tickets) => {
      const wrong = tickets
        .map((label) => ({ file: label.file, score: scoreReceipt(readLabelled(label.text, label), label) }))
        .filter(({ score }) => !Object.values(score).every(Boolean));
      expect(wrong).toEqual([]);
    },
  );

  describe('on photos, through Tesseract on Node', () => {
    let ocr: ReceiptOcr;
    beforeAll(async () => {
      ocr = await createNodeOcr();
    }, 120_000);
    afterAll(() => ocr?.close());

    // A clean French slip, a blurred and turned American diner, a faded crumpled British pharmacy;
    // of the second set, a Geneva bill photographed far and noisy (OCR loses its decimal marks)
    // and a blurred British pub's bill with no £ (its postcode says pounds).
    it.each([
      ['41-terminal-fr-boulangerie-dupont-crumpled-low-contrast.jpg', RECEIPTS_DIR],
      ['26-restaurant-us-five-guys-rotated-blur.jpg', RECEIPTS_DIR],
      ['32-pharmacy-uk-boots-crumpled.jpg', RECEIPTS_DIR],
      ['23-restaurant-ch-cafe-du-lac-noise-downscaled.jpg', RECEIPTS_V2_DIR],
      ['27-restaurant-uk-the-crown-anchor-blur.jpg', RECEIPTS_V2_DIR],
    ])('reads %s right', { timeout: 120_000 }, async (file, dir) => {
      const label = loadReceiptSet(dir).find((l) => l.file === `images/${file}`);
      if (!label) throw new Error(`${file} is not in the set`);
      const reading = readLabelled(await ocr.read(receiptImage(label, dir)), label);
      expect(scoreReceipt(reading, label)).toEqual({
        total: true,
        date: true,
        merchant: true,
        currency: true,
      });
    });
  });
});
