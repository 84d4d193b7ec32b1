import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TextCaptureSchema } from './api-capture.ts';
import { DescriptionSchema, stripInvisibleMarks } from './api-fields.ts';
import { DeviceNameSchema } from './devices.ts';
import { CreateHouseholdSchema } from './households/households-api.ts';

const capture = (text: string) => ({
  text,
  clientId: '0b7c5a52-93a8-4a5e-8f7e-0c0e2a1b9d11',
  recordedAt: '2026-12-05T12:00:00+01:00',
  timezone: 'Europe/Paris',
  locale: 'fr-FR',
});

describe('text a person sends', () => {
  it.each([
    ['isolates around a name (Android, chat apps)', 'Resto avec \u2068Paul\u2069', 'Resto avec Paul'],
    ['left-to-right isolate and pop', '\u2066Chez Léon\u2069 midi', 'Chez Léon midi'],
    ['right-to-left isolate', 'Dîner \u2067سمير\u2069', 'Dîner سمير'],
    ['left-to-right and right-to-left marks', 'Taxi\u200E \u200FGare', 'Taxi Gare'],
    ['an override that would read backwards', 'reversed \u202Etxt.exe', 'reversed txt.exe'],
    ['embeddings and their pop', '\u202A\u202BCafé\u202C', 'Café'],
  ])('keeps a description with %s, without the marks', (_, sent, kept) => {
    expect(stripInvisibleMarks(sent)).toBe(kept);
    expect(v.parse(DescriptionSchema, sent)).toBe(kept);
    expect(v.parse(TextCaptureSchema, capture(`12 € ${sent}`)).text).toBe(`12 € ${kept}`);
    expect(v.parse(CreateHouseholdSchema, { name: ` ${sent} ` }).name).toBe(kept);
    expect(v.parse(DeviceNameSchema, sent)).toBe(kept);
  });

  it('keeps what is not a mark: emoji joiners, no-break spaces, tabs and newlines', () => {
    for (const text of ['👩\u200D👩\u200D👧 au zoo', '12\u00A0€\u202F50', 'pain\tlait\nœufs']) {
      expect(v.parse(DescriptionSchema, text)).toBe(text);
    }
  });

  it.each([
    ['a bell', 'Café\u0007', 'U+0007'],
    ['a terminal escape', 'Café \u001B[0m', 'U+001B'],
    ['a NUL', 'Ca\u0000fé', 'U+0000'],
    ['a DEL', 'Café\u007F', 'U+007F'],
    ['a C1 control', 'Café\u0085', 'U+0085'],
  ])('refuses a description with %s, naming the character', (_, text, code) => {
    const result = v.safeParse(DescriptionSchema, text);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe(`must not contain control characters (${code})`);
  });

  it('refuses a lone surrogate, and says so', () => {
    const result = v.safeParse(DescriptionSchema, 'lone \ud800 surrogate');
    expect(result.issues?.[0]?.message).toBe('must not contain control characters (a lone surrogate)');
  });
});
