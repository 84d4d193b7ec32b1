/**
 * Tesseract on the phone: tesseract.js reads the photo in its own Web Worker, with the French and
 * English models, every file from this origin (OCR_BASE, kept by the service worker after the
 * first photo: it reads offline). Loaded on the first photo, never before; the worker is ended
 * after a minute without a photo, as it holds 100 MB or more.
 */
import { READINGS_SEPARATOR, wantsSecondReading } from '@voicetrack/shared';
import type { Worker } from 'tesseract.js';
import { OCR_BASE } from '../../config.ts';

const LANGUAGES = ['fra', 'eng'];
/** Tesseract's `thresholding_method`: one threshold for the photo, or one per neighbourhood. */
const OTSU = '0';
const SAUVOLA = '2';
const IDLE_MS = 60_000;

// The smallest module using a SIMD instruction (wasm-feature-detect's): valid where SIMD runs.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98,
  11,
]);

let worker: Promise<Worker> | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;

async function startWorker(): Promise<Worker> {
  const { default: tesseract } = (await import(/* @vite-ignore */ `${OCR_BASE}tesseract.esm.min.js`)) as {
    default: typeof import('tesseract.js');
  };
  const simd = WebAssembly.validate(SIMD_PROBE);
  const started = await tesseract.createWorker(LANGUAGES, tesseract.OEM.LSTM_ONLY, {
    workerPath: `${OCR_BASE}worker.min.js`,
    // One core, chosen here: its glue finds the .wasm beside the worker's script.
    corePath: `${OCR_BASE}tesseract-core-${simd ? 'simd-' : ''}lstm.js`,
    langPath: OCR_BASE.replace(/\/$/, ''),
    // The worker from its own URL, not a blob: the service worker serves it (and the CSP allows it).
    workerBlobURL: false,
    // The service worker keeps the gzipped models; tesseract.js's own copy in IndexedDB would double them.
    cacheMethod: 'none',
  });
  // A ticket is one column of lines.
  await started.setParameters({ tessedit_pageseg_mode: tesseract.PSM.SINGLE_BLOCK });
  return started;
}

/** Ends the worker now (a test, a page going away); the next photo starts it again. */
export async function stopReceiptOcr(): Promise<void> {
  clearTimeout(idle);
  const running = worker;
  worker = null;
  await (await running?.catch(() => null))?.terminate();
}

/** Starts loading Tesseract before the photo is taken (the person opened the camera). */
export function warmReceiptOcr(): void {
  worker ??= startWorker();
  worker.catch(() => (worker = null));
}

/**
 * The text Tesseract reads in the photo; when that reading is unsure (no sure total, no date), a
 * second reading with local thresholds (Sauvola: faded or shadowed print) joined to it, as on the
 * server (edge/src/receipts/ocr-node.ts). Throws when Tesseract cannot load (offline on first use).
 */
export async function readPhotoText(photo: Blob): Promise<string> {
  clearTimeout(idle);
  worker ??= startWorker();
  try {
    const running = await worker;
    const first = (await running.recognize(photo)).data.text;
    if (!wantsSecondReading(first, new Date())) return first;
    await running.setParameters({ thresholding_method: SAUVOLA });
    try {
      return `${first}${READINGS_SEPARATOR}${(await running.recognize(photo)).data.text}`;
    } finally {
      await running.setParameters({ thresholding_method: OTSU });
    }
  } catch (error) {
    await stopReceiptOcr();
    throw error;
  } finally {
    idle = setTimeout(() => void stopReceiptOcr(), IDLE_MS);
  }
}
