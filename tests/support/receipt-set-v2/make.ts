/**
 * Makes the second receipt set: `tsx tests/support/receipt-set-v2/make.ts [DIR]` (default
 * tests/fixtures/receipts-v2) writes one grayscale JPEG (at most 60 KB) per merchant of
 * merchants.ts and `labels.jsonl` in the first set's format. Labelled from what each ticket
 * means: the total paid (a tip written by hand included), the sale's date, the merchant as a
 * person names it (no « SAS », "Ltd"), the currency (printed, or the country's when the address
 * or the VAT number names one, else the person's own: euros). Seeded: the same images every run
 * on the same ImageMagick and fonts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRng } from '../receipt-set/random.ts';
import { buildTicket } from './layouts-more.ts';
import { MERCHANTS } from './merchants.ts';
import { addDaysIso, CURRENCY, someDay } from './money.ts';
import { checkFonts, type Damage, renderTicket } from './render.ts';

const DAMAGES: readonly Damage[] = [
  'clean',
  'blur',
  'rotated',
  'shadow',
  'low-contrast',
  'noise',
  'downscaled',
  'rotated+shadow',
  'blur+low-contrast',
  'noise+downscaled',
];

checkFonts();
const dir = resolve(process.argv[2] ?? 'tests/fixtures/receipts-v2');
rmSync(join(dir, 'images'), { recursive: true, force: true });
mkdirSync(join(dir, 'images'), { recursive: true });

const labels: string[] = [];
MERCHANTS.forEach((m, i) => {
  const n = i + 1;
  const rng = seededRng(2000 + n);
  const ticket = buildTicket(m, rng, someDay(rng));
  const damage = DAMAGES[(n * 3) % DAMAGES.length] ?? 'clean';
  const slug = m.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
  const file = `${String(n).padStart(2, '0')}-${m.layout}-${m.country}-${slug}-${damage.replace('+', '-')}.jpg`;
  renderTicket(ticket, damage, 2000 + n, rng, join(dir, 'images', file));
  const total = `${Math.floor(ticket.total / 100)}.${String(ticket.total % 100).padStart(2, '0')}`;
  labels.push(
    JSON.stringify({
      file: `images/${file}`,
      layout: m.layout,
      lang: m.lang,
      damage,
      // Photographed the same day or up to two days later, at noon in Paris.
      recordedAt: `${addDaysIso(ticket.date, rng.int(0, 2))}T11:00:00.000Z`,
      total,
      date: ticket.date,
      merchant: m.name,
      currency: CURRENCY[m.country],
      text: ticket.lines.map((l) => (l.right ? `${l.left}  ${l.right}` : l.left)).join('\n'),
    }),
  );
  process.stdout.write(`${file}\n`);
});
writeFileSync(join(dir, 'labels.jsonl'), `${labels.join('\n')}\n`);
process.stdout.write(`${labels.length} receipts in ${dir}\n`);
