/**
 * Parsers of several checkouts timed against each other on the tuning sentences, in one process,
 * interleaved: `tsx tests/bench/parser-speed.ts old=/path/of/a/checkout now=.` (each path holds a
 * shared/ whose own dependencies resolve; `git archive <commit> shared` plus a link to this
 * checkout's shared/node_modules will do). Each round parses every sentence once with each parser,
 * the parsers' order turning round by round; a sentence's time is the CPU time (user + system) of
 * its fastest of ROUNDS parses, which leaves out the moments the machine's other work took the
 * core. Prints, per parser, the sum of those times over the 2,855 sentences the README's earlier
 * figures use (the tuning sets of 96a5daa plus v9) and over every tuning set, and their p50, p99.
 */
import { pathToFileURL } from 'node:url';
import type { ParseOptions, ParseResult } from '@voicetrack/shared';
import { percentile } from './figure.ts';
import { LABELLED_SETS } from './parser.ts';
import { LABEL_OPTIONS, loadLabelled } from './parser-score.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 8);
/** The tuning sets at 96a5daa and v9: the sentences of the README's speed lines since. */
const EARLIER = new Set([
  'utterances.jsonl',
  'utterances-v2.jsonl',
  'utterances-v3.jsonl',
  'utterances-v4.jsonl',
  'utterances-v5.jsonl',
  'utterances-v5b.jsonl',
  'utterances-v5c.jsonl',
  'utterances-v6.jsonl',
  'utterances-cat7.jsonl',
  'utterances-v7.jsonl',
  'utterances-v9.jsonl',
]);

type Parse = (text: string, options: ParseOptions) => ParseResult;

const sentences = LABELLED_SETS.filter(([, , tuned]) => tuned === 'tuned').flatMap(([, file]) =>
  loadLabelled(file).map((l) => ({ text: l.text, earlier: EARLIER.has(file) })),
);
const parsers: { name: string; parse: Parse; best: number[] }[] = [];
for (const arg of process.argv.slice(2)) {
  const [name = arg, dir = '.'] = arg.split('=');
  const url = pathToFileURL(`${dir}/shared/src/parse/parse-expense-text.ts`).href;
  const { parseExpenseText } = (await import(url)) as { parseExpenseText: Parse };
  parsers.push({ name, parse: parseExpenseText, best: sentences.map(() => Number.POSITIVE_INFINITY) });
}

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
// Warm up so the JIT has compiled every parser's hot paths before the clock starts.
for (let i = 0; i < 3; i++)
  for (const p of parsers) for (const s of sentences) p.parse(s.text, LABEL_OPTIONS);
for (let round = 0; round < ROUNDS; round++) {
  const order = parsers.map((_, i) => parsers[(i + round) % parsers.length]);
  sentences.forEach((s, i) => {
    for (const p of order) {
      if (!p) continue;
      const t0 = cpuMicros();
      p.parse(s.text, LABEL_OPTIONS);
      const t = cpuMicros() - t0;
      if (t < (p.best[i] ?? t)) p.best[i] = t;
    }
  });
}

const ms = (micros: number) => (micros / 1000).toFixed(1);
const earlierCount = sentences.filter((s) => s.earlier).length;
for (const p of parsers) {
  const earlier = p.best.filter((_, i) => sentences[i]?.earlier);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(
    `${p.name.padEnd(8)} ${earlierCount} sentences ${ms(sum(earlier))} ms (p50 ${percentile(earlier, 50)} µs, p99 ${percentile(earlier, 99)} µs); ` +
      `all ${sentences.length} tuning: ${ms(sum(p.best))} ms (p50 ${percentile(p.best, 50)}, p99 ${percentile(p.best, 99)} µs)`,
  );
}
