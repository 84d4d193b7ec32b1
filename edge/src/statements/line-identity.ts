/**
 * Every bank line once: a line's identity, in order of preference, is the bank's own reference
 * with its account (OFX FITID; camt.053 AcctSvcrRef, else NtryRef), else its content (account,
 * date, direction, amount, currency, label) and how many identical lines come before it in the
 * same file — so two real coffees of the same day stay two, and a file imported again, or one
 * overlapping it, adds nothing. Stored as the SHA-256 hex of that text, hashed by the database in
 * the insert (store/statement-store.ts: one set-based statement, no digest per line here): the key
 * holds no account number.
 */
import type { ParsedLine } from './parse/types.ts';

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
