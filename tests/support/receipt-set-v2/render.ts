/**
 * Draws a ticket of the second set as a photo, with fonts the first set never used (Debian's
 * fonts-inconsolata, fonts-freefont-ttf, fonts-cantarell, and URW's and Liberation's serifs) and
 * other damage: a shadow across the paper, heavy sensor noise, a photo taken too far (downscaled).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Rng } from '../receipt-set/random.ts';
import type { Line, Ticket } from './model.ts';

export type Damage =
  | 'clean'
  | 'blur'
  | 'rotated'
  | 'shadow'
  | 'low-contrast'
  | 'noise'
  | 'downscaled'
  | 'rotated+shadow'
  | 'blur+low-contrast'
  | 'noise+downscaled';

const MONO = ['Inconsolata', 'FreeMono', 'Noto-Sans-Mono-Regular'];
const SANS = ['Nimbus-Sans-Regular', 'FreeSans', 'Cantarell-Regular', 'URW-Gothic-Book', 'DejaVu-Sans'];
const SERIF = [
  'Liberation-Serif',
  'FreeSerif',
  'P052-Roman',
  'C059-Roman',
  'DejaVu-Serif',
  'URW-Bookman-Light',
];
const BOLD: Record<string, string> = {
  Inconsolata: 'Noto-Sans-Mono-Bold',
  FreeMono: 'FreeMono-Bold',
  'Noto-Sans-Mono-Regular': 'Noto-Sans-Mono-Bold',
  'Nimbus-Sans-Regular': 'Nimbus-Sans-Bold',
  FreeSans: 'FreeSans-Bold',
  'Cantarell-Regular': 'Cantarell-Bold',
  'URW-Gothic-Book': 'URW-Gothic-Demi',
  'DejaVu-Sans': 'DejaVu-Sans-Bold',
  'Liberation-Serif': 'Liberation-Serif-Bold',
  FreeSerif: 'FreeSerif-Bold',
  'P052-Roman': 'P052-Bold',
  'C059-Roman': 'C059-Bold',
  'DejaVu-Serif': 'DejaVu-Serif-Bold',
  'URW-Bookman-Light': 'URW-Bookman-Demi',
};
const HAND = 'Z003-MediumItalic';

/** Throws when ImageMagick lacks a font: it would silently draw another one. */
export function checkFonts(): void {
  const known = execFileSync('convert', ['-list', 'font'], { encoding: 'utf8' });
  const missing = [...MONO, ...SANS, ...SERIF, ...Object.values(BOLD), HAND].filter(
    (f) => !known.includes(`Font: ${f}\n`),
  );
  if (missing.length > 0) throw new Error(`ImageMagick does not know these fonts: ${missing.join(', ')}`);
}

const imagickText = (text: string): string => text.replaceAll('%', '%%').replace(/^@/, ' @');

function lineArgs(line: Line, font: string, size: number, width: number): string[] {
  const bold = BOLD[font] ?? font;
  if (line.left.trim() === '' && line.right === undefined)
    return ['(', '-size', `${width}x${size}`, 'xc:white', '+size', ')'];
  const [face, pt, kerning] =
    line.style === 'logo'
      ? [bold, Math.round(size * 2.1), Math.round(size * 0.45)]
      : line.style === 'title'
        ? [bold, Math.round(size * 1.35), 0]
        : line.style === 'bold'
          ? [bold, size, 0]
          : line.style === 'small'
            ? [font, Math.round(size * 0.85), 0]
            : [font, size, 0];
  const gravity = line.align === 'center' ? 'center' : 'West';
  // An amount alone on its line (the total's, under its word) is drawn on an empty row.
  const left =
    line.left.trim() === ''
      ? ['-size', `${width}x${Math.round(pt * 1.3)}`, 'xc:white', '+size']
      : [`label:${imagickText(line.left)}`, '-extent', `${width}x`];
  const args = [
    '(',
    '-font',
    face,
    '-pointsize',
    String(pt),
    '-kerning',
    String(kerning),
    '-gravity',
    gravity,
    ...left,
  ];
  if (line.right !== undefined) {
    const [rFace, rPt] = line.style === 'hand' ? [HAND, Math.round(size * 1.5)] : [face, pt];
    args.push(
      '(',
      '-font',
      rFace,
      '-pointsize',
      String(rPt),
      '-kerning',
      '0',
      '-gravity',
      'East',
      `label:${imagickText(line.right)}`,
      ')',
    );
    args.push('-gravity', 'East', '-composite');
  }
  return [...args, '-kerning', '0', ')'];
}

/** Renders the ticket on white paper (a narrow thermal roll, or an A4-like invoice), then damages it. */
export function renderTicket(t: Ticket, damage: Damage, seed: number, rng: Rng, file: string): void {
  const invoice = t.merchant.layout === 'invoice';
  const font = invoice
    ? rng.pick([...SERIF, ...SANS])
    : t.merchant.layout === 'restaurant'
      ? rng.pick([...SANS, ...SERIF])
      : rng.pick([...MONO, ...SANS]);
  const size = invoice ? rng.int(19, 22) : rng.int(19, 24);
  const width = invoice ? size * 46 : size * rng.int(20, 26);
  const args = [
    '-background',
    'white',
    '-fill',
    'black',
    ...t.lines.flatMap((l) => lineArgs(l, font, size, width)),
  ];
  args.push('-gravity', 'center', '-append', '+repage');
  // An invoice is a sheet of A4: its lines at the top, white below.
  if (invoice) args.push('-gravity', 'North', '-extent', `${width}x${Math.round(width * 1.3)}`);
  args.push('-bordercolor', 'white', '-border', invoice ? '60x70' : '24x34', '-colorspace', 'gray');
  args.push('+level', damage.includes('low-contrast') ? `${rng.int(45, 58)}%,${rng.int(88, 95)}%` : '3%,96%');
  if (damage.includes('shadow')) {
    // A hand or a phone between the lamp and the paper: one side much darker, fading across.
    args.push(
      '(',
      '+clone',
      '-sparse-color',
      'Barycentric',
      `0,0 gray${rng.int(25, 40)} %[w],%[h] white`,
      ')',
      '-compose',
      'Multiply',
      '-composite',
      '-compose',
      'Over',
    );
  }
  args.push('-bordercolor', rng.pick(['#6a6a6a', '#444444', '#808080']), '-border', '36x44');
  if (damage.includes('rotated'))
    args.push(
      '-background',
      '#505050',
      '-rotate',
      ((rng.chance(0.5) ? 1 : -1) * (1.5 + rng.next() * 2.5)).toFixed(2),
    );
  args.push(
    '-seed',
    String(seed),
    '-attenuate',
    damage.includes('noise') ? '1.1' : '0.3',
    '+noise',
    'Gaussian',
  );
  if (damage.includes('blur')) args.push('-blur', `0x${(1.2 + rng.next() * 0.5).toFixed(2)}`);
  // Taken from too far: the text a little over ten pixels high.
  if (damage.includes('downscaled')) args.push('-resize', `${rng.int(50, 58)}%`);
  else if (invoice) args.push('-resize', '1400x1400>');
  args.push('-colorspace', 'gray', '-strip', '-sampling-factor', '1x1');
  // As good a JPEG as fits in 60 KB (a noisy sheet is also made a little smaller).
  for (const scale of ['100%', '90%', '80%', '70%']) {
    for (let quality = 70; quality >= 34; quality -= 6) {
      execFileSync('convert', [...args, '-resize', scale, '-quality', String(quality), file], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (statSync(file).size <= 60 * 1024) return;
    }
  }
  throw new Error(`${file} is over 60 KB`);
}
