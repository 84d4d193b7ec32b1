/**
 * The API's typed routes as the PWA calls them: `hc<AppType>` from the edge's routes, whose
 * inputs and outputs are the shared schemas. client.ts builds it once; its sections
 * (doors.ts, money.ts) each take it.
 */
import type { AppType } from '@voicetrack/edge';
import { hc } from 'hono/client';

export interface ApiOptions {
  /** The API's origin ('' for the page's own). */
  baseUrl: string;
  fetch?: typeof fetch;
  /**
   * Supabase mode: the bearer header (refreshed first when it is about to expire); null while
   * nobody is signed in, and then nothing is sent: the notes wait for a sign-in.
   */
  headers?: () => Promise<Record<string, string> | null>;
}

export function apiRoutes(options: ApiOptions) {
  return hc<AppType>(options.baseUrl || globalThis.location.origin, {
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    headers: async () => (options.headers ? ((await options.headers()) ?? {}) : {}),
  }).api;
}

/** The typed routes of the API (hc<AppType>), as the client's sections call them. */
export type ApiRoutes = ReturnType<typeof apiRoutes>;
