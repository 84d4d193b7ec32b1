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

  it('counts several, one short line each: the bill, the fields, then why', () => {
    const many = told([invalidDate, goneTaxi, lostResto]);
    expect(many.head).toBe('3\u00a0modifications n’ont pas été gardées');
    expect(many.lines).toEqual([
      'Resto, 12.50 (date)\u00a0: valeur refusée par le serveur',
      'Taxi, 30.00 (montant)\u00a0: supprimée sur un autre appareil',
      'Resto, 12.50 (description)\u00a0: une modification plus récente, faite ailleurs, l’a emporté',
    ]);
    expect(many.editable).toBeNull();
    const notDeleted: LostChange = { expense: taxi, fields: [], refused: 'not_deleted' };
    expect(told([lostResto, notDeleted], 'en').lines).toEqual([
      'Resto, 12.50 (description): a newer change, made elsewhere, won',
      'Taxi, 30.00: not deleted, the server refused; the expense is back',
    ]);
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
      'Resto, 12.50 (date): a value refused by the server',
      'Resto midi, 12.50 (shares): the shares do not add up to the bill',
    ]);
    expect(both.editable).toEqual(shares.expense);
    expect(told([invalidDate, { ...goneTaxi, expense: resto }]).editable).toBeNull();
  });
});
