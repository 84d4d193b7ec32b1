import { describe, expect, it } from 'vitest';
import { BANK_STRINGS } from './bank.ts';

describe('a failed action on the bank’s lines, in the person’s words', () => {
  it.each([
    ['fr', 'already_paired', 'Échec\u00a0: cette ligne ou cette dépense est déjà rapprochée.'],
    ['fr', 'amount_mismatch', 'Échec\u00a0: la dépense n’a pas le montant de cette ligne.'],
    ['en', 'currency_mismatch', 'Failed: the expense is not in this line’s currency.'],
  ] as const)('%s %s', (lang, code, words) => {
    expect(BANK_STRINGS[lang].failed({ kind: 'refused', code, message: 'In English.' })).toBe(words);
  });

  it('says the server’s own message for a code it has no words for, and that the network is missing', () => {
    expect(BANK_STRINGS.fr.failed({ kind: 'refused', code: 'rate_limited', message: 'Slow down.' })).toBe(
      'Échec\u00a0: Slow down.',
    );
    expect(BANK_STRINGS.en.failed({ kind: 'offline', message: 'Failed to fetch' })).toBe(
      'Failed: no network, try again once online.',
    );
  });
});
