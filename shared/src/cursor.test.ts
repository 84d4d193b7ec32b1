import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

// An independent encoder (RFC 4648 §5 by hand, for ASCII), to check the cursor against.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const raw = (parts: unknown) => {
  const bits = [...JSON.stringify(parts)].map((c) => c.charCodeAt(0).toString(2).padStart(8, '0')).join('');
  return (bits.match(/.{1,6}/g) ?? []).map((b) => B64[Number.parseInt(b.padEnd(6, '0'), 2)]).join('');
};
const ID = '0b7c5a52-93a8-4a5e-8f7e-0c0e2a1b9d11';

describe('the list cursor', () => {
  it('round-trips the last expense of a page', () => {
    const e = { date: '2026-11-24', createdAt: '2026-11-24T11:30:00.123456Z', id: ID };
    expect(decodeCursor(encodeCursor(e))).toEqual([e.date, e.createdAt, e.id]);
  });

  it('writes what any base64url decoder reads', () => {
    const e = { date: '2026-01-31', createdAt: '2026-01-31T23:59:59Z', id: ID };
    const cursor = encodeCursor(e);
    expect(cursor).toBe(raw([e.date, e.createdAt, e.id]));
    for (const n of [1, 2, 3])
      expect(decodeCursor(raw(['2026-01-31', '2026-01-31T23:59:59Z', ID]) + 'A'.repeat(n))).toBeNull();
  });

  it.each([
    ['not base64 JSON', 'bm90IGEgY3Vyc29y'],
    ['a date that does not exist', raw(['2026-02-30', '2026-02-01T00:00:00Z', ID])],
    ['a creation time that does not exist', raw(['2026-02-01', '2026-02-30T00:00:00Z', ID])],
    ['an id that is not a UUID', raw(['2026-02-01', '2026-02-01T00:00:00Z', '-'.repeat(36)])],
    ['two parts', raw(['2026-02-01', ID])],
    ['numbers', raw([1, 2, 3])],
  ])('refuses %s', (_name, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
