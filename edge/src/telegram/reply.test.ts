import type { CaptureResult, Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import {
  categoryKeyboard,
  chatLang,
  describeCapture,
  keyboardFor,
  noteOfBotMessage,
  readButton,
} from './reply.ts';

const CLIENT = '0f8fad5b-d9cb-469f-a165-70867728950e';
const expense = (over: Partial<Expense>): Expense => ({
  id: 'e1',
  clientId: CLIENT,
  position: 0,
  amount: '12.50',
  currency: 'EUR',
  category: 'dining',
  description: 'resto',
  date: '2026-11-24',
  transcript: 'douze euros cinquante au resto',
  source: 'voice',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-11-24T11:30:00Z',
  updatedAt: '2026-11-24T11:30:00Z',
  ...over,
});
const result = (expenses: Expense[], transcript = 'douze euros cinquante au resto'): CaptureResult => ({
  clientId: CLIENT,
  status: expenses.length ? 'saved' : 'no_expense',
  transcript,
  expenses,
});

describe('what the bot says was saved', () => {
  it.each([
    ['fr', '2026-11-24', [expense({})], /^12,50\s€ · Restaurant · aujourd'hui$/],
    ['en', '2026-11-24', [expense({})], /^€12\.50 · Dining · today$/],
    ['fr', '2026-11-25', [expense({ category: 'transport' })], /^12,50\s€ · Transport · hier$/],
    ['fr', '2026-11-30', [expense({})], /^12,50\s€ · Restaurant · mar\. 24 nov\.$/],
    [
      'fr',
      '2026-11-24',
      [expense({ amount: null, status: 'needs_review' })],
      /^À vérifier\u00a0: montant\u00a0\? · Restaurant/,
    ],
    ['en', '2026-11-24', [], /^I found no expense in “douze euros cinquante au resto”\.$/],
  ] as const)('in %s on %s', (lang, today, expenses, expected) => {
    expect(describeCapture(result([...expenses]), today, lang)).toMatch(expected);
  });

  it('puts one line per expense of a note that held several', () => {
    const text = describeCapture(
      result([expense({}), expense({ amount: '8.00', category: 'groceries' })]),
      '2026-11-24',
      'fr',
    );
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toMatch(/8,00\s€ · Courses/);
  });
});

describe('the buttons', () => {
  it('read back what they were made with, and nothing else', () => {
    const [row] = keyboardFor(CLIENT, 'fr');
    expect(row?.map((b) => b.text)).toEqual(['Annuler', 'Modifier']);
    expect(readButton(row?.[0]?.callback_data)).toEqual({ kind: 'cancel', clientId: CLIENT });
    expect(readButton(row?.[1]?.callback_data)).toEqual({ kind: 'edit', clientId: CLIENT });
    const pick = categoryKeyboard(CLIENT, 'en').flat();
    expect(pick).toHaveLength(13);
    expect(pick.every((b) => b.callback_data.length <= 64)).toBe(true);
    expect(readButton(pick[1]?.callback_data)).toEqual({
      kind: 'category',
      clientId: CLIENT,
      category: 'dining',
    });
    expect(readButton(`c:${CLIENT}:caviar`)).toBeNull();
    expect(readButton('x:not-a-uuid')).toBeNull();
    expect(readButton(undefined)).toBeNull();
  });

  it('name the note a reply corrects', () => {
    expect(noteOfBotMessage(keyboardFor(CLIENT, 'fr'))).toBe(CLIENT);
    expect(noteOfBotMessage(undefined)).toBeNull();
  });

  it('speak French unless Telegram says English', () => {
    expect([chatLang('en-GB'), chatLang('fr'), chatLang(undefined), chatLang('de')]).toEqual([
      'en',
      'fr',
      'fr',
      'fr',
    ]);
  });
});
