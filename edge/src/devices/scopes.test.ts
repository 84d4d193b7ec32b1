import { describe, expect, it } from 'vitest';
import { type Access, scopeAllows, tokenToMake } from './scopes.ts';

describe('scopeAllows', () => {
  it.each([
    ['capture', 'POST', '/api/text', true],
    ['capture', 'POST', '/api/voice', true],
    ['capture', 'POST', '/api/receipts', true],
    ['capture', 'GET', '/api/devices/current', true],
    ['capture', 'GET', '/api/expenses', false],
    ['capture', 'POST', '/api/devices', false],
    ['capture', 'DELETE', '/api/devices/x', false],
    ['capture', 'GET', '/api/voice', false],
    ['full', 'GET', '/api/expenses', true],
    ['full', 'DELETE', '/api/devices/x', true],
  ] as const)('%s %s %s → %s', (scope, method, path, allowed) => {
    expect(scopeAllows(scope, method, path)).toBe(allowed);
  });
});

describe('tokenToMake', () => {
  const full: Access = { kind: 'device', scope: 'full', openDoor: false };
  it.each([
    // Local mode: a full device makes either scope; nobody (PAIRING=off) makes open-door tokens.
    [full, 'capture', false, { kind: 'make', scope: 'capture', openDoor: false }],
    [full, 'full', false, { kind: 'make', scope: 'full', openDoor: false }],
    [{ ...full, openDoor: true }, 'full', false, { kind: 'make', scope: 'full', openDoor: true }],
    [{ kind: 'nobody' }, 'capture', false, { kind: 'make', scope: 'capture', openDoor: true }],
    [{ kind: 'session' }, 'full', true, { kind: 'make', scope: 'full', openDoor: false }],
  ] as const)('%o asking %s (multi-user %s) → %o', (access, scope, multiUser, outcome) => {
    expect(tokenToMake(access, scope, multiUser)).toEqual(outcome);
  });

  it('refuses a capture token, and any token in Supabase mode', () => {
    expect(tokenToMake({ kind: 'device', scope: 'capture', openDoor: false }, 'capture', false).kind).toBe(
      'refused',
    );
    expect(tokenToMake(full, 'capture', true)).toEqual({
      kind: 'refused',
      message: 'Create personal tokens from the app, signed in.',
    });
  });
});
