/**
 * Makes the receipt test set: `tsx tests/support/receipt-set/make.ts [DIR]` (default
 * tests/fixtures/receipts) writes one grayscale JPEG per shop of shops.ts and `labels.jsonl`
 * (file, layout, lang, damage, recordedAt, and the labels: total, date, merchant, currency).
 * Seeded: the same images every run on the same ImageMagick and fonts (Debian's fonts-dejavu,
 * fonts-liberation, fonts-urw-base35, fonts-noto-mono).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildReceipt } from './layouts.ts';
import type { Layout } from './model.ts';
import { seededRng } from './random.ts';
import { checkFonts, type Damage, renderReceipt } from './render.ts';
import { SHOPS } from './shops.ts';

const DAMAGES: readonly Damage[] = [
  'clean',
  'blur',
  'rotated',
  'low-contrast',
  'crumpled',
  'rotated+blur',
  'crumpled+low-contrast',
];

checkFonts();
const dir = resolve(process.argv[2] ?? 'tests/fixtures/receipts');
rmSync(join(dir, 'images'), { recursive: true, force: true });
mkdirSync(join(dir, 'images'), { recursive: true });

const labels: string[] = [];
let n = 0;
for (const layout of Object.keys(SHOPS) as Layout[]) {
  for (const shop of SHOPS[layout]) {
    n += 1;
    const rng = seededRng(1000 + n);
    const receipt = buildReceipt(layout, shop, rng);
    const damage = DAMAGES[n % DAMAGES.length] ?? 'clean';
    const slug = shop.name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .toLowerCase();
    const file = `${String(n).padStart(2, '0')}-${layout}-${receipt.country}-${slug}-${damage.replace('+', '-')}.jpg`;
    renderReceipt(receipt, damage, 1000 + n, rng, join(dir, 'images', file));
    // Recorded a day or two after the purchase, at noon in the shop's country.
    const recorded = new Date(`${receipt.date}T12:00:00Z`);
    recorded.setUTCDate(recorded.getUTCDate() + rng.int(0, 2));
    const { total, date, merchant, currency, lang } = receipt;
    labels.push(
      JSON.stringify({
        file: `images/${file}`,
        layout,
        lang,
        damage,
        recordedAt: recorded.toISOString(),
        total,
        date,
        merchant,
        currency,
        // What the ticket says, for reading failures by eye.
        text: receipt.lines.map((l) => (l.right ? `${l.left}  ${l.right}` : l.left)).join('\n'),
      }),
    );
    process.stdout.write(`${file}\n`);
  }
}
writeFileSync(join(dir, 'labels.jsonl'), `${labels.join('\n')}\n`);
process.stdout.write(`${n} receipts in ${dir}\n`);
