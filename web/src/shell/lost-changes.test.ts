import type { Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { savedExpense } from '../data/expense-fixtures.ts';
import { ACTION_STRINGS } from '../i18n/actions.ts';
import { type LostChange, lostToast, withLost } from './lost-changes.ts';

const resto = savedExpense('e1', { amount: '12.50', description: 'Resto' });
const taxi = savedExpense('e2', { amount: '30.00', description: 'Taxi' });
const bill = (e: Expense) => `${e.description}, ${e.amount}`;
const told = (changes: LostChange[], lang: 'fr' | 'en' = 'fr') =>
  lostToast(changes, ACTION_STRINGS[lang], bill);

const invalidDate: LostChange = { expense: resto, fields: ['date'], refused: 'invalid' };
const goneTaxi: LostChange = { expense: taxi, fields: ['amount'], refused: 'gone' };
const lostResto: LostChange = { expense: resto, fields: ['description'] };

describe('the changes a flush could not keep, said in one toast', () => {
  it('adds each change told to those the toast already says, in order', () => {
    const shown = withLost(withLost(withLost(null, invalidDate), goneTaxi), lostResto);
    expect(shown).toEqual([invalidDate, goneTaxi, lostResto]);
  });

  it('says one change in its own sentence, with « Modifier » when its values can be made again', () => {
    const one = told([invalidDate]);
    expect(one.head).toBe(
      'Resto, 12.50\u00a0: votre modification (date) n’a pas été gardée, car le serveur n’accepte pas une des valeurs. La dépense est affichée telle que le serveur l’a.',
    );
    expect(one.lines).toEqual([]);
    expect(one.editable).toBe(resto);
    expect(told([goneTaxi]).editable).toBeNull();
    expect(told([lostResto]).editable).toBeNull();
  });

  it('counts and names several, and offers no « Modifier » when they concern several expenses', () => {
    const many = told([invalidDate, goneTaxi, lostResto]);
    expect(many.head).toBe('3\u00a0modifications n’ont pas été gardées');
    expect(many.lines).toEqual([
      told([invalidDate]).head,
      'Taxi, 30.00\u00a0: votre modification (montant) n’a pas été gardée, car cette dépense a été supprimée sur un autre appareil.',
      'Votre modification (description) n’a pas été gardée\u00a0: une modification plus récente, faite ailleurs, l’a emporté.',
    ]);
    expect(many.editable).toBeNull();
  });

  it('offers « Modifier » for several changes of one expense that is still there', () => {
    const shares: LostChange = {
      expense: { ...resto, description: 'Resto midi' },
      fields: ['split'],
      refused: 'invalid_split',
    };
    const both = told([invalidDate, shares], 'en');
    expect(both.head).toBe('2 changes were not kept');
    expect(both.lines).toEqual([
      'Resto, 12.50: your change (date) was not kept, as the server does not accept one of its values. The expense shows as the server has it.',
      'Resto midi, 12.50: your change (shares) was not kept, as the shares do not add up to the bill. The bill itself is kept.',
    ]);
    expect(both.editable).toEqual(shares.expense);
    expect(told([invalidDate, { ...goneTaxi, expense: resto }]).editable).toBeNull();
  });
});
