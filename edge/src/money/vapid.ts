/**
 * The VAPID key pair (RFC 8292): from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY when set, else made
 * once with WebCrypto and kept in the database, so every instance and restart signs with the same
 * pair (browsers tie a subscription to the public key it was made with).
 */
import type { PushStore, VapidKeys } from '../ports.ts';

export const base64url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

/** A new P-256 pair: the public key as the 65-byte uncompressed point, the private as its 32-byte scalar. */
export async function generateVapidKeys(): Promise<VapidKeys> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (!jwk.d) throw new Error('the private key did not export');
  return { publicKey: base64url(raw), privateKey: jwk.d };
}

/** The keys to sign with, read once per process (the configured pair, else the database's). */
export function vapidKeySource(configured: VapidKeys | null, store: PushStore): () => Promise<VapidKeys> {
  let keys: Promise<VapidKeys> | null = configured ? Promise.resolve(configured) : null;
  return () => {
    keys ??= store.vapidKeys(generateVapidKeys).catch((error: unknown) => {
      keys = null;
      throw error;
    });
    return keys;
  };
}
