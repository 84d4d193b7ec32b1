import { describe, expect, it } from 'vitest';
import { accountName } from './account-name.ts';

describe('accountName', () => {
  it.each([
    [
      'the profile’s full name first',
      { userMetadata: { full_name: ' Marie Curie ', name: 'mc' }, email: 'x@y.fr' },
      'Marie Curie',
    ],
    ['else the profile’s name', { userMetadata: { name: 'Paul' }, email: 'p@y.fr' }, 'Paul'],
    [
      'a blank profile name is no name',
      { userMetadata: { full_name: '  ', name: 3 }, email: 'lea@y.fr' },
      'Lea',
    ],
    ['the e-mail’s first part in words', { email: 'marie.dupont@example.fr' }, 'Marie Dupont'],
    ['without its +tag', { email: 'jean-luc+voicetrack@example.fr' }, 'Jean Luc'],
    ['accents kept, first letters raised', { email: 'élodie_martin@example.fr' }, 'Élodie Martin'],
    ['an anonymous account has none', { userMetadata: {}, email: '' }, null],
    ['nor an e-mail of only separators', { email: '._@example.fr' }, null],
  ])('%s', (_why, account, expected) => {
    expect(accountName(account)).toBe(expected);
  });

  it('keeps at most 60 characters, as a member’s name', () => {
    expect(accountName({ userMetadata: { name: 'a'.repeat(80) } })).toHaveLength(60);
  });
});
