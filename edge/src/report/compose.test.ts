import { englishSpacingFaults, frenchSpacingFaults, type MonthReport } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { plainSummary, reportHtml, reportSubject, reportText } from './compose.ts';
import { allowedNumbers, summaryChecksOut } from './summary.ts';

const expense = (amount: string, description: string, date: string): MonthReport['biggest'][number] => ({
  id: crypto.randomUUID(),
  clientId: crypto.randomUUID(),
  position: 0,
  amount,
  currency: 'EUR',
  category: 'dining',
  description,
  date,
  transcript: null,
  source: 'text',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: `${date}T12:00:00.000Z`,
  updatedAt: `${date}T12:00:00.000Z`,
});

/** October: 3 expenses in the total (2 in euros, 1 in dollars), 2 more outside it (one to complete, one to confirm). */
const OCTOBER: MonthReport = {
  month: '2026-10',
  count: 5,
  needsReview: 2,
  totals: [
    { currency: 'EUR', amount: '1234.50', count: 2 },
    { currency: 'USD', amount: '42.00', count: 1 },
  ],
  byCategory: [
    { category: 'housing', currency: 'EUR', amount: '1200.00', count: 1 },
    { category: 'dining', currency: 'EUR', amount: '34.50', count: 1 },
    { category: 'dining', currency: 'USD', amount: '42.00', count: 1 },
  ],
  biggest: [expense('1200.00', 'Loyer', '2026-10-01'), expense('34.50', 'Brasserie', '2026-10-03')],
  previous: { month: '2026-09', count: 0, totals: [] },
  changes: [],
};

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('the written report', () => {
  it('counts only the expenses in its totals, and names the others apart', () => {
    const fr = reportText(OCTOBER, 'fr', 'résumé');
    expect(fr).toContain('3 dépenses (2 autres à compléter ou à confirmer, hors total)');
    expect(fr).not.toContain('5 dépenses');
    const en = reportText(OCTOBER, 'en', 'summary');
    expect(en).toContain('3 expenses (2 more to complete or confirm, not in the total)');
    // With nothing outside the total, nothing is said about it.
    const plain = { ...OCTOBER, count: 3, needsReview: 0 };
    expect(reportText(plain, 'fr', 'résumé')).toMatch(/^3 dépenses$/m);
  });

  it('writes the cost in the locale’s numbers, fractions of a cent kept', () => {
    expect(reportText(OCTOBER, 'fr', 'r', '0.004200')).toMatch(
      /Coût de la transcription et de l’analyse ce mois-ci\u00a0: 0,0042\s\$US/,
    );
    expect(reportText(OCTOBER, 'en', 's', '0.004200')).toContain(
      'Transcription and parsing cost this month: US$0.0042',
    );
    expect(reportHtml(OCTOBER, 'fr', 'r', '1.50')).toMatch(/1,50\s\$US/);
  });

  it('names categories as the app does, and days as people write them', () => {
    const fr = reportText(OCTOBER, 'fr', 'résumé');
    expect(fr).toMatch(/- Logement\u00a0: 1\s200,00\s€ \(1\)/);
    expect(fr).toMatch(/- 1 oct\., Loyer\u00a0: 1\s200,00\s€/);
    const en = reportText(OCTOBER, 'en', 'summary');
    expect(en).toContain('- Housing: €1,200.00 (1)');
    expect(en).toContain('- 1 Oct, Loyer: €1,200.00');
  });

  it('spaces colons the French way in French and the English way in English, everywhere', () => {
    for (const line of lines(reportText(OCTOBER, 'fr', plainSummary(OCTOBER, 'fr'), '0.01')))
      expect(frenchSpacingFaults(line)).toEqual([]);
    for (const line of lines(reportText(OCTOBER, 'en', plainSummary(OCTOBER, 'en'), '0.01')))
      expect(englishSpacingFaults(line)).toEqual([]);
  });

  it('elides "de" before a vowel in the title and the subject', () => {
    expect(reportText(OCTOBER, 'fr', 'r')).toMatch(/^VoiceTrack — dépenses d’octobre 2026$/m);
    expect(reportSubject('2026-10', 'fr')).toBe('VoiceTrack — vos dépenses d’octobre 2026');
    expect(reportSubject('2026-11', 'fr')).toBe('VoiceTrack — vos dépenses de novembre 2026');
    expect(reportSubject('2026-10', 'en')).toBe('VoiceTrack — your spending in October 2026');
  });

  it('writes a plain summary with the counted expenses, which checks out against the numbers', () => {
    const fr = plainSummary(OCTOBER, 'fr');
    expect(fr).toMatch(
      /^En octobre 2026, 3 dépenses pour 1\s234,50\s€ et 42,00\s\$US\. Premier poste\u00a0: Logement/,
    );
    expect(summaryChecksOut(fr, OCTOBER)).toBe(true);
    expect(allowedNumbers(OCTOBER).has('3.00')).toBe(true);
    expect(plainSummary(OCTOBER, 'en')).toContain('In October 2026, 3 expenses for');
  });

  it('says under a currency’s total how much of it is a household’s, and of what bills (« dont partagé »)', () => {
    const shared = {
      ...OCTOBER,
      shared: [
        { householdId: 'h1', name: 'Coloc', currency: 'EUR', amount: '24.00', bills: '48.00', count: 1 },
      ],
    };
    const fr = lines(reportText(shared, 'fr', 'r'));
    const at = fr.findIndex((l) => l.startsWith('Total EUR'));
    expect(fr[at + 1]).toMatch(/^ {2}dont partagé \(Coloc\)\u00a0: 24,00\s€, votre part de 48,00\s€$/);
    expect(frenchSpacingFaults(fr[at + 1] ?? '')).toEqual([]);
    // No line under the other currency's total.
    expect(fr[fr.findIndex((l) => l.startsWith('Total USD')) + 1]).not.toContain('partagé');
    expect(reportText(shared, 'en', 'r')).toContain('of which shared (Coloc): €24.00, your share of €48.00');
    expect(reportHtml(shared, 'fr', 'r')).toMatch(/<br>dont partagé \(Coloc\)/);
    // A report without households says nothing of them.
    expect(reportText(OCTOBER, 'fr', 'r')).not.toContain('partagé');
  });
});
