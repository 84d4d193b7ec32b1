/**
 * Every bank line once: a line's identity, in order of preference, is the bank's own reference
 * with its account (OFX FITID; camt.053 AcctSvcrRef, else NtryRef), else its content (account,
 * date, direction, amount, currency, label) and how many identical lines come before it in the
 * same file — so two real coffees of the same day stay two, and a file imported again, or one
 * overlapping it, adds nothing. Stored as SHA-256 hex: the key holds no account number.
 */
import type { ParsedLine } from './parse/types.ts';

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export function lineIdentities(lines: readonly ParsedLine[], account: string): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const owner = l.accountNumber ?? account;
    if (l.bankRef !== null) return `ref|${owner}|${l.bankRef}`;
    const content = `content|${owner}|${l.date}|${l.direction}|${l.cents}|${l.currency}|${l.label.replace(/\s+/g, ' ').trim()}`;
    const rank = seen.get(content) ?? 0;
    seen.set(content, rank + 1);
    return `${content}|${rank}`;
  });
}

export async function lineKeys(lines: readonly ParsedLine[], account: string): Promise<string[]> {
  const encoder = new TextEncoder();
  return Promise.all(
    lineIdentities(lines, account).map(async (id) =>
      hex(await crypto.subtle.digest('SHA-256', encoder.encode(id))),
    ),
  );
}
