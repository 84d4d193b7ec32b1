/**
 * What each module weighs in the chunks a phone fetches to read a note offline (the ones
 * tests/integration/bundle-budget.test.ts holds to its 160 KB gzip budget):
 * `tsx tests/bench/reading-chunk-weights.ts [DIST] [ROWS]` weighs a build made with source maps,
 * e.g. `cd web && vite build --configLoader runner --sourcemap hidden --outDir /tmp/dist`
 * (hidden maps leave the code itself as `pnpm build` writes it), DIST defaulting to web/dist.
 * The source map tells which module each byte of minified code comes from; per module it prints
 * the raw bytes, their gzip -9 alone, and the marginal gzip: how much smaller the chunk's gzip gets
 * without that module's bytes, which is what dropping or shrinking it could free (gzip alone
 * overstates a module whose words the chunk repeats elsewhere). `(none)` is what no module owns:
 * the licence notices kept as legal comments, the imports between chunks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addedByLazyModule, gzipSize, lazyChunkKey } from '../support/first-screen-js.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's `mappings`, per generated line: [generated column, source index or -1]. */
function segments(mappings: string): [number, number][][] {
  // The column starts again on each line; the source index runs on across lines.
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const out: [number, number][] = [];
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if (digit & 32) continue;
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      out.push([column, fields.length > 1 ? source : -1]);
    }
    return out;
  });
}

/** The chunk's code cut by owner: each source's pieces, in order, and the pieces of each line. */
function owners(code: string, map: { sources: string[]; mappings: string }) {
  const pieces: { source: string; text: string }[] = [];
  const lines = code.split('\n');
  const byLine = segments(map.mappings);
  lines.forEach((line, i) => {
    let from = 0;
    let source = '(none)';
    for (const [column, index] of byLine[i] ?? []) {
      pieces.push({ source, text: line.slice(from, column) });
      from = column;
      source = index < 0 ? '(none)' : (map.sources[index] ?? '(none)').replace(/^(\.\.\/)+/, '');
    }
    pieces.push({ source, text: `${line.slice(from)}${i < lines.length - 1 ? '\n' : ''}` });
  });
  return pieces;
}

const dist = process.argv[2] ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));
const rows = Number(process.argv[3] ?? 40);
const added = addedByLazyModule(
  dist,
  lazyChunkKey(dist, 'src/expenses/provisional-reading.ts', 'reading'),
  'src/shell/whole-app.tsx',
);
console.info(`${added.files.join(', ')}: ${added.raw} B raw, ${added.gzip} B gzip -9`);
const weights: { module: string; raw: number; alone: number; marginal: number }[] = [];
for (const file of added.files) {
  const code = readFileSync(join(dist, file), 'utf8');
  const pieces = owners(code, JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')));
  const whole = gzipSize(Buffer.from(code));
  for (const source of new Set(pieces.map((p) => p.source))) {
    const own = pieces
      .filter((p) => p.source === source)
      .map((p) => p.text)
      .join('');
    const rest = pieces
      .filter((p) => p.source !== source)
      .map((p) => p.text)
      .join('');
    weights.push({
      module: source === '(none)' ? `(none) in ${file}` : source.replace(/^.*?\/(shared|web)\//, '$1/'),
      raw: Buffer.byteLength(own),
      alone: gzipSize(Buffer.from(own)),
      marginal: whole - gzipSize(Buffer.from(rest)),
    });
  }
}
weights.sort((a, b) => b.marginal - a.marginal);
console.info('module | raw B | gzip alone | gzip marginal');
for (const w of weights.slice(0, rows)) console.info(`${w.module} | ${w.raw} | ${w.alone} | ${w.marginal}`);
const sum = (key: 'raw' | 'marginal') => weights.reduce((total, w) => total + w[key], 0);
console.info(`${weights.length} modules: ${sum('raw')} B raw, marginal gzip summed ${sum('marginal')} B`);
