import { describe, expect, it } from 'vitest';
import { type ActualLedger, type LedgerTransaction, syncToActual } from './sync-to-actual.ts';

/** A working in-memory Actual budget: one account's transactions, kept as Actual keeps them. */
function memoryLedger(): ActualLedger & { rows: LedgerTransaction[] } {
  const rows: LedgerTransaction[] = [];
  return {
    rows,
    accounts: async () => [{ id: 'acc', name: 'VoiceTrack' }],
    createAccount: async () => 'acc',
    categories: async () => [{ id: 'cat-dining', name: 'Restaurant' }],
    transactions: async () => rows,
    importTransactions: async (_account, fresh) => {
      rows.push(...fresh.map((t, i) => ({ ...t, id: `t${rows.length + i}` })));
    },
    updateTransaction: async (id, fields) => {
      Object.assign(rows.find((r) => r.id === id) ?? {}, fields);
    },
  };
}

const options = { account: 'VoiceTrack', currency: 'EUR', categoryMap: {} };
const pain = {
  id: 'e1',
  date: '2026-11-24',
  amount: '12.50',
  currency: 'EUR',
  category: 'dining' as const,
  description: 'Pain',
};
const resto = {
  ...pain,
  id: 'e2',
  amount: '24.00',
  description: 'Resto',
  shared: { household: 'Coloc', whole: '48.00' },
};

describe('syncToActual', () => {
  it('sends a household’s bill at the part synced, its household and whole bill in the notes, and a personal expense as before', async () => {
    const ledger = memoryLedger();
    expect(await syncToActual(ledger, [pain, resto], options)).toMatchObject({ added: 2, updated: 0 });
    expect(ledger.rows.map(({ imported_id, amount, notes }) => ({ imported_id, amount, notes }))).toEqual([
      { imported_id: 'e1', amount: -1250, notes: 'Pain' },
      { imported_id: 'e2', amount: -2400, notes: 'Resto — Coloc — 24,00 sur 48,00 EUR' },
    ]);
    // Again: nothing doubled, nothing changed.
    expect(await syncToActual(ledger, [pain, resto], options)).toMatchObject({ added: 0, unchanged: 2 });
    // The bill's part changes (someone left, an edit): the transaction follows.
    const edited = { ...resto, amount: '16.00', shared: { household: 'Coloc', whole: '48.00' } };
    expect(await syncToActual(ledger, [pain, edited], options)).toMatchObject({ updated: 1, unchanged: 1 });
    expect(ledger.rows[1]).toMatchObject({ amount: -1600, notes: 'Resto — Coloc — 16,00 sur 48,00 EUR' });
  });
});
