/**
 * The `parse` CLI as a user runs it: a child process reading stdin line by line and printing one
 * JSON line per input line, in order, whatever a line holds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const FLAGS = ['--now', '2026-11-24T12:30:00+01:00', '--tz', 'Europe/Paris', '--currency', 'EUR'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runParse(args: string[], input: Buffer | string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['edge/src/cli/parse.ts', ...args], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(input);
  });
}

const lines = (s: string) => s.trimEnd().split('\n');

describe('pnpm parse', () => {
  it('prints one line per input line, in order, and survives empty and malformed lines', async () => {
    const input = Buffer.concat([
      Buffer.from('Douze euros cinquante au resto ce midi.\n'),
      Buffer.from('\n'),
      Buffer.from([0xff, 0xfe, 0x31, 0x32, 0x20, 0xe2, 0x82, 0xac, 0x0a]), // not UTF-8, then "12 €"
      Buffer.from('12 € \u0007\u001b[2J taxi\n'),
      Buffer.from(`${'a'.repeat(100_000)} 12 €\n`),
      Buffer.from('hier 8 € de pain et 23 € de fromage\r\n'),
      Buffer.from("rappelle-moi d'appeler maman"), // no final newline
    ]);
    const run = await runParse(FLAGS, input);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l))).toEqual([
      {
        expenses: [
          { amount: '12.50', currency: 'EUR', category: 'dining', description: 'Resto', date: '2026-11-24' },
        ],
      },
      { expenses: [] },
      { expenses: [] },
      { expenses: [] },
      { expenses: [] },
      {
        expenses: [
          { amount: '8.00', currency: 'EUR', category: 'groceries', description: 'Pain', date: '2026-11-23' },
          {
            amount: '23.00',
            currency: 'EUR',
            category: 'groceries',
            description: 'Fromage',
            date: '2026-11-23',
          },
        ],
      },
      { expenses: [] },
    ]);
  });

  it('lists future-dated and to-review expenses like the others, and says a movement', async () => {
    const input = 'dentiste demain 50 €\nvingt-cinq euros\nAmazon m’a remboursé 25 €\n';
    const run = await runParse(FLAGS, input);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l))).toEqual([
      {
        expenses: [
          {
            amount: '50.00',
            currency: 'EUR',
            category: 'health',
            description: 'Dentiste',
            date: '2026-11-25',
            reviewReason: 'future_date',
          },
        ],
      },
      {
        expenses: [
          {
            amount: '25.00',
            currency: 'EUR',
            category: 'other',
            description: 'Dépense',
            date: '2026-11-24',
            reviewReason: 'unclear_amount',
          },
        ],
      },
      {
        expenses: [],
        movement: {
          kind: 'refund',
          amount: '25.00',
          currency: 'EUR',
          description: 'Amazon',
          date: '2026-11-24',
        },
      },
    ]);
  });

  it('says an expense someone else pays back, and only that one', async () => {
    const input =
      'consultation chez le médecin 30 €, remboursé par la mutuelle\ntaxi 25 €, remboursé demain\ntaxi 25 €\n';
    const run = await runParse(FLAGS, input);
    expect(run.code).toBe(0);
    const got = lines(run.stdout).map((l) => JSON.parse(l).expenses);
    expect(got).toEqual([
      [
        expect.objectContaining({
          amount: '30.00',
          category: 'health',
          date: '2026-11-24',
          reimbursable: true,
        }),
      ],
      [
        expect.objectContaining({
          amount: '25.00',
          category: 'transport',
          date: '2026-11-24',
          reimbursable: true,
        }),
      ],
      [expect.objectContaining({ amount: '25.00', category: 'transport', date: '2026-11-24' })],
    ]);
    // Not paid back: no flag at all (absent, not false), nor a reason to look at it.
    expect(got[2][0]).not.toHaveProperty('reimbursable');
    expect(got.flat().map((e: { reviewReason?: string }) => e.reviewReason)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('streams 5,000 lines in one run', async () => {
    const sentences = ['Taxi 12 euros.', 'Il fait beau.', 'Fifteen bucks for lunch yesterday.', ''];
    const input = Array.from({ length: 5000 }, (_, i) => `${sentences[i % 4]} #${i}`).join('\n');
    const run = await runParse(FLAGS, `${input}\n`);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(5000);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({
      expenses: [{ amount: '12.00', category: 'transport' }],
    });
    expect(JSON.parse(out[4998] ?? '')).toMatchObject({ expenses: [{ amount: '15.00', currency: 'USD' }] });
    expect(JSON.parse(out[4999] ?? '')).toEqual({ expenses: [] });
  });

  it.each([
    [['--now', 'yesterday'], /--now/],
    [['--tz', 'Mars/Olympus'], /--tz/],
    [['--currency', 'EURO'], /--currency/],
    [['--locale', 'fr_FR!'], /--locale/],
    [['--frobnicate'], /Unknown option/],
    [['positional'], /positional/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const run = await runParse(args, '');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('defaults to now, the system zone and euros', async () => {
    const run = await runParse([], 'douze euros\n');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ expenses: [{ amount: '12.00', currency: 'EUR' }] });
  });

  it('reads learned words from --memory: a learned place wins over the lexicon, other places stay as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-memory-'));
    const memory = join(dir, 'memory.json');
    writeFileSync(memory, JSON.stringify([{ phrase: 'Le Petit Zinc', category: 'dining' }]));
    const input = 'Le Petit Zinc 30 euros\nchez le petit zinc, 12 €\nLibrairie Martin 20 euros\n';
    const categories = (run: Run) => lines(run.stdout).map((l) => JSON.parse(l).expenses[0]?.category);

    const learned = await runParse([...FLAGS, '--memory', memory], input);
    expect(learned.code).toBe(0);
    expect(categories(learned)).toEqual(['dining', 'dining', 'leisure']);
    // The public line keeps its five keys, whatever the parser now knows.
    expect(Object.keys(JSON.parse(lines(learned.stdout)[0] ?? '').expenses[0]).sort()).toEqual([
      'amount',
      'category',
      'currency',
      'date',
      'description',
    ]);
    expect(categories(await runParse(FLAGS, input))).toEqual(['other', 'other', 'leisure']);
  });

  it.each([
    ['{"phrase":"x","category":"dining"}', /--memory/],
    ['[{"phrase":"x","category":"snacks"}]', /--memory/],
    ['not json', /--memory/],
  ])('refuses a --memory file holding %s', async (content, message) => {
    const file = join(mkdtempSync(join(tmpdir(), 'parse-memory-')), 'memory.json');
    writeFileSync(file, content);
    const run = await runParse(['--memory', file], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
