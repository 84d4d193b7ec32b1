/**
 * What a device token may do (ARCHITECTURE.md "Tokens"). A token made for a Shortcut, n8n or a
 * script is `capture`: it sends notes — the capture doors — and reads its own device, nothing
 * more, so a leaked one can add notes but neither read the expenses, mint a token that outlives
 * it, nor revoke the owner's phone. A phone paired with a code is `full`. Pure: no HTTP here.
 */
import type { TokenScope } from '@voicetrack/shared';

export type { TokenScope };

/** The only requests a capture token may make (method and exact path). */
const CAPTURE_ROUTES = new Set([
  'POST /api/voice',
  'POST /api/text',
  // A receipt's photo is a capture door too (ARCHITECTURE.md "Receipts").
  'POST /api/receipts',
  'GET /api/devices/current',
]);

export const scopeAllows = (scope: TokenScope, method: string, path: string): boolean =>
  scope === 'full' || CAPTURE_ROUTES.has(`${method} ${path}`);

/**
 * Who asked for a request, as far as the doors care: a device token (with its scope, and whether
 * it was made through the open door of PAIRING=off), a signed-in session, or nobody (PAIRING=off).
 */
export type Access =
  | { kind: 'device'; scope: TokenScope; openDoor: boolean }
  | { kind: 'session' }
  | { kind: 'nobody' };

/** Whether a token asked for now may be made, and with what: the rules of POST /api/devices. */
export function tokenToMake(
  access: Access,
  requested: TokenScope,
  multiUser: boolean,
): { kind: 'make'; scope: TokenScope; openDoor: boolean } | { kind: 'refused'; message: string } {
  if (access.kind === 'device') {
    // In Supabase mode only a signed-in session makes tokens: a leaked token must not mint more.
    if (multiUser) return { kind: 'refused', message: 'Create personal tokens from the app, signed in.' };
    if (access.scope !== 'full')
      return { kind: 'refused', message: 'Only a paired phone or computer makes tokens.' };
    // A token is no better than the one that made it.
    return { kind: 'make', scope: requested, openDoor: access.openDoor };
  }
  // Nobody showed a token: PAIRING=off on loopback. What it makes dies when pairing is required.
  return { kind: 'make', scope: requested, openDoor: access.kind === 'nobody' };
}
