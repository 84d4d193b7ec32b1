import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type VoiceTrackDb } from './db.ts';
import { savedExpense } from './expense-fixtures.ts';
import { keepUntold, takeUntold } from './untold.ts';

let db: VoiceTrackDb;
let n = 0;
beforeEach(() => {
  db = openDb(`untold-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('what the worker had to tell while no page was open', () => {
  it('is kept in order, said by the next page once, then forgotten', async () => {
    const resto = savedExpense('e1');
    const cafe = savedExpense('e2', { description: 'Café' });
    await keepUntold(db, { expense: resto, fields: ['description'], refused: 'gone' });
    await keepUntold(db, { expense: cafe, fields: ['date'], refused: 'invalid' });
    expect(await takeUntold(db)).toEqual([
      { expense: resto, fields: ['description'], refused: 'gone' },
      { expense: cafe, fields: ['date'], refused: 'invalid' },
    ]);
    expect(await takeUntold(db)).toEqual([]);
  });

  it('is kept across the database being opened again (the page opens after the worker wrote)', async () => {
    await keepUntold(db, { expense: savedExpense('e1'), fields: ['amount'] });
    db.close();
    const again = openDb(db.name);
    expect((await takeUntold(again)).map((u) => u.fields)).toEqual([['amount']]);
    again.close();
  });
});
