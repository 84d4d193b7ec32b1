import { describe, expect, it } from 'vitest';
import { LAUNCH_HEADER, launchVerdict, type ServerWord, serverWord } from './launch-verdict.ts';

const APP = 'https://voicetrack.example';

describe('the server’s word on a preload', () => {
  const answer = (type: ResponseType, status: number, headers: Record<string, string> = {}) => ({
    type,
    status,
    headers: new Headers(headers),
  });
  it.each([
    ['no preload (offline, an engine without it, too slow)', undefined, 'unknown'],
    ['its 303, opaque as a preload gets it', answer('opaqueredirect', 0), 'elsewhere'],
    ['its 204 vouching for the person', answer('basic', 204, { [LAUNCH_HEADER]: 'person' }), 'person'],
    ['a 204 without its word (another page’s preload)', answer('basic', 204), 'unknown'],
    ['a static host’s page', answer('basic', 200, { [LAUNCH_HEADER]: 'person' }), 'unknown'],
    ['a proxy’s error', answer('basic', 502), 'unknown'],
  ] as const)('%s', (_, response, word) => {
    expect(serverWord(response)).toBe(word);
  });
});

describe('launchVerdict', () => {
  const verdict = (server: ServerWord, referrer: string, referrerPolicy: string) =>
    launchVerdict({ server, referrer, referrerPolicy, origin: APP });
  it.each([
    ['the server saw another site (its referrer hidden)', 'elsewhere', '', 'no-referrer', 'offer'],
    ['the server saw another site, the policy the default', 'elsewhere', '', '', 'offer'],
    ['the server saw the person', 'person', '', 'strict-origin-when-cross-origin', 'record'],
    ['the server vouched, but another site’s referrer', 'person', 'https://casino.example/', '', 'offer'],
    ['the server vouched, the app’s own link', 'person', `${APP}/?month=2026-12`, '', 'record'],
    ['no word, a launch (no referrer, the default policy)', 'unknown', '', '', 'record'],
    ['no word, a launch (the policy spelt out)', 'unknown', '', 'strict-origin-when-cross-origin', 'record'],
    ['no word, rel=noreferrer', 'unknown', '', 'no-referrer', 'offer'],
    ['no word, a page whose policy is same-origin', 'unknown', '', 'same-origin', 'offer'],
    ['no word, the app’s own link', 'unknown', `${APP}/?month=2026-12`, 'same-origin', 'record'],
    ['no word, another site’s referrer', 'unknown', 'https://casino.example/', '', 'offer'],
    ['no word, the app on another port', 'unknown', 'https://voicetrack.example:8443/', '', 'offer'],
    ['no word, a referrer that is no URL', 'unknown', 'nonsense', '', 'offer'],
  ] as const)('%s', (_, server, referrer, policy, expected) => {
    expect(verdict(server, referrer, policy)).toBe(expected);
  });
});
