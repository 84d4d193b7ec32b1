import { describe, expect, it } from 'vitest';
import { BANK_STRINGS } from './bank.ts';

describe('a failed action on the bank’s lines, in the person’s words', () => {
  it.each([
    ['fr', 'already_paired', 'Échec\u00a0: cette ligne ou cette dépense est déjà rapprochée.'],
    ['fr', 'amount_mismatch', 'Échec\u00a0: la dépense n’a pas le montant de cette ligne.'],
    ['en', 'currency_mismatch', 'Failed: the expense is not in this line’s currency.'],
    [
      'fr',
      'dates_too_far',
      'Échec\u00a0: dates trop éloignées (plus de 10\u00a0jours entre la dépense et la ligne).',
    ],
    [
      'en',
      'dates_too_far',
      'Failed: dates too far apart (more than 10 days between the expense and the line).',
    ],
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

describe('what pairing an expense said at another amount will change', () => {
  it.each([
    ['fr', 'Dit 40,00\u00a0€, la banque 44,00\u00a0€\u00a0: le montant de la banque sera gardé'],
    ['en', 'Said 40,00\u00a0€, the bank 44,00\u00a0€: the bank’s amount will be kept'],
  ] as const)('%s', (lang, words) => {
    expect(BANK_STRINGS[lang].retold('40,00\u00a0€', '44,00\u00a0€')).toBe(words);
  });
});

describe('the question above the expenses a bank line may be', () => {
  it.each([
    ['fr', 2, 'Correspond à l’une de vos dépenses\u00a0:'],
    ['fr', 1, 'Est-ce cette dépense\u00a0?'],
    ['en', 3, 'Matches one of your expenses:'],
    ['en', 1, 'Is it this expense?'],
  ] as const)('%s, %i expense(s)', (lang, count, words) => {
    expect(BANK_STRINGS[lang].candidatesTitle(count)).toBe(words);
  });
});

describe('the reconciliation’s counts', () => {
  it.each([
    ['fr', [3, 2, 1], '3\u00a0confirmées par la banque · 2\u00a0à ajouter · 1\u00a0pas vue par la banque'],
    ['fr', [0, 0, 2], '2\u00a0pas vues par la banque'],
    ['fr', [1, 0, 0], '1\u00a0confirmée par la banque'],
    ['fr', [0, 0, 0], 'Rien à rapprocher ce mois-ci'],
    ['en', [4, 1, 0], '4 confirmed by the bank · 1 to add'],
    ['en', [0, 3, 0], '3 to add'],
    ['en', [0, 0, 0], 'Nothing to reconcile this month'],
  ] as const)('%s %j: only those that are not zero', (lang, [matched, suggestions, unmatched], words) => {
    expect(BANK_STRINGS[lang].counts(matched, suggestions, unmatched)).toBe(words);
  });
});

describe('an expense the bank did not see, in French', () => {
  it('agrees with « dépense » (feminine), as the heading and the count above it do', () => {
    const fr = BANK_STRINGS.fr;
    expect(fr.notSeen).toBe('pas vue par la banque');
    expect(fr.unmatchedTitle).toBe('Pas vues par la banque');
    expect(fr.counts(3, 2, 1)).toContain('1\u00a0pas vue par la banque');
  });
});

describe('the heading of the lines that are not expenses, in number with them', () => {
  it.each([
    ['fr', 1, 'Pas une dépense (jamais comptée)'],
    ['fr', 3, 'Ce ne sont pas des dépenses (jamais comptées)'],
    ['en', 1, 'Not an expense (never counted)'],
    ['en', 2, 'Not expenses (never counted)'],
  ] as const)('%s, %i line(s)', (lang, n, words) => {
    expect(BANK_STRINGS[lang].notExpensesTitle(n)).toBe(words);
  });
});
