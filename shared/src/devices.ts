/**
 * Paired devices and personal tokens (ARCHITECTURE.md, "Pairing"): the payloads of /api/pair,
 * /api/devices and the short-lived ticket the change stream takes instead of a header.
 */
import * as v from 'valibot';
import { noControlChars, withoutInvisibleMarks } from './api.ts';

export const MAX_DEVICE_NAME = 60;

/** A device's name as a person gives it ("Pixel de Marie", "Raccourci Siri"). */
export const DeviceNameSchema = v.pipe(
  v.string('name must be text'),
  withoutInvisibleMarks,
  v.trim(),
  v.minLength(1, 'name must not be empty'),
  v.maxLength(MAX_DEVICE_NAME, `name must be at most ${MAX_DEVICE_NAME} characters`),
  noControlChars,
);

/**
 * A one-time code as `pnpm pair` prints it (10 letters and digits); spaces, dashes and case are
 * forgiven, as a person copying it would make them.
 */
export const PairingCodeSchema = v.pipe(
  v.string('code is required'),
  v.transform((s) => s.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(/^[0-9A-Z]{6,16}$/, 'code must be the code `pnpm pair` printed'),
);

/** POST /api/pair. */
export const PairRequestSchema = v.strictObject({
  code: PairingCodeSchema,
  name: v.optional(DeviceNameSchema),
});

/**
 * What a token may do: `capture` sends notes (POST /api/voice, /api/text, /api/receipts) and reads
 * its own device (GET /api/devices/current); `full` does everything a paired phone does.
 */
export const TOKEN_SCOPES = ['capture', 'full'] as const;
export const TokenScopeSchema = v.picklist(TOKEN_SCOPES, 'scope must be "capture" or "full"');
export type TokenScope = v.InferOutput<typeof TokenScopeSchema>;

/** POST /api/pair and POST /api/devices answer the token once: it is never shown again. */
export const NewTokenSchema = v.object({
  token: v.string(),
  deviceId: v.string(),
  name: v.string(),
  scope: TokenScopeSchema,
});
export type NewToken = v.InferOutput<typeof NewTokenSchema>;

/**
 * POST /api/devices (a personal token for a Shortcut, a script…): `capture` unless said, since a
 * token made in the panel is for a Shortcut; a phone gets `full` by pairing.
 */
export const NewDeviceSchema = v.strictObject({
  name: DeviceNameSchema,
  scope: v.optional(TokenScopeSchema, 'capture'),
});

export const DeviceSchema = v.object({
  id: v.string(),
  name: v.string(),
  scope: TokenScopeSchema,
  createdAt: v.string(),
  lastUsedAt: v.nullable(v.string()),
  /** The device the request came from. */
  current: v.boolean(),
});
export type Device = v.InferOutput<typeof DeviceSchema>;

export const DeviceListSchema = v.object({ devices: v.array(DeviceSchema) });
export type DeviceList = v.InferOutput<typeof DeviceListSchema>;

/** POST /api/pair/codes (the server's own `pnpm pair`) asks for a code, optionally naming the device. */
export const PairingCodeRequestSchema = v.strictObject({
  name: v.optional(DeviceNameSchema),
  /** `pnpm pair --person Marie`: the phone speaks for this person of the server's household. */
  person: v.optional(DeviceNameSchema),
});

/** A one-time code: to type, or to open as `url` (the pairing link), before `expiresAt`. */
export const PairingCodeAnswerSchema = v.object({
  code: v.string(),
  url: v.string(),
  expiresAt: v.string(),
});
export type PairingCode = v.InferOutput<typeof PairingCodeAnswerSchema>;

/** POST /api/telegram/link (Supabase mode): send `/start <code>` to the bot from the chat to link. */
export const TelegramLinkSchema = v.object({ code: v.string(), command: v.string(), expiresAt: v.string() });
export type TelegramLink = v.InferOutput<typeof TelegramLinkSchema>;

/** POST /api/events/ticket: EventSource sends no header, so the stream is opened with this. */
export const EventTicketSchema = v.object({ ticket: v.string(), expiresAt: v.string() });
export type EventTicket = v.InferOutput<typeof EventTicketSchema>;
