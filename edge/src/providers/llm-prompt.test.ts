import { describe, expect, it } from 'vitest';
import { expenseSystemPrompt, HOUSEHOLD_BILL } from './llm-prompt.ts';

const context = { today: '2026-11-24', timeZone: 'Europe/Paris', currency: 'EUR', locale: 'fr-FR' };

describe('the expense prompt', () => {
  it('gives the phone’s locale as the phone’s, and the description the transcript’s language', () => {
    const prompt = expenseSystemPrompt(context, 'Dinner for four, 160 euros');
    // A French phone carries English notes: the locale is a fact about the phone, not the speaker.
    expect(prompt).toContain("The phone's locale: fr-FR (the speaker may still speak another language).");
    expect(prompt).not.toContain("speaker's locale");
    expect(prompt).toMatch(/description: .*in the language the transcript is spoken in/);
    expect(prompt).toContain('Today is Tuesday 2026-11-24 in the time zone Europe/Paris.');
  });

  it('tells a household’s bill only when the note is one', () => {
    const personal = expenseSystemPrompt(context);
    const household = expenseSystemPrompt({ ...context, wholeBill: true });
    for (const line of HOUSEHOLD_BILL) {
      expect(personal).not.toContain(line);
      expect(household).toContain(line);
    }
  });
});
