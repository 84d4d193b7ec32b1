/**
 * The fields every payload is made of (ids, dates, time zones, locales, currencies, amounts,
 * descriptions) and the one rule for text a person sends. shared/src/api.ts builds the API's
 * payloads from them and re-exports them.
 */
import * as v from 'valibot';
import { CATEGORIES } from './categories.ts';
import { FIRST_YEAR, isInstantWithOffset, isIsoDate, isTimeZone, LAST_YEAR } from './dates.ts';
import { CURRENCY_CODE, decimalToCents, MAX_CENTS } from './money.ts';

/** Money that moved without being spent (shared/src/parse/movements.ts). */
export const MOVEMENT_KINDS = ['income', 'refund', 'repayment', 'loan', 'transfer'] as const;

export const MAX_DESCRIPTION_LENGTH = 200;
export const MAX_AUDIO_BYTES = 25 * 1024 * 1024;

/**
 * The invisible marks Android, chat apps and copied web text put around a name (« ⁨Paul⁩ »):
 * left-to-right and right-to-left marks (U+200E/200F), embeddings and overrides (U+202A–202E),
 * isolates (U+2066–2069). They carry no words; an override would make a description read
 * backwards. Dropped where text enters (withoutInvisibleMarks), never refused: a person who pastes
 * « Resto avec ⁨Paul⁩ » keeps their edit.
 */
const INVISIBLE_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export const stripInvisibleMarks = (s: string): string => s.replace(INVISIBLE_MARKS, '');
/** The first step of every text a person sends: the invisible marks dropped. */
export const withoutInvisibleMarks = v.transform<string, string>(stripInvisibleMarks);

/**
 * Refused: C0 controls but tab, newline and carriage return; DEL and the C1 controls; the
 * bidirectional embeddings, overrides and isolates where a schema has not dropped them first.
 * (The plain left-to-right and right-to-left marks change no order: dropped, never refused.)
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/**
 * The one rule for text a person (or a client) sends: tabs and newlines are fine in speech;
 * other controls (CONTROL) and lone surrogates are not. The message names the character,
 * « must not contain control characters (U+001B) ». Used by /api/text, edits and imports alike.
 */
export const noControlChars = v.check(
  (s: string) => !CONTROL.test(s) && s.isWellFormed(),
  (issue: v.CheckIssue<string>) => {
    const code = CONTROL.exec(String(issue.input))?.[0].codePointAt(0);
    return code === undefined
      ? 'must not contain control characters (a lone surrogate)'
      : `must not contain control characters (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  },
);

export const ClientIdSchema = v.pipe(v.string('clientId is required'), v.uuid('clientId must be a UUID'));
export const IsoDateSchema = v.pipe(
  v.string(),
  v.check(isIsoDate, `must be a real date as YYYY-MM-DD, between ${FIRST_YEAR} and ${LAST_YEAR}`),
);
/** An instant with its offset (createdAt of imported rows, edits' times). */
export const InstantSchema = v.pipe(
  v.string(),
  v.check(isInstantWithOffset, 'must be a real ISO 8601 time with its offset, e.g. 2026-11-24T12:30:00Z'),
);
export const RecordedAtSchema = v.pipe(
  v.string('recordedAt is required'),
  v.check(
    isInstantWithOffset,
    'recordedAt must be an ISO 8601 time with its offset, e.g. 2026-11-24T12:30:00+01:00',
  ),
);
export const TimeZoneSchema = v.pipe(
  v.string('timezone is required'),
  v.check(isTimeZone, 'timezone must be an IANA time zone such as Europe/Paris'),
);
export const LocaleSchema = v.pipe(
  v.string('locale is required'),
  v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,3}$/, 'locale must be a BCP 47 tag such as fr-FR'),
);
export const CurrencySchema = v.pipe(
  v.string(),
  v.regex(CURRENCY_CODE, 'currency must be an ISO 4217 code such as EUR'),
);
export const CategorySchema = v.picklist(CATEGORIES, `category must be one of ${CATEGORIES.join(', ')}`);
/** A positive decimal string with at most two places that fits numeric(10,2). */
export const AmountSchema = v.pipe(
  v.string('amount must be a decimal string such as "12.50"'),
  v.check((s) => {
    const c = decimalToCents(s);
    return c !== null && c > 0 && c <= MAX_CENTS;
  }, 'amount must be a decimal string greater than 0 with at most two places, such as "12.50"'),
);
export const DescriptionSchema = v.pipe(
  v.string(),
  withoutInvisibleMarks,
  v.maxLength(MAX_DESCRIPTION_LENGTH),
  noControlChars,
);
