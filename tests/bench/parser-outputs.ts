/**
 * The parser's outputs as an invariant, for work that must not change them (speed-ups, splits):
 * `tsx tests/bench/parser-outputs.ts record <file>` parses every line of every
 * tests/fixtures/utterances*.jsonl (the blind sets too) at the labels' fixed instant and writes
 * each result as JSON, one per line, under the line's own `locale` when it has one, to <file> (keep it outside the repo: it holds blind
 * outputs); `… compare <file>` parses again and prints only how many sentences now differ.
 * Nothing prints a sentence or an output, so the blind sets stay unread.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseExpenseText } from '@voicetrack/shared';
import { LABEL_OPTIONS } from './parser-score.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Every labelled sentence of every set, with the locale it is said under, in file then line order. */
export function everyUtterance(): { text: string; locale?: string }[] {
  return readdirSync(FIXTURES)
    .filter((name) => /^utterances.*\.jsonl$/.test(name))
    .sort()
    .flatMap((name) =>
      readFileSync(new URL(name, FIXTURES), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { text: string; locale?: string }),
    );
}

const outputs = () =>
  everyUtterance().map(({ text, locale }) =>
    JSON.stringify(
      parseExpenseText(text, locale === undefined ? LABEL_OPTIONS : { ...LABEL_OPTIONS, locale }),
    ),
  );

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: tsx tests/bench/parser-outputs.ts record|compare <file outside the repo>');
  process.exit(2);
}
const now = outputs();
if (mode === 'record') {
  writeFileSync(file, `${now.join('\n')}\n`);
  console.log(`${now.length} sentences recorded`);
} else {
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  const differ = now.filter((out, i) => out !== before[i]).length + Math.abs(before.length - now.length);
  console.log(`${differ} of ${now.length} sentences differ`);
  process.exitCode = differ === 0 ? 0 : 1;
}
