import { describe, expect, it } from 'vitest';
import { allFrom, describeOrigin, editedBy } from './provenance.ts';

describe('provenance in words', () => {
  it.each([
    [
      'category',
      { from: 'learned', phrase: 'pressing', at: '2026-11-12' },
      'fr',
      'Catégorie\u202F: apprise de votre correction du 12/11 — "pressing"',
    ],
    [
      'category',
      { from: 'learned', phrase: 'pressing', at: '2026-11-12' },
      'en',
      'Category: learned from your correction of 11/12 — "pressing"',
    ],
    ['amount', { from: 'heard' }, 'fr', 'Montant\u202F: entendu dans vos mots'],
    ['date', { from: 'parsed' }, 'fr', 'Date\u202F: déduite de vos mots'],
    ['amount', { from: 'bank' }, 'fr', 'Montant\u202F: lu sur votre relevé bancaire'],
    [
      'description',
      { from: 'person', at: '2026-11-30' },
      'fr',
      'Description\u202F: modifiée par vous le 30/11',
    ],
    ['category', { from: 'model' }, 'en', 'Category: suggested by the model'],
    ['currency', { from: 'parsed' }, 'en', 'Currency: worked out from your words'],
    ['paidBy', { from: 'person', at: '2026-12-05' }, 'fr', 'Payeur\u202F: modifié par vous le 05/12'],
    ['split', { from: 'person', at: '2026-12-05' }, 'fr', 'Parts\u202F: modifiées par vous le 05/12'],
    ['split', { from: 'person', at: '2026-12-05' }, 'en', 'Shares: changed by you on 12/05'],
  ] as const)('says where the %s came from (%j, %s)', (field, origin, lang, words) => {
    expect(describeOrigin(field, origin, lang)).toBe(words);
  });

  it.each([
    ['amount', 'fr', 'written', 'Montant\u202F: écrit dans vos mots'],
    ['currency', 'fr', 'written', 'Devise\u202F: écrite dans vos mots'],
    ['description', 'en', 'written', 'Description: written in your words'],
    ['amount', 'fr', 'read', 'Montant\u202F: lu sur le ticket'],
    ['date', 'fr', 'read', 'Date\u202F: lue sur le ticket'],
    ['amount', 'en', 'read', 'Amount: read on the receipt'],
    ['amount', 'en', 'said', 'Amount: heard in your words'],
  ] as const)('says where a %s taken from the words came from (%s, %s)', (field, lang, how, words) => {
    expect(describeOrigin(field, { from: 'heard' }, lang, how)).toBe(words);
    // Only what was taken from the words changes: what was worked out stays so.
    expect(describeOrigin(field, { from: 'parsed' }, lang, how)).toBe(
      describeOrigin(field, { from: 'parsed' }, lang),
    );
  });

  it('makes the fields a person changed theirs, and keeps the others', () => {
    const before = { amount: { from: 'heard' as const }, category: { from: 'parsed' as const } };
    expect(editedBy(before, ['category'], '2026-12-01')).toEqual({
      amount: { from: 'heard' },
      category: { from: 'person', at: '2026-12-01' },
    });
    expect(editedBy(null, ['amount'], '2026-12-01')).toEqual({
      amount: { from: 'person', at: '2026-12-01' },
    });
    expect(allFrom('model')).toEqual({
      amount: { from: 'model' },
      currency: { from: 'model' },
      date: { from: 'model' },
      category: { from: 'model' },
      description: { from: 'model' },
    });
  });
});
