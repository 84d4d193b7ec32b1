/**
 * Tesseract for the phone, served by this origin under OCR_BASE and never from a CDN: the
 * tesseract.js library and its worker, the LSTM-only WebAssembly cores (with and without SIMD:
 * the page picks one), and the French and English LSTM models (`4.0.0_best_int`) of the
 * @tesseract.js-data packages. Nothing of it is precached: it is fetched on the first photo,
 * then kept by the service worker (sw/strategies.ts, `keepOcrOnFirstUse`). The folder is named
 * after the packages' versions, so an update is a new folder and old caches are dropped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const dir = (pkg: string, from = require): string => dirname(from.resolve(`${pkg}/package.json`));
const version = (pkg: string, from = require): string =>
  (JSON.parse(readFileSync(join(dir(pkg, from), 'package.json'), 'utf8')) as { version: string }).version;

const TESSERACT = dir('tesseract.js');
const fromTesseract = createRequire(join(TESSERACT, 'package.json'));
const CORE = dir('tesseract.js-core', fromTesseract);
export const OCR_LANGUAGES = ['fra', 'eng'] as const;

/** Where the files are served: `/ocr/<tesseract.js>-<core>-<fra>-<eng>/`. */
export const OCR_BASE = `/ocr/${[
  version('tesseract.js'),
  version('tesseract.js-core', fromTesseract),
  ...OCR_LANGUAGES.map((l) => version(`@tesseract.js-data/${l}`)),
].join('-')}/`;

/** File name under OCR_BASE → where it comes from. */
const FILES: Record<string, string> = {
  'tesseract.esm.min.js': join(TESSERACT, 'dist/tesseract.esm.min.js'),
  'worker.min.js': join(TESSERACT, 'dist/worker.min.js'),
  // The core's glue finds its .wasm beside the worker's script.
  'tesseract-core-simd-lstm.js': join(CORE, 'tesseract-core-simd-lstm.js'),
  'tesseract-core-simd-lstm.wasm': join(CORE, 'tesseract-core-simd-lstm.wasm'),
  'tesseract-core-lstm.js': join(CORE, 'tesseract-core-lstm.js'),
  'tesseract-core-lstm.wasm': join(CORE, 'tesseract-core-lstm.wasm'),
  ...Object.fromEntries(
    OCR_LANGUAGES.map((l) => [
      `${l}.traineddata.gz`,
      join(dir(`@tesseract.js-data/${l}`), '4.0.0_best_int', `${l}.traineddata.gz`),
    ]),
  ),
};

/** The packages' JS points at source maps they do not ship: dropped, or each photo asks for a 404. */
const read = (name: string, path: string): Buffer =>
  name.endsWith('.js')
    ? Buffer.from(readFileSync(path, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'))
    : readFileSync(path);

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  wasm: 'application/wasm',
  gz: 'application/gzip',
};

export function ocrAssets(): Plugin {
  return {
    name: 'voicetrack-ocr-assets',
    // `pnpm dev`: the same URLs, straight from node_modules.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(OCR_BASE) ? req.url.slice(OCR_BASE.length).split('?')[0] : undefined;
        const path = name ? FILES[name] : undefined;
        if (!name || !path) return next();
        res.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.end(read(name, path));
      });
    },
    generateBundle() {
      for (const [name, path] of Object.entries(FILES)) {
        const source = read(name, path);
        const fileName = `${OCR_BASE.slice(1)}${name}`;
        this.emitFile({ type: 'asset', fileName, source });
        // The .js files are compressed with the rest of the build; the cores here (2.8 MB → 1 MB).
        if (name.endsWith('.wasm')) {
          this.emitFile({
            type: 'asset',
            fileName: `${fileName}.gz`,
            source: gzipSync(source, { level: 9 }),
          });
          const br = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
          this.emitFile({ type: 'asset', fileName: `${fileName}.br`, source: br });
        }
      }
    },
  };
}
