import { describe, expect, it } from 'vitest';
import { shortcutLaunch } from './record-shortcut.ts';

const APP = 'https://voicetrack.example';

describe('shortcutLaunch', () => {
  it.each([
    ['the shortcut launched by the person (no referrer)', '?action=record', '', 'record'],
    ['the app’s own link', '?action=record', `${APP}/?month=2026-12`, 'record'],
    ['another site’s link', '?action=record', 'https://casino.example/', 'offer'],
    [
      'a sibling subdomain (same site, another origin)',
      '?action=record',
      'https://x.voicetrack.example/',
      'offer',
    ],
    ['the app on another port', '?action=record', 'https://voicetrack.example:8443/', 'offer'],
    ['a referrer that is no URL', '?action=record', 'nonsense', 'offer'],
    ['the server’s answer to another site’s navigation', '?action=offer', '', 'offer'],
    ['no action', '', 'https://casino.example/', null],
    ['another action', '?action=share', '', null],
  ] as const)('%s', (_, search, referrer, expected) => {
    expect(shortcutLaunch(search, referrer, APP)).toBe(expected);
  });
});
