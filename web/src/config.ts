/**
 * What the PWA is built with (`pnpm build` reads the environment; nothing else reaches the
 * bundle): where the API is, and, in Supabase mode, the project's URL and its public key.
 * Local mode (no SUPABASE_URL): one user, no sign-in, the API on the same origin.
 */
declare const __VOICETRACK_CONFIG__: {
  apiUrl: string;
  supabaseUrl: string;
  supabaseKey: string;
};

const config = __VOICETRACK_CONFIG__;

/**
 * Where the API's /api/... routes live, '' for the origin that serves the PWA. On Supabase, the
 * functions base (https://<ref>.supabase.co/functions/v1): the function `api` answers
 * /functions/v1/api/..., so the base never ends with /api (the build refuses it).
 */
export const API_BASE = config.apiUrl.replace(/\/+$/, '');

/** Supabase mode: sign-in, a token on every request, Realtime. null in local mode. */
export const SUPABASE: { url: string; key: string } | null =
  config.supabaseUrl && config.supabaseKey ? { url: config.supabaseUrl, key: config.supabaseKey } : null;

declare const __OCR_BASE__: string;

/**
 * Where Tesseract's files are (web/ocr-assets.ts): `/ocr/<versions>/`, fetched on the first photo
 * of a ticket and kept by the service worker. A Supabase build serves them with the PWA too.
 */
export const OCR_BASE = __OCR_BASE__;
