import { describe, expect, it } from 'vitest';
import { recurringClientId } from './recurring-runner.ts';

describe('recurringClientId', () => {
  it('is the UUID v5 of "rule/month" in our namespace (the same as Python’s uuid.uuid5)', async () => {
    expect(await recurringClientId('11111111-2222-4333-8444-555555555555', '2026-11')).toBe(
      'c500fd3b-e35c-5483-92b0-742ba2a8a56b',
    );
  });

  it('differs by month and by rule, and never by when it is asked', async () => {
    const rule = '11111111-2222-4333-8444-555555555555';
    const ids = await Promise.all([
      recurringClientId(rule, '2026-11'),
      recurringClientId(rule, '2026-12'),
      recurringClientId('11111111-2222-4333-8444-555555555556', '2026-11'),
      recurringClientId(rule, '2026-11'),
    ]);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(ids[3]);
  });
});
