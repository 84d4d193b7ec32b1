import { describe, expect, it } from 'vitest';
import { shareNote, withoutShareNote } from './describe.ts';

describe('a share’s note, written and read from the same words', () => {
  it.each([
    [2000, 'USD', 'fr', '(part de 20 $)'],
    [2400, 'EUR', 'en', '(share of €24)'],
    [6340, 'EUR', 'fr', '(part de 63,40 €)'],
    [21000, 'CHF', 'en', '(share of CHF 210)'],
  ] as const)('%i %s in %s is written %s and read off again', (cents, currency, lang, note) => {
    expect(shareNote(cents, currency, lang)).toBe(note);
    expect(withoutShareNote(`Taxi ${shareNote(cents, currency, lang)}`)).toBe('Taxi');
  });

  it.each([
    ['a note in the other language', 'Resto avec Julie (share of €64)', 'Resto avec Julie'],
    ['capitals a model may write', 'Sushi (Part de 42 €) ', 'Sushi'],
    ['brackets that are no share', 'Pizza (grande)', 'Pizza (grande)'],
    ['a note not at the end', 'Taxi (part de 20 $) aéroport', 'Taxi (part de 20 $) aéroport'],
    ['no note', 'Courses', 'Courses'],
  ])('leaves the rest of the words: %s', (_, description, bare) => {
    expect(withoutShareNote(description)).toBe(bare);
  });
});
