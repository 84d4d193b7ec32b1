/** Web Push for budget alerts: the VAPID pair and contact, and the push services the server may POST to. */
import { DEFAULT_PUSH_ORIGINS, isPushOriginPattern } from '@voicetrack/shared';
import * as v from 'valibot';
import { ConfigError, list, text } from './env.ts';

/** base64url of the 65-byte uncompressed P-256 point, and of the 32-byte private scalar. */
const VAPID_PUBLIC = /^B[A-Za-z0-9_-]{86}$/;
const VAPID_PRIVATE = /^[A-Za-z0-9_-]{43}$/;

/** The subject when neither VAPID_SUBJECT nor an https PUBLIC_URL gives one. */
const LOCAL_SUBJECT = 'mailto:voicetrack@localhost';

/** mailto:…@localhost or https://localhost…: what Apple's push service refuses. */
const atLocalhost = (subject: string) =>
  /^(?:mailto:[^@]*@|https:\/\/)(?:localhost|127\.|\[::1\])/i.test(subject);

const httpsOrigin = (raw: string | undefined) => {
  const url = raw && URL.canParse(raw) ? new URL(raw) : null;
  return url?.protocol === 'https:' && !atLocalhost(url.origin) ? url.origin : undefined;
};

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
      text(),
      v.check(
        (raw) => raw === undefined || /^(?:mailto:\S+@\S+|https:\/\/\S+)$/.test(raw),
        (issue) => `must be a mailto: address or an https: URL, got "${issue.input}"`,
      ),
    ),
    PUBLIC_URL: text(),
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
    /**
     * VAPID_SUBJECT; else the address the phones open when it is https (a contact page is a
     * valid subject); else a local one, which only a browser on this machine can be sent to.
     */
    subject: env.VAPID_SUBJECT ?? httpsOrigin(env.PUBLIC_URL) ?? LOCAL_SUBJECT,
    /** The browsers' push services unless PUSH_ALLOWED_ORIGINS lists others (`*.` wildcards). */
    allowedOrigins:
      env.PUSH_ALLOWED_ORIGINS.length > 0 ? env.PUSH_ALLOWED_ORIGINS : [...DEFAULT_PUSH_ORIGINS],
  })),
);

export type PushConfig = v.InferOutput<typeof pushConfig>;

/**
 * Supabase mode sends pushes to every user's phones, and Apple's push service refuses a subject
 * at localhost (403 BadJwtToken): there the contact is the person's to give. Checked by the
 * entries that send pushes (the Node server, the Supabase function), not by every CLI.
 */
export function requirePushContact(config: { supabase: unknown; push: PushConfig }): void {
  if (!config.supabase || !atLocalhost(config.push.subject)) return;
  throw new ConfigError(
    "VAPID_SUBJECT must be a real contact in Supabase mode, where phones get pushes: mailto:you@example.org or https://your.site (supabase secrets set VAPID_SUBJECT=…); Apple's push service refuses a subject at localhost (403 BadJwtToken)" +
      (config.push.subject === LOCAL_SUBJECT ? '' : `, got "${config.push.subject}"`),
  );
}
