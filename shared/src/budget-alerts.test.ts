import { describe, expect, it } from 'vitest';
import { alertLang, type BudgetAlert, budgetAlertText, testNotificationText } from './budget-alerts.ts';

const alert = (over: Partial<BudgetAlert> = {}): BudgetAlert => ({
  month: '2026-11',
  category: 'dining',
  currency: 'EUR',
  threshold: 80,
  percent: 85,
  spentCents: 8500,
  budgetCents: 10000,
  ...over,
});

describe('budgetAlertText', () => {
  it('writes French with its typography: no-break spaces before ":" and "%"', () => {
    const { title, body } = budgetAlertText(alert(), 'fr');
    expect(body).toBe('Restaurant\u00a0: 85\u202f% du budget de novembre (85,00\u00a0€ sur 100,00\u00a0€)');
    expect(title).toBe('Budget bientôt atteint');
  });

  it('writes English, and names the total and the 100 % alert', () => {
    const { title, body } = budgetAlertText(
      alert({ category: 'total', threshold: 100, percent: 104, spentCents: 52_000, budgetCents: 50_000 }),
      'en',
    );
    expect(body).toBe('Total: 104% of the November budget (€520.00 of €500.00)');
    expect(title).toBe('Budget reached');
  });

  it('says a budget spent more than ten times over in words, not as a five-digit percent', () => {
    const far = alert({ threshold: 100, percent: 25_400, spentCents: 254_000, budgetCents: 1_000 });
    expect(budgetAlertText(far, 'fr').body).toBe(
      'Restaurant\u00a0: plus de 10× du budget de novembre (2\u202f540,00\u00a0€ sur 10,00\u00a0€)',
    );
    expect(budgetAlertText(far, 'en').body).toContain(': more than 10× of the November budget (');
  });

  it.each([
    ['2026-04', 'd’avril'],
    ['2026-08', 'd’août'],
    ['2026-10', 'd’octobre'],
    ['2026-12', 'de décembre'],
  ])('elides before a vowel in French: %s → %s', (month, words) => {
    expect(budgetAlertText(alert({ month }), 'fr').body).toContain(`du budget ${words} (`);
  });

  it.each([
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['de-DE', 'fr'],
    [null, 'fr'],
  ] as const)('writes to %s in %s (fallback fr)', (locale, lang) => {
    expect(alertLang(locale, 'fr')).toBe(lang);
  });

  it.each([
    ['fr-BE', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('writes to %s in %s (fallback en)', (locale, lang) => {
    expect(alertLang(locale, 'en')).toBe(lang);
  });

  it('says "reached" from 100 %, "nearly" below, in both languages', () => {
    expect(budgetAlertText(alert({ threshold: 100 }), 'fr').title).toBe('Budget atteint');
    expect(budgetAlertText(alert({ threshold: 80 }), 'en').title).toBe('Budget nearly reached');
  });
});

describe('testNotificationText', () => {
  it('says notifications work, in the person’s language', () => {
    expect(testNotificationText('fr')).toEqual({
      title: 'VoiceTrack',
      body: 'Les notifications fonctionnent sur cet appareil.',
    });
    expect(testNotificationText('en')).toEqual({
      title: 'VoiceTrack',
      body: 'Notifications work on this device.',
    });
  });
});
