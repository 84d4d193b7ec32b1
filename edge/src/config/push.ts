/** Web Push for budget alerts: the VAPID pair and contact, and the push services the server may POST to. */
import { DEFAULT_PUSH_ORIGINS, isPushOriginPattern } from '@voicetrack/shared';
import * as v from 'valibot';
import { list, text, textOr } from './env.ts';

/** base64url of the 65-byte uncompressed P-256 point, and of the 32-byte private scalar. */
const VAPID_PUBLIC = /^B[A-Za-z0-9_-]{86}$/;
const VAPID_PRIVATE = /^[A-Za-z0-9_-]{43}$/;

const key = (pattern: RegExp, message: string) =>
  v.pipe(
    text(),
    v.transform((raw) => raw?.replace(/=+$/, '')),
    v.check((raw) => raw === undefined || pattern.test(raw), message),
  );

export const pushConfig = v.pipe(
  v.object({
    VAPID_PUBLIC_KEY: key(VAPID_PUBLIC, 'must be base64url of an uncompressed P-256 point (65 bytes)'),
    VAPID_PRIVATE_KEY: key(VAPID_PRIVATE, 'must be base64url of a P-256 private key (32 bytes)'),
    /** The contact (mailto: or https:) push services may write to. */
    VAPID_SUBJECT: v.pipe(
      textOr('mailto:voicetrack@localhost'),
      v.regex(
        /^(?:mailto:\S+@\S+|https:\/\/\S+)$/,
        (issue) => `must be a mailto: address or an https: URL, got "${issue.input}"`,
      ),
    ),
    PUSH_ALLOWED_ORIGINS: list(
      v.pipe(
        v.string(),
        v.transform((origin) => origin.replace(/\/$/, '')),
        v.check(
          isPushOriginPattern,
          (issue) =>
            `lists origins such as https://push.example.org or https://*.example.org, got "${issue.input}"`,
        ),
      ),
    ),
  }),
  v.check(
    (env) => (env.VAPID_PUBLIC_KEY === undefined) === (env.VAPID_PRIVATE_KEY === undefined),
    'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both or neither',
  ),
  v.transform((env) => ({
    /** null: a pair is made at first start and kept in the database. */
    vapid:
      env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
        ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
        : null,
    subject: env.VAPID_SUBJECT,
    /** The browsers' push services unless PUSH_ALLOWED_ORIGINS lists others (`*.` wildcards). */
    allowedOrigins:
      env.PUSH_ALLOWED_ORIGINS.length > 0 ? env.PUSH_ALLOWED_ORIGINS : [...DEFAULT_PUSH_ORIGINS],
  })),
);

export type PushConfig = v.InferOutput<typeof pushConfig>;
