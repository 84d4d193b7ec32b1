import { describe, expect, it } from 'vitest';
import { recurringHint } from './recurring-hint.ts';

describe('recurringHint', () => {
  it.each([
    ['Netflix 9,99 € tous les mois', { dayOfMonth: null }],
    ['abonnement salle de sport 30 euros chaque mois', { dayOfMonth: null }],
    ['loyer 850 € par mois', { dayOfMonth: null }],
    ['forfait mobile mensuel 12 €', { dayOfMonth: null }],
    ['loyer 850 € le 5 de chaque mois', { dayOfMonth: 5 }],
    ['Spotify 10,99 € tous les mois le 12', { dayOfMonth: 12 }],
    ['assurance 40 € tous les premiers du mois', { dayOfMonth: 1 }],
    ['Netflix 9.99 dollars every month', { dayOfMonth: null }],
    ['gym 30 dollars every month on the 5th', { dayOfMonth: 5 }],
    ['rent $1200 on the 1st of every month', { dayOfMonth: 1 }],
    ['phone plan 15 pounds monthly', { dayOfMonth: null }],
    ['Disney plus 8.99 a month', { dayOfMonth: null }],
  ])('%s → %j', (text, hint) => {
    expect(recurringHint(text)).toEqual(hint);
  });

  it.each([
    '12 € au resto ce midi',
    'courses 45 euros le mois dernier',
    'cadeau 30 € pour le 5 du mois prochain',
    'lunch 12 dollars this month',
    'taxi 20 € au début du mois',
  ])('says nothing of %s', (text) => {
    expect(recurringHint(text)).toBeNull();
  });
});
