/**
 * Draws the blind receipt set (tests/fixtures/receipts-blind: images/*.jpg and labels.jsonl, in
 * the format of tests/fixtures/receipts/labels.jsonl) with ImageMagick's `convert` and Debian's
 * fonts: `pnpm exec tsx tools/receipts-blind/generate.ts`. Seeded, so a run gives the same set.
 * Its own layouts (centred headers, amounts flush right in proportional fonts, card slips, a tip,
 * a pharmacy's insurer share, cash and change), and each ticket one kind of damage. Written
 * without reading the receipt reader or tests/support/receipt-set; never tune the reader on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ticket } from './content.ts';
import { type Row, rng, SHOPS } from './tickets.ts';

const OUT = fileURLToPath(new URL('../../tests/fixtures/receipts-blind/', import.meta.url));
const MAX_BYTES = 60 * 1024;
const FONTS = [
  'DejaVu-Sans-Mono',
  'Liberation-Sans-Narrow',
  'Nimbus-Mono-PS-Regular',
  'URW-Gothic-Book',
  'Liberation-Mono',
  'DejaVu-Serif-Condensed',
  'Noto-Sans-Mono-Regular',
  'Nimbus-Sans-Narrow-Regular',
  'Courier-Bold',
  'DejaVu-Sans-Condensed',
  'Liberation-Serif',
  'Helvetica',
];
const DAMAGES = [
  'clean',
  'blur',
  'rotated',
  'low-contrast',
  'shadow',
  'noise',
  'small',
  'rotated-blur',
  'shadow-low-contrast',
] as const;

function damageArgs(damage: (typeof DAMAGES)[number], w: number, h: number, r: () => number): string[] {
  const angle = ((r() < 0.5 ? -1 : 1) * (3 + r() * 4)).toFixed(1);
  const shadow = [
    '(',
    '-size',
    `${h}x${w}`,
    'gradient:#6a6a6a-#ffffff',
    '-rotate',
    '90',
    ')',
    '-compose',
    'multiply',
    '-composite',
  ];
  switch (damage) {
    case 'clean':
      return [];
    case 'blur':
      return ['-blur', '0x1.3'];
    case 'rotated':
      return ['-background', '#7d7a70', '-rotate', angle];
    case 'low-contrast':
      return ['+level', '38%,82%'];
    case 'shadow':
      return shadow;
    case 'noise':
      return ['-seed', '4242', '-attenuate', '0.7', '+noise', 'Gaussian'];
    case 'small':
      return ['-resize', '62%'];
    case 'rotated-blur':
      return ['-blur', '0x0.8', '-background', '#6f6c66', '-rotate', (Number(angle) / 2).toFixed(1)];
    case 'shadow-low-contrast':
      return [...shadow, '+level', '25%,90%'];
  }
}

const esc = (s: string) => s.replaceAll('\\', '\\\\').replaceAll('%', '%%');

function draw(
  rows: Row[],
  font: string,
  size: number,
  file: string,
  after: (w: number, h: number) => string[],
): void {
  const lh = Math.round(size * 1.45);
  const width = 540;
  const height = 40 + rows.reduce((h, row) => h + (row.big ? Math.round(lh * 1.3) : lh), 0);
  const args = ['-size', `${width}x${height}`, 'xc:#fbfaf4', '-fill', '#1c1c1c', '-font', font];
  let y = 20;
  for (const row of rows) {
    const pt = row.big ? Math.round(size * 1.3) : size;
    args.push('-pointsize', String(pt));
    if (row.center) args.push('-gravity', 'North', '-annotate', `+0+${y}`, esc(row.left));
    else {
      args.push('-gravity', 'NorthWest', '-annotate', `+24+${y}`, esc(row.left));
      if (row.right !== undefined)
        args.push('-gravity', 'NorthEast', '-annotate', `+24+${y}`, esc(row.right));
    }
    y += row.big ? Math.round(lh * 1.3) : lh;
  }
  const png = `${file}.png`;
  execFileSync('convert', [...args, png]);
  for (let quality = 80; ; quality -= 8) {
    execFileSync('convert', [
      png,
      ...after(width, height),
      '-colorspace',
      'Gray',
      '-strip',
      '-quality',
      String(quality),
      file,
    ]);
    if (statSync(file).size <= MAX_BYTES || quality <= 30) break;
  }
  rmSync(png);
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

mkdirSync(join(OUT, 'images'), { recursive: true });
const labels: string[] = [];
SHOPS.forEach((shop, i) => {
  const r = rng(7919 * (i + 1));
  const [rows, total] = ticket(shop, i, r);
  const damage = DAMAGES[i % DAMAGES.length] ?? 'clean';
  const font = FONTS[i % FONTS.length] ?? 'DejaVu-Sans-Mono';
  const name = `images/${String(i + 1).padStart(2, '0')}-${shop.kind}-${shop.lang}-${slug(shop.merchant)}-${damage}.jpg`;
  const size = 17 + Math.floor(r() * 5);
  draw(rows, font, size, join(OUT, name), (w, h) => damageArgs(damage, w, h, r));
  labels.push(
    JSON.stringify({
      file: name,
      layout: shop.kind,
      lang: shop.lang,
      damage,
      recordedAt: `${addDays(shop.date, shop.photoAfter)}T17:30:00.000Z`,
      total: (total / 100).toFixed(2),
      date: shop.date,
      merchant: shop.merchant,
      currency: shop.currency,
      text: rows.map((row) => (row.right === undefined ? row.left : `${row.left}  ${row.right}`)).join('\n'),
    }),
  );
});
writeFileSync(join(OUT, 'labels.jsonl'), `${labels.join('\n')}\n`);
console.log(`${labels.length} tickets in ${OUT}`);
