import { execFileSync } from 'node:child_process';
import type { Line, Receipt } from './model.ts';
import type { Rng } from './random.ts';

/** How a photo of the ticket went wrong; `make.ts` gives each receipt one. */
export type Damage =
  | 'clean'
  | 'blur'
  | 'rotated'
  | 'low-contrast'
  | 'crumpled'
  | 'rotated+blur'
  | 'crumpled+low-contrast';

const MONO = ['DejaVu-Sans-Mono', 'Liberation-Mono', 'Nimbus-Mono-PS-Regular', 'Noto-Mono'];
const SANS = [
  'DejaVu-Sans-Condensed',
  'Liberation-Sans-Narrow',
  'Liberation-Sans',
  'Nimbus-Sans-Narrow-Regular',
];
const BOLD: Record<string, string> = {
  'DejaVu-Sans-Mono': 'DejaVu-Sans-Mono-Bold',
  'Liberation-Mono': 'Liberation-Mono-Bold',
  'Nimbus-Mono-PS-Regular': 'Nimbus-Mono-PS-Bold',
  'Noto-Mono': 'Noto-Sans-Mono-Bold',
  'DejaVu-Sans-Condensed': 'DejaVu-Sans-Condensed-Bold',
  'Liberation-Sans-Narrow': 'Liberation-Sans-Narrow-Bold',
  'Liberation-Sans': 'Liberation-Sans-Bold',
  'Nimbus-Sans-Narrow-Regular': 'Nimbus-Sans-Narrow-Bold',
};

/** Throws when ImageMagick lacks a font: it would silently draw another one. */
export function checkFonts(): void {
  const known = new Set(
    execFileSync('convert', ['-list', 'font'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.match(/^\s*Font: (\S+)/)?.[1])
      .filter((f) => f !== undefined),
  );
  const missing = [...MONO, ...SANS, ...Object.values(BOLD)].filter((f) => !known.has(f));
  if (missing.length > 0) throw new Error(`ImageMagick does not know these fonts: ${missing.join(', ')}`);
}

/** ImageMagick reads `%` and a leading `@` in label text as escapes. */
const imagickText = (text: string): string => text.replaceAll('%', '%%').replace(/^@/, ' @');

function lineArgs(line: Line, font: string, size: number, width: number): string[] {
  const bold = BOLD[font] ?? font;
  const [face, pt] =
    line.style === 'title'
      ? [bold, Math.round(size * 1.5)]
      : line.style === 'big'
        ? [bold, Math.round(size * 1.2)]
        : line.style === 'bold'
          ? [bold, size]
          : line.style === 'small'
            ? [font, Math.round(size * 0.85)]
            : [font, size];
  if (line.left.trim() === '' && line.right === undefined)
    return ['(', '-size', `${width}x${pt}`, 'xc:white', '+size', ')'];
  // -gravity is global in ImageMagick 6, not scoped by the parentheses: set before each label.
  const gravity = line.align === 'center' ? 'center' : 'West';
  const args = [
    '(',
    '-font',
    face,
    '-pointsize',
    String(pt),
    '-gravity',
    gravity,
    `label:${imagickText(line.left)}`,
  ];
  args.push('-extent', `${width}x`);
  if (line.right !== undefined) {
    args.push(
      '(',
      '-gravity',
      'East',
      `label:${imagickText(line.right)}`,
      ')',
      '-gravity',
      'East',
      '-composite',
    );
  }
  return [...args, ')'];
}

/** Renders the ticket's lines as a clean scan: black text on white, `width` px wide. */
function paperArgs(r: Receipt, rng: Rng): string[] {
  const font = r.layout === 'restaurant' && rng.chance(0.6) ? rng.pick(SANS) : rng.pick(MONO);
  const size = rng.int(20, 25);
  const width = size * 24;
  const lines = r.lines.flatMap((l) => lineArgs(l, font, size, width));
  return ['-background', 'white', '-fill', 'black', ...lines, '-gravity', 'center', '-append', '+repage'];
}

/** Writes the photo of receipt `r` with `damage` to `file` (grayscale JPEG). */
export function renderReceipt(r: Receipt, damage: Damage, seed: number, rng: Rng, file: string): void {
  const args = paperArgs(r, rng);
  // The paper: a margin, an off-white tint, then the damage that happens to paper.
  args.push('-bordercolor', 'white', '-border', '28x36', '-colorspace', 'gray');
  // Faded thermal print: the ink goes grey, the paper stays.
  if (damage.includes('low-contrast')) args.push('+level', `${rng.int(42, 55)}%,${rng.int(90, 96)}%`);
  else args.push('+level', '4%,94%');
  if (damage.includes('crumpled')) {
    // Creases: a fractal plasma shaded as a relief, larger than any ticket, multiplied into the paper
    // (the composite keeps the paper's size).
    args.push(
      '(',
      '-size',
      '900x2600',
      '-seed',
      String(seed),
      'plasma:fractal',
      '-colorspace',
      'gray',
      '-blur',
      '0x3',
    );
    args.push(
      '-shade',
      `${rng.int(100, 140)}x${rng.int(25, 40)}`,
      '-auto-level',
      '+level',
      '62%,100%',
      '+size',
      ')',
    );
    args.push('-compose', 'Multiply', '-composite', '-compose', 'Over');
  }
  // The photo: the paper on a darker table, turned, a little sensor noise, then blur.
  args.push('-bordercolor', rng.pick(['#5a5a5a', '#3c3c3c', '#777777']), '-border', '40x50');
  if (damage.includes('rotated')) {
    const deg = (rng.chance(0.5) ? 1 : -1) * (2 + rng.next() * 3);
    args.push('-background', '#4a4a4a', '-rotate', deg.toFixed(2));
  }
  args.push('-seed', String(seed), '-attenuate', '0.35', '+noise', 'Gaussian');
  if (damage.includes('blur')) args.push('-blur', `0x${(1.1 + rng.next() * 0.6).toFixed(2)}`);
  args.push('-colorspace', 'gray', '-strip', '-quality', '62', '-sampling-factor', '1x1', file);
  execFileSync('convert', args, { stdio: ['ignore', 'ignore', 'inherit'] });
}
