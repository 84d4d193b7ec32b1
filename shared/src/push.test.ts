import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  pushEndpointAllowed as allowedParts,
  DEFAULT_PUSH_ORIGINS,
  PushSubscriptionBodySchema,
} from './push.ts';

declare const URL: new (s: string) => Parameters<typeof allowedParts>[0] & object;
/** As the edge calls it: the endpoint parsed by the runtime's URL (the parser its fetch uses). */
const pushEndpointAllowed = (endpoint: string, origins: readonly string[]) => {
  let url: Parameters<typeof allowedParts>[0] = null;
  try {
    url = new URL(endpoint);
  } catch {
    url = null;
  }
  return allowedParts(url, origins);
};

describe('pushEndpointAllowed (the push services only)', () => {
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc:def', true],
    ['https://fcm.googleapis.com/wp/abc', true],
    ['https://updates.push.services.mozilla.com/wpush/v2/gAAA', true],
    ['https://web.push.apple.com/QGuQyavXutnMH', true],
    ['https://wns2-par02p.notify.windows.com/w/?token=BQYAAA', true],
    // Not https, another port, a look-alike host, the bare suffix, credentials, not a URL.
    ['http://fcm.googleapis.com/fcm/send/abc', false],
    ['https://fcm.googleapis.com:8443/fcm/send/abc', false],
    ['https://fcm.googleapis.com.evil.example/fcm', false],
    ['https://evilpush.apple.com/x', false],
    ['https://push.apple.com/x', false],
    ['https://user:pw@fcm.googleapis.com/fcm/send/abc', false],
    ['https://169.254.169.254/latest/meta-data', false],
    ['https://localhost/push', false],
    ['not a url', false],
  ])('%s → %s', (endpoint, allowed) => {
    expect(pushEndpointAllowed(endpoint, DEFAULT_PUSH_ORIGINS)).toBe(allowed);
  });

  it('takes its list from PUSH_ALLOWED_ORIGINS when given (a local push service in tests)', () => {
    expect(pushEndpointAllowed('http://127.0.0.1:4321/push/1', ['http://127.0.0.1:4321'])).toBe(true);
    expect(pushEndpointAllowed('http://127.0.0.1:4322/push/1', ['http://127.0.0.1:4321'])).toBe(false);
    expect(pushEndpointAllowed('https://fcm.googleapis.com/fcm/send/a', ['http://127.0.0.1:4321'])).toBe(
      false,
    );
  });
});

describe('PushSubscriptionBodySchema', () => {
  const keys = {
    p256dh: `B${'A'.repeat(86)}`,
    auth: 'A'.repeat(22),
  };
  it('takes the browser’s PushSubscription JSON and the locale', () => {
    const body = {
      endpoint: 'https://fcm.googleapis.com/fcm/send/x',
      expirationTime: null,
      keys,
      locale: 'fr-FR',
    };
    expect(v.safeParse(PushSubscriptionBodySchema, body).success).toBe(true);
  });

  it.each([
    [{ p256dh: 'short', auth: keys.auth }],
    [{ p256dh: keys.p256dh, auth: 'A'.repeat(30) }],
    [{ p256dh: `${keys.p256dh}+`, auth: keys.auth }],
  ])('refuses keys that are not a P-256 point and a 16-byte secret: %j', (bad) => {
    const body = { endpoint: 'https://fcm.googleapis.com/fcm/send/x', keys: bad };
    expect(v.safeParse(PushSubscriptionBodySchema, body).success).toBe(false);
  });
});
