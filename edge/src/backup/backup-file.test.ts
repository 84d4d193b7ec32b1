import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  backupFileName,
  backupsToDelete,
  decodeBackup,
  emptyBackupData,
  encodeBackup,
} from './backup-file.ts';

const data = {
  ...emptyBackupData(),
  captures: [{ id: 'c1', client_id: 'k1' }],
  expenses: [{ id: 'e1', amount: '12.50' }],
  budgets: [{ category: 'dining', currency: 'EUR', amount: '100.00' }],
};

describe('backup file', () => {
  it('round-trips its data', () => {
    const file = decodeBackup(encodeBackup(data, ['20261124090000'], new Date('2026-11-24T10:00:00Z')));
    expect(file.data).toEqual(data);
    expect(file.counts).toMatchObject({
      captures: 1,
      expenses: 1,
      report_deliveries: 0,
      budgets: 1,
      recurring_rules: 0,
    });
  });

  it('reads a version 1 backup (before budgets): the newer tables are empty', () => {
    const v1 = { captures: data.captures, expenses: data.expenses, report_deliveries: [] };
    const file = decodeBackup(
      gzipSync(
        JSON.stringify({
          format: 'voicetrack-backup',
          version: 1,
          createdAt: '2026-11-24T10:00:00.000Z',
          schema: [],
          counts: { captures: 1, expenses: 1, report_deliveries: 0 },
          sha256: createHash('sha256').update(JSON.stringify(v1)).digest('hex'),
          data: v1,
        }),
      ),
    );
    expect(file.data).toEqual({ ...emptyBackupData(), ...v1 });
  });

  it('reads a version 2 backup (before the learned words and the ledger): those tables are empty', () => {
    const v2 = {
      ...emptyBackupData(),
      captures: data.captures,
      expenses: data.expenses,
      budgets: data.budgets,
    } as Record<string, unknown>;
    delete v2.learned_words;
    delete v2.provider_usage;
    const counts = Object.fromEntries(Object.entries(v2).map(([t, rows]) => [t, (rows as unknown[]).length]));
    const file = decodeBackup(
      gzipSync(
        JSON.stringify({
          format: 'voicetrack-backup',
          version: 2,
          createdAt: '2026-11-28T10:00:00.000Z',
          schema: [],
          counts,
          sha256: createHash('sha256').update(JSON.stringify(v2)).digest('hex'),
          data: v2,
        }),
      ),
    );
    expect(file.data).toEqual({ ...emptyBackupData(), ...v2 });
    expect(file.data.learned_words).toEqual([]);
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    [
      'corrupted',
      (b: Buffer) => Buffer.from(b.map((x, i) => (i === Math.floor(b.length / 2) ? x ^ 0xff : x))),
    ],
    ['not gzip', () => Buffer.from('hello')],
    [
      'altered data',
      () =>
        gzipSync(
          JSON.stringify({
            ...JSON.parse(
              JSON.stringify({
                format: 'voicetrack-backup',
                version: 1,
                counts: { captures: 1, expenses: 1, report_deliveries: 0 },
                sha256: 'x',
                data,
              }),
            ),
          }),
        ),
    ],
    ['another format', () => gzipSync(JSON.stringify({ format: 'other', version: 1 }))],
    ['a future version', () => gzipSync(JSON.stringify({ format: 'voicetrack-backup', version: 99 }))],
  ])('refuses a %s file', (_name, spoil) => {
    const good = encodeBackup(data, [], new Date());
    expect(() => decodeBackup(spoil(good))).toThrow(BackupError);
  });

  it.each([
    [new Date('2026-11-24T21:30:05Z'), 1, 'voicetrack-20261124-213005.json.gz'],
    [new Date('2026-11-24T21:30:05Z'), 2, 'voicetrack-20261124-213005-2.json.gz'],
    [new Date('2026-01-02T03:04:05.999Z'), 1, 'voicetrack-20260102-030405.json.gz'],
  ])('names the backup of %s (copy %i) %s', (at, copy, name) => {
    expect(backupFileName(at, copy)).toBe(name);
  });

  const day = (d: string, t = '090000') => `voicetrack-${d}-${t}.json.gz`;
  it.each([
    {
      case: 'two backups the same day: both kept',
      names: [day('20261124', '213000'), day('20261124', '090000')],
      daily: 7,
      monthly: 12,
      deleted: [],
    },
    {
      case: 'two backups in the same second: both kept',
      names: [day('20261124', '213000'), 'voicetrack-20261124-213000-2.json.gz'],
      daily: 1,
      monthly: 1,
      deleted: [],
    },
    {
      case: 'every backup of the last 2 days, the newest of each of 3 months, nothing else',
      names: [
        day('20261124', '210000'),
        day('20261124', '090000'),
        day('20261123'),
        day('20261122', '180000'),
        day('20261122'),
        day('20261031'),
        day('20261001'),
        day('20260930'),
        day('20250101'),
        'notes.txt',
      ],
      daily: 2,
      monthly: 3,
      deleted: [day('20250101'), day('20261001'), day('20261122', '180000'), day('20261122')],
    },
    {
      case: 'the newest of a month is the newest copy of its last second',
      names: [day('20261031', '235959'), 'voicetrack-20261031-235959-2.json.gz', day('20261124')],
      daily: 1,
      monthly: 2,
      deleted: [day('20261031', '235959')],
    },
  ])('retention: $case', ({ names, daily, monthly, deleted }) => {
    expect(backupsToDelete(names, daily, monthly).sort()).toEqual([...deleted].sort());
  });
});
