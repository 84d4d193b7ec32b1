import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, pushSupport } from './push-subscription.ts';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

describe('whether this browser can get budget alerts', () => {
  it.each([
    ['an iPhone in Safari', { userAgent: IPHONE }, false, false, 'ios-home-screen'],
    ['an iPhone from the Home Screen (16.4+)', { userAgent: IPHONE, standalone: true }, true, true, 'ok'],
    ['an iPhone from the Home Screen before 16.4', { userAgent: IPHONE }, false, true, 'ios-home-screen'],
    [
      'an iPad that says it is a Mac, in Safari',
      { userAgent: IPAD_AS_MAC, platform: 'MacIntel', maxTouchPoints: 5 },
      true,
      false,
      'ios-home-screen',
    ],
    [
      'a Mac in Safari',
      { userAgent: IPAD_AS_MAC, platform: 'MacIntel', maxTouchPoints: 0 },
      true,
      false,
      'ok',
    ],
    ['Chrome on Android', { userAgent: ANDROID }, true, false, 'ok'],
    ['a browser without Push', { userAgent: ANDROID }, false, false, 'unsupported'],
  ] as const)('%s: %s', (_name, navigator, hasPush, standaloneDisplay, expected) => {
    expect(pushSupport({ navigator, hasPush, standaloneDisplay })).toBe(expected);
  });
});

describe('the server’s key as pushManager.subscribe takes it', () => {
  it('reads base64url with or without padding into the same bytes', () => {
    const bytes = Uint8Array.from([4, 251, 255, 0, 62, 63, 200]);
    const b64 = btoa(String.fromCharCode(...bytes));
    const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
    expect([...base64UrlToBytes(url)]).toEqual([...bytes]);
    expect([...base64UrlToBytes(url.replace(/=+$/, ''))]).toEqual([...bytes]);
  });
});
