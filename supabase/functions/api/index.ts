/** Supabase Edge Function `api`: the Deno entry of the edge (edge/src/deno.ts), nothing else. */
import '@voicetrack/edge/deno.ts';
