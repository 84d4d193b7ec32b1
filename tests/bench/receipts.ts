/**
 * `pnpm bench receipts`: Tesseract (tesseract.js, French + English LSTM models from npm) and the
 * receipt reader on the whole receipt test set and the second tuning set (receipts-v2), then on the blind receipt set (never tuned on:
 * its figures are printed, never which ticket was missed). On Node: the server's own OCR (the fallback when
 * a photo comes with no text). The wall time depends on what else the machine runs; the CPU
 * time (every thread of this process, Tesseract's worker thread included) much less.
 */
import { createNodeOcr } from '@voicetrack/edge/receipts/ocr-node.ts';
import type { Figure } from './figure.ts';
import { median, percentile } from './figure.ts';
import {
  BLIND_RECEIPTS_DIR,
  loadReceiptSet,
  percentRight,
  RECEIPTS_V2_DIR,
  type ReceiptLabel,
  type ReceiptScore,
  readLabelled,
  receiptImage,
  scoreReceipt,
} from './receipt-set.ts';

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * The figures every OCR run reports: fields right, and how long a ticket takes. `misses` null: a
 * blind set, whose missed tickets are not named.
 */
export function readingFigures(
  where: string,
  scores: readonly ReceiptScore[],
  wallMs: readonly number[],
  misses: readonly string[] | null,
): Figure[] {
  const right = percentRight(scores);
  const n = `${scores.length} tickets`;
  return [
    {
      name: `receipt total right (${where})`,
      value: right.total,
      unit: '%',
      target: '≥ 90 %',
      ok: right.total >= 90,
      note: n,
    },
    {
      name: `receipt date right (${where})`,
      value: right.date,
      unit: '%',
      target: '≥ 90 %',
      ok: right.date >= 90,
      note: n,
    },
    { name: `receipt merchant right (${where})`, value: right.merchant, unit: '%', note: n },
    { name: `receipt currency right (${where})`, value: right.currency, unit: '%', note: n },
    {
      name: `receipt reading p50 (${where})`,
      value: Math.round(median(wallMs)),
      unit: 'ms',
      note: `p90 ${Math.round(percentile(wallMs, 90))} ms, max ${Math.round(Math.max(...wallMs))} ms; ${misses === null ? 'missed tickets not named (blind set)' : `misses: ${misses.join(' ') || 'none'}`}`,
    },
  ];
}

type Ocr = Awaited<ReturnType<typeof createNodeOcr>>;

/** Reads every ticket of a set: each one's score, wall and CPU time, and which fields it missed. */
async function readSet(ocr: Ocr, set: readonly ReceiptLabel[], dir?: URL) {
  const scores: ReceiptScore[] = [];
  const wall: number[] = [];
  const cpu: number[] = [];
  const misses: string[] = [];
  for (const label of set) {
    const image = receiptImage(label, dir);
    const c = process.cpuUsage();
    const t = performance.now();
    const reading = readLabelled(await ocr.read(image), label);
    wall.push(performance.now() - t);
    cpu.push(cpuMs(c));
    const score = scoreReceipt(reading, label);
    scores.push(score);
    const wrong = Object.entries(score).filter(([, ok]) => !ok);
    if (wrong.length > 0) misses.push(`${label.file.slice(7, 9)}:${wrong.map(([k]) => k).join('+')}`);
  }
  return { scores, wall, cpu, misses };
}

export async function benchReceipts(): Promise<Figure[]> {
  const startCpu = process.cpuUsage();
  const t0 = performance.now();
  const ocr = await createNodeOcr();
  const startMs = performance.now() - t0;
  const startCpuMs = cpuMs(startCpu);
  try {
    const { scores, wall, cpu, misses } = await readSet(ocr, loadReceiptSet());
    const v2 = await readSet(ocr, loadReceiptSet(RECEIPTS_V2_DIR), RECEIPTS_V2_DIR);
    const blind = await readSet(ocr, loadReceiptSet(BLIND_RECEIPTS_DIR), BLIND_RECEIPTS_DIR);
    return [
      ...readingFigures('Node', scores, wall, misses),
      {
        name: 'receipt reading CPU p50 (Node)',
        value: Math.round(median(cpu)),
        unit: 'ms',
        note: `p90 ${Math.round(percentile(cpu, 90))} ms; Tesseract's start ${Math.round(startMs)} ms (${Math.round(startCpuMs)} ms CPU)`,
      },
      ...readingFigures('Node, second set', v2.scores, v2.wall, v2.misses),
      ...readingFigures('Node, blind set', blind.scores, blind.wall, null),
    ];
  } finally {
    await ocr.close();
  }
}
