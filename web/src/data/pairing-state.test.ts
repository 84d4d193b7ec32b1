import { describe, expect, it } from 'vitest';
import { pairingNeedOf } from './pairing-state.ts';

describe('pairingNeedOf', () => {
  it.each([
    [401, 'missing_token', 'needed'],
    [401, 'invalid_token', 'revoked'],
    // A stream ticket that expired, a refused sign-in elsewhere, or any other refusal: nothing about pairing.
    [401, 'token_expired', null],
    [403, 'invalid_token', null],
    [503, 'transcription_unavailable', null],
  ] as const)('reads a %d %s as %s', (status, code, need) => {
    expect(pairingNeedOf({ status, code })).toBe(need);
  });
});
