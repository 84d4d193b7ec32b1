import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BackupError, backupFileName, backupsToDelete, decodeBackup, encodeBackup } from './backup-file.ts';

const data = {
  captures: [{ id: 'c1', client_id: 'k1' }],
  expenses: [{ id: 'e1', amount: '12.50' }],
  report_deliveries: [],
};

describe('backup file', () => {
  it('round-trips its data', () => {
    const file = decodeBackup(encodeBackup(data, ['20261124090000'], new Date('2026-11-24T10:00:00Z')));
    expect(file.data).toEqual(data);
    expect(file.counts).toEqual({ captures: 1, expenses: 1, report_deliveries: 0 });
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

  it('names files so they sort by time', () => {
    expect(backupFileName(new Date('2026-11-24T21:30:05Z'))).toBe('voicetrack-20261124-213005.json.gz');
  });

  it('keeps the newest per day for N days and per month for M months', () => {
    const names = [
      'voicetrack-20261124-210000.json.gz',
      'voicetrack-20261124-090000.json.gz',
      'voicetrack-20261123-090000.json.gz',
      'voicetrack-20261122-090000.json.gz',
      'voicetrack-20261031-090000.json.gz',
      'voicetrack-20261001-090000.json.gz',
      'voicetrack-20260930-090000.json.gz',
      'voicetrack-20250101-090000.json.gz',
      'notes.txt',
    ];
    expect(backupsToDelete(names, 2, 3).sort()).toEqual([
      'voicetrack-20250101-090000.json.gz',
      'voicetrack-20261001-090000.json.gz',
      'voicetrack-20261122-090000.json.gz',
      'voicetrack-20261124-090000.json.gz',
    ]);
  });
});
