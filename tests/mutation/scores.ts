/**
 * After `stryker run`: the mutation score of each file from reports/mutation/mutation.json, or the
 * report named as the argument (the mutation-testing-elements schema), and exit 1 when one is under the floor. Stryker's own
 * `thresholds.break` judges the total only: a file at 40 % could hide behind the others.
 * Score = detected (killed, timed out) / (detected + survived + not covered), as Stryker counts it.
 */
import { readFileSync } from 'node:fs';

const FLOOR = 85;
const REPORT = process.argv[2] ?? new URL('../../reports/mutation/mutation.json', import.meta.url);

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function scoreOf(statuses: readonly string[]): { score: number; detected: number; valid: number } {
  const detected = statuses.filter((s) => DETECTED.has(s)).length;
  const valid = detected + statuses.filter((s) => UNDETECTED.has(s)).length;
  return { score: valid === 0 ? 100 : (detected * 100) / valid, detected, valid };
}

function main(): void {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
  const rows = Object.entries(report.files)
    .map(([file, { mutants }]) => ({ file, ...scoreOf(mutants.map((m) => m.status)) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const width = Math.max(...rows.map((r) => r.file.length));
  for (const r of rows)
    console.log(
      `${r.file.padEnd(width)}  ${r.score.toFixed(1).padStart(5)} %  (${r.detected}/${r.valid})${r.score < FLOOR ? '  < floor' : ''}`,
    );
  const all = scoreOf(Object.values(report.files).flatMap((f) => f.mutants.map((m) => m.status)));
  console.log(
    `${'all'.padEnd(width)}  ${all.score.toFixed(1).padStart(5)} %  (${all.detected}/${all.valid})`,
  );
  const under = rows.filter((r) => r.score < FLOOR);
  if (under.length > 0) {
    console.error(`${under.length} file(s) under ${FLOOR} %: ${under.map((r) => r.file).join(', ')}`);
    process.exit(1);
  }
}

main();
