/**
 * Web Push: the browser's PushSubscription as the API takes it, which endpoints the server may
 * POST to, and the payload the service worker shows. The server must never be made to POST to an
 * arbitrary address: an endpoint is accepted only over https on the push services' own hosts
 * (PUSH_ALLOWED_ORIGINS replaces the list for tests and private deployments).
 */
import * as v from 'valibot';
import { LocaleSchema } from './api.ts';
import { MonthSchema } from './report.ts';

/** The push services browsers use: Chrome (FCM), Firefox (autopush), Safari (Apple), Edge (WNS). */
export const DEFAULT_PUSH_ORIGINS = [
  'https://fcm.googleapis.com',
  'https://*.push.services.mozilla.com',
  'https://*.push.apple.com',
  'https://*.notify.windows.com',
] as const;

const ORIGIN_PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

/** Whether a PUSH_ALLOWED_ORIGINS entry is one this matcher understands ("https://*.example.org"). */
export const isPushOriginPattern = (pattern: string): boolean => ORIGIN_PATTERN.test(pattern);

/** The parts of a parsed URL the check reads (a WHATWG `URL`: the edge parses, as fetch will). */
export interface UrlParts {
  protocol: string;
  hostname: string;
  port: string;
  username: string;
  password: string;
}

/**
 * Whether the server may POST to `url`: its scheme, host and port match one of `origins` (`*.`
 * matches one or more labels in front of the rest, never the bare rest). No credentials in the
 * URL; the port is the scheme's default unless the pattern names one. The caller parses the
 * endpoint with the same URL parser its fetch uses, so the host checked is the host reached.
 */
export function pushEndpointAllowed(url: UrlParts | null, origins: readonly string[]): boolean {
  if (!url || url.username || url.password) return false;
  return origins.some((pattern) => {
    const m = ORIGIN_PATTERN.exec(pattern);
    if (!m) return false;
    const scheme = (m[1] ?? '').toLowerCase();
    const wildcard = m[2] !== undefined;
    const rest = (m[3] ?? '').toLowerCase();
    if (url.protocol !== `${scheme}:`) return false;
    const defaultPort = scheme === 'https' ? '443' : '80';
    if ((url.port || defaultPort) !== (m[4] ?? defaultPort)) return false;
    const hostname = url.hostname.toLowerCase();
    return wildcard ? hostname.endsWith(`.${rest}`) && hostname.length > rest.length + 1 : hostname === rest;
  });
}

/**
 * base64url, with or without padding, as browsers write subscription keys: 65 bytes are 87
 * characters, 16 bytes 22. (Literals, not built at load: the page's bundle drops what it does not use.)
 */
const BASE64URL_65_BYTES = /^[A-Za-z0-9_-]{87}={0,2}$/;
const BASE64URL_16_BYTES = /^[A-Za-z0-9_-]{22}={0,2}$/;

export const PushSubscriptionBodySchema = v.object({
  endpoint: v.pipe(
    v.string('endpoint is required'),
    v.maxLength(2048, 'endpoint is too long'),
    v.regex(/^https?:\/\/\S+$/, 'endpoint must be an http(s) URL'),
  ),
  expirationTime: v.optional(v.nullable(v.number())),
  keys: v.object({
    /** The browser's P-256 public key, uncompressed (65 bytes, starting 0x04 → "B…"). */
    p256dh: v.pipe(v.string(), v.regex(BASE64URL_65_BYTES, 'keys.p256dh must be a base64url P-256 key')),
    /** The 16-byte authentication secret. */
    auth: v.pipe(v.string(), v.regex(BASE64URL_16_BYTES, 'keys.auth must be a base64url 16-byte secret')),
  }),
  /** The page's language (navigator.language): the alerts this device gets are written in it. */
  locale: v.optional(LocaleSchema),
});
export type PushSubscriptionBody = v.InferOutput<typeof PushSubscriptionBodySchema>;

/** DELETE /api/push/subscriptions: the endpoint to forget (PushSubscription.endpoint). */
export const PushUnsubscribeSchema = v.strictObject({
  endpoint: v.pipe(v.string('endpoint is required'), v.maxLength(2048)),
});

export const PushSubscriptionAnswerSchema = v.object({
  id: v.string(),
  endpoint: v.string(),
  locale: v.nullable(v.string()),
  createdAt: v.string(),
});
export type PushSubscriptionAnswer = v.InferOutput<typeof PushSubscriptionAnswerSchema>;

/** POST /api/push/test: how many devices got the test notification, were gone (deleted), failed. */
export const PushTestAnswerSchema = v.object({ sent: v.number(), gone: v.number(), failed: v.number() });
export type PushTestAnswer = v.InferOutput<typeof PushTestAnswerSchema>;

/** GET /api/push/public-key: the VAPID key for pushManager.subscribe's applicationServerKey. */
export const PushPublicKeySchema = v.object({
  /** base64url of the uncompressed P-256 point (65 bytes). */
  publicKey: v.string(),
});

/**
 * What a push message carries. The worker builds the URL a tap opens from `view` and `month`
 * (web/src/sw-protocol.ts), so a message can never send the person to an address of its own.
 */
export const PushPayloadSchema = v.object({
  title: v.pipe(v.string(), v.maxLength(200)),
  body: v.pipe(v.string(), v.maxLength(1000)),
  /** Same tag, same notification: a newer alert for a budget replaces the older one. */
  tag: v.pipe(v.string(), v.maxLength(200)),
  view: v.picklist(['month']),
  month: v.optional(MonthSchema),
});
export type PushPayload = v.InferOutput<typeof PushPayloadSchema>;
