/**
 * Tesseract on Node: the same tesseract.js and French and English trained data the phone runs,
 * read from node_modules, never fetched. Node only (the Supabase function has no OCR): imported
 * lazily by the Node wiring and the bench.
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { READINGS_SEPARATOR, wantsSecondReading } from '@voicetrack/shared';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { ReceiptOcr } from '../ports.ts';

const require = createRequire(import.meta.url);

/** The LSTM-only ("best_int") models: what tesseract.js loads for OEM.LSTM_ONLY. */
const MODELS = '4.0.0_best_int';
export const OCR_LANGUAGES = ['fra', 'eng'] as const;

/**
 * tesseract.js reads every language from one folder (`langPath`), and each data package has its
 * own: the gzipped models are copied once into a folder of ours, named after their versions.
 */
async function languageFolder(languages: readonly string[]): Promise<string> {
  const versions = languages.map((l) => `${l}-${require(`@tesseract.js-data/${l}/package.json`).version}`);
  const folder = join(tmpdir(), `voicetrack-tessdata-${versions.join('-')}`);
  await mkdir(folder, { recursive: true });
  for (const lang of languages) {
    const target = join(folder, `${lang}.traineddata.gz`);
    const source = join(
      dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)),
      MODELS,
      `${lang}.traineddata.gz`,
    );
    const [have, want] = await Promise.all([stat(target).catch(() => null), stat(source)]);
    if (have?.size !== want.size) await copyFile(source, target);
  }
  return folder;
}

/** Tesseract's `thresholding_method`: one threshold for the photo, or one per neighbourhood. */
const OTSU = '0';
const SAUVOLA = '2';

/** A Tesseract worker thread with French and English loaded; `close()` ends it. */
export async function createNodeOcr(languages: readonly string[] = OCR_LANGUAGES): Promise<ReceiptOcr> {
  const worker: Worker = await createWorker([...languages], OEM.LSTM_ONLY, {
    langPath: await languageFolder(languages),
    // The data is read from disk each start; tesseract.js's cache would write into the working directory.
    cacheMethod: 'none',
  });
  // A ticket is one column of lines: read it as one block.
  await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
  return {
    read: async (image) => {
      const photo = Buffer.from(image);
      const first = (await worker.recognize(photo)).data.text;
      if (!wantsSecondReading(first, new Date())) return first;
      // Unsure: read again with local thresholds (Sauvola), which keep faded or shadowed print
      // that one threshold for the whole photo (Otsu, the default) turns white.
      await worker.setParameters({ thresholding_method: SAUVOLA });
      try {
        return `${first}${READINGS_SEPARATOR}${(await worker.recognize(photo)).data.text}`;
      } finally {
        await worker.setParameters({ thresholding_method: OTSU });
      }
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
