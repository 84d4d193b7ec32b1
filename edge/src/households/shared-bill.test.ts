import { describe, expect, it } from 'vitest';
import { captureHouseholdOf } from './shared-bill.ts';

const OWNER = { userId: null };

describe('captureHouseholdOf', () => {
  it('is null for a note that names no household, store or not', async () => {
    expect(await captureHouseholdOf({}, OWNER, undefined)).toBeNull();
  });

  it('refuses a household on a server that keeps none', async () => {
    expect(await captureHouseholdOf({}, OWNER, 'h1')).toEqual({
      kind: 'refused',
      code: 'not_found',
      message: 'householdId: this server keeps no households.',
    });
  });
});
