import { describe, expect, it } from 'vitest';
import { attachment } from './content-disposition.ts';

describe('attachment', () => {
  it.each([
    ['expenses-2026-11-01-2026-11-30.csv', 'attachment; filename="expenses-2026-11-01-2026-11-30.csv"'],
    [
      'dépenses-début-fin.csv',
      `attachment; filename="depenses-debut-fin.csv"; filename*=UTF-8''d%C3%A9penses-d%C3%A9but-fin.csv`,
    ],
    [
      "l'été (2026).csv",
      `attachment; filename="l'ete (2026).csv"; filename*=UTF-8''l%27%C3%A9t%C3%A9%20%282026%29.csv`,
    ],
    [
      'say "hi"\\€.csv',
      `attachment; filename="say _hi___.csv"; filename*=UTF-8''say%20%22hi%22%5C%E2%82%AC.csv`,
    ],
  ])('names %j', (name, header) => {
    expect(attachment(name)).toBe(header);
  });
});
