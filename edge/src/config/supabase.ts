/** Supabase mode (many users, JWT-verified, RLS) when SUPABASE_URL is set. */
import * as v from 'valibot';
import { text } from './env.ts';

export const SUPABASE_URL = text();

/** The project's signing keys, inline, as Supabase writes them: `{"keys":[…]}` or a bare array. */
const SUPABASE_JWKS = v.pipe(
  text(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    if (dataset.value === undefined) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(dataset.value);
    } catch {
      addIssue({ message: 'must be JSON: {"keys":[...]} or [...]' });
      return NEVER;
    }
    const keys = Array.isArray(value) ? value : (value as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'object' && k !== null)) {
      addIssue({ message: 'must be a JSON Web Key Set: {"keys":[...]} or [...]' });
      return NEVER;
    }
    return { keys: keys as Record<string, unknown>[] };
  }),
);

export const supabaseConfig = v.pipe(
  v.object({
    SUPABASE_URL,
    VOICETRACK_JWT_SECRET: text(),
    SUPABASE_JWT_SECRET: text(),
    SUPABASE_JWKS,
    SUPABASE_PUBLISHABLE_KEY: text(),
    SUPABASE_ANON_KEY: text(),
  }),
  v.transform((env) =>
    env.SUPABASE_URL
      ? {
          url: env.SUPABASE_URL,
          // `supabase secrets set` skips SUPABASE_* names: the function reads VOICETRACK_JWT_SECRET.
          jwtSecret: env.VOICETRACK_JWT_SECRET ?? env.SUPABASE_JWT_SECRET,
          jwks: env.SUPABASE_JWKS,
          // The new sb_publishable_ key, or the older anon key: both are public, for the PWA.
          publishableKey: env.SUPABASE_PUBLISHABLE_KEY ?? env.SUPABASE_ANON_KEY,
        }
      : null,
  ),
);

export type SupabaseConfig = v.InferOutput<typeof supabaseConfig>;
