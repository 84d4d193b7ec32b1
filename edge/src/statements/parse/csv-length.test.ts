import { MAX_STATEMENT_LINES } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Date;Libellé;Montant\n';
const row = (i: number) => `28/11/2026;CB ${i % 97};-${(i % 50) + 1},00\n`;
const csv = (preamble: string, count: number) =>
  preamble + HEADER + Array.from({ length: count }, (_, i) => row(i)).join('');

describe('a CSV statement longer than a statement may hold', () => {
  it('is counted, not read: its body lines past a preamble and the header', () => {
    const outcome = parseStatement(
      bytes(csv('Compte courant n° 0001\n\n', MAX_STATEMENT_LINES + 2500)),
      'EUR',
    );
    expect(outcome).toEqual({ kind: 'too_long', count: MAX_STATEMENT_LINES + 2500 });
  });

  it('counts an entry whose quoted label runs over two lines once', () => {
    const text = `${csv('', MAX_STATEMENT_LINES)}28/11/2026;"VIR SEPA\nLOYER";-850,00\n`;
    expect(parseStatement(bytes(text), 'EUR')).toEqual({ kind: 'too_long', count: MAX_STATEMENT_LINES + 1 });
  });

  it('is read whole at exactly the most lines, the last one too', () => {
    const outcome = parseStatement(bytes(csv('', MAX_STATEMENT_LINES)), 'EUR');
    expect(outcome.kind).toBe('parsed');
    if (outcome.kind !== 'parsed') return;
    expect(outcome.statement.lines).toHaveLength(MAX_STATEMENT_LINES);
    expect(outcome.statement.lines.at(-1)).toMatchObject({ line: MAX_STATEMENT_LINES + 1, cents: 5000 });
  });
});
