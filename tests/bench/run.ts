/**
 * `pnpm bench`: every figure of the project in one table, each beside its target, and
 * bench/results.json. Prints numbers; never fails on them (speed is not a test). A section that
 * throws is a failure: the others still run and print, bench/results.json is left as it was,
 * and the command exits 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchEdge } from './edge.ts';
import type { Figure } from './figure.ts';
import { benchHouseholds } from './households.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchMultipartFlood } from './multipart-flood.ts';
import { benchParser } from './parser.ts';
import { benchPlans } from './plans.ts';
import { benchReceipts } from './receipts.ts';
import { benchReceiptsPhone } from './receipts-phone.ts';
import { benchReconciliation } from './reconciliation.ts';
import { benchStatements } from './statements.ts';
import { benchVacuum } from './vacuum.ts';
import { benchWeb } from './web.ts';
import { benchPhone } from './web-phone.ts';

type Section = [name: string, run: () => Promise<Figure[]>];

const sections: Section[] = [
  ['parser', benchParser],
  // Tesseract and the receipt reader on the receipt test set.
  ['receipts', benchReceipts],
  ['edge', benchEdge],
  // A voice note of 400,000 tiny parts: the server's CPU and memory before it refuses.
  ['multipart', benchMultipartFlood],
  // A 10,000-line bank statement imported and matched against 10,000 expenses.
  ['statements', benchStatements],
  // GET /api/reconciliation of one month over a year of statements and expenses, through the app.
  ['reconciliation', benchReconciliation],
  // The main reads' plans at a year's data, before and after the database has statistics.
  ['plans', benchPlans],
  // PGlite's files after a year edited ten times, with the upkeep analyzing only and vacuuming too.
  ['vacuum', benchVacuum],
  // 10,000 personal expenses imported with the households' row check called for each, and not.
  ['households', benchHouseholds],
  ['web', benchWeb],
  // The PWA under a cheap phone's CPU and link (CDP throttling).
  ['phone', benchPhone],
  // Receipts read in the PWA in Chromium, the page's CPU slowed 4×, and Tesseract's lazy bytes.
  ['receipts-phone', benchReceiptsPhone],
  // After web: it builds the PWA that Lighthouse audits.
  ['lighthouse', benchLighthouse],
];

// `pnpm bench web lighthouse` runs only those sections (and leaves bench/results.json alone).
const only = process.argv.slice(2);
const unknown = only.filter((name) => !sections.some(([s]) => s === name));
if (unknown.length > 0) {
  console.error(`bench: no section ${unknown.join(', ')} (sections: ${sections.map(([s]) => s).join(', ')})`);
  process.exit(2);
}

const rows: (Figure & { section: string })[] = [];
const failed: string[] = [];
for (const [section, run] of sections) {
  if (only.length > 0 && !only.includes(section)) continue;
  process.stderr.write(`bench: ${section}…\n`);
  try {
    for (const f of await run()) rows.push({ section, ...f });
  } catch (error) {
    failed.push(section);
    // The whole error (stack, cause) for whoever reads the log; one line in the table.
    console.error(`bench: ${section} failed:`, error);
    rows.push({ section, name: `${section} failed`, value: Number.NaN, unit: '', note: String(error) });
  }
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('figure', 58)} ${pad('value', 14)} ${pad('target', 10)} note`);
for (const r of rows) {
  const mark = r.ok === undefined ? '' : r.ok ? ' ✓' : ' ✗';
  console.log(
    `${pad(r.name, 58)} ${pad(`${r.value} ${r.unit}`, 14)} ${pad((r.target ?? '') + mark, 10)} ${r.note ?? ''}`,
  );
}
if (failed.length > 0) {
  console.error(`bench: ${failed.join(', ')} failed; bench/results.json left as it was`);
  process.exit(1);
}
if (only.length > 0) process.exit(0);
const dir = fileURLToPath(new URL('../../bench/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(
  `${dir}results.json`,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), figures: rows }, null, 2)}\n`,
);
process.exit(0);
