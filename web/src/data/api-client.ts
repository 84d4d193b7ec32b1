/**
 * The only place the PWA — the page and its service worker — calls the API: a `hc<AppType>`
 * client typed from the edge's routes, whose inputs and outputs are the shared schemas. Every
 * answer is checked against the same schemas where it enters the PWA: a body that does not match
 * (a captive portal's page, a proxy's error) is treated as no answer, never stored as an expense.
 * Nothing here throws on a network error: the outcome says what happened.
 */
import type { AppType } from '@voicetrack/edge';
import {
  type CaptureResult,
  CaptureResultSchema,
  type ErrorBody,
  ErrorBodySchema,
  EventTicketSchema,
  type Expense,
  type ExpenseList,
  ExpenseListSchema,
  type ExpensePatchSchema,
  ExpenseSchema,
  type ImportReport,
  ImportReportSchema,
} from '@voicetrack/shared';
import { hc } from 'hono/client';
import * as v from 'valibot';
import { doorsApi } from './api-doors.ts';
import { moneyApi } from './api-money.ts';
import type { Note, Op } from './db.ts';

export type Answer<T> =
  | { kind: 'response'; status: number; retryAfterSeconds: number | null; body: T | ErrorBody | null }
  | { kind: 'network_error'; message: string };

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

export type ApiClient = ReturnType<typeof createApiClient>;
/** The typed routes of the API (hc<AppType>), as the sections below call them. */
export type ApiRoutes = ReturnType<typeof hc<AppType>>['api'];

const extensionOf = (mime: string) => (mime.includes('mp4') ? 'm4a' : mime.includes('ogg') ? 'ogg' : 'webm');
const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads an answer: its body checked against `schema` when 2xx, against the error shape otherwise. */
export async function answer<T>(
  call: () => Promise<Response>,
  schema: v.GenericSchema<unknown, T> | null,
): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await call();
  } catch (error) {
    return { kind: 'network_error', message: errorMessage(error) };
  }
  const retryAfter = Number(res.headers.get('retry-after'));
  let body: T | ErrorBody | null = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      // A cut response: no body to read. The request is sent again; the server answers it once.
      return { kind: 'network_error', message: 'the answer was cut off' };
    }
    const expected = res.ok && schema ? v.safeParse(schema, json) : v.safeParse(ErrorBodySchema, json);
    body = expected.success ? (expected.output as T | ErrorBody) : null;
  }
  return {
    kind: 'response',
    status: res.status,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    body,
  };
}

/** What PATCH answers: the expense as it now stands, and the fields a newer edit kept. */
const EditedSchema = v.object({
  ...ExpenseSchema.entries,
  lost: v.optional(v.array(v.string())),
});
export type Edited = v.InferOutput<typeof EditedSchema>;

export function createApiClient(options: ApiOptions) {
  const base = options.baseUrl || globalThis.location.origin;
  const client = hc<AppType>(base, {
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    headers: async () => (options.headers ? ((await options.headers()) ?? {}) : {}),
  }).api;

  return {
    /** Whether requests can go now (Supabase mode: someone is signed in). */
    async ready(): Promise<boolean> {
      return !options.headers || (await options.headers()) !== null;
    },

    /** One note: multipart for voice (`audio`: its parts, in order), JSON for text. */
    sendNote(note: Note, audio: readonly ArrayBuffer[] = []): Promise<Answer<CaptureResult>> {
      const context = {
        clientId: note.id,
        recordedAt: note.recordedAt,
        timezone: note.timezone,
        locale: note.locale,
        ...(note.currency ? { currency: note.currency } : {}),
      };
      if (note.kind === 'text') {
        const json = { text: note.text ?? '', ...context, ...(note.confirm ? { confirm: true } : {}) };
        return answer(() => client.text.$post({ json }), CaptureResultSchema);
      }
      const mime = note.mimeType ?? 'audio/webm';
      const audioFile = new File(audio as ArrayBuffer[], `note.${extensionOf(mime)}`, { type: mime });
      const form = {
        audio: audioFile,
        ...context,
        ...(note.confirm ? { confirm: 'true' as const } : {}),
        // The browser's own words ride along: the note's words on a server with no Whisper key.
        ...(note.transcript ? { transcript: note.transcript, transcriptSource: 'browser' as const } : {}),
      };
      return answer(() => client.voice.$post({ form }), CaptureResultSchema);
    },

    /** One queued edit (PATCH with its editedAt) or delete. */
    sendOp(op: Op): Promise<Answer<Edited>> {
      const param = { id: op.expenseId };
      if (op.kind === 'delete') return answer(() => client.expenses[':id'].$delete({ param }), null);
      // The outbox keeps the fields as the form gave them; the server checks them like any input.
      const json = { ...op.patch, editedAt: op.editedAt } as v.InferInput<typeof ExpensePatchSchema>;
      return answer(() => client.expenses[':id'].$patch({ param, json }), EditedSchema);
    },

    /** The newest expenses (up to 200), or null when the server could not be read. */
    async listExpenses(): Promise<ExpenseList | null> {
      const got = await answer(() => client.expenses.$get({ query: { limit: '200' } }), ExpenseListSchema);
      return got.kind === 'response' && got.body && 'expenses' in got.body ? got.body : null;
    },

    /**
     * A GET that a screen loaded later makes (the server's health, the taught words): built with
     * this client, its answer checked against the schema the caller brings, so the schema loads
     * with that screen. null when there is no answer that matches.
     */
    async read<T>(
      call: (api: typeof client) => Promise<Response>,
      schema: v.GenericSchema<unknown, T>,
    ): Promise<T | null> {
      const got = await answer(() => call(client), schema);
      return got.kind === 'response' && got.status === 200 ? (got.body as T | null) : null;
    },

    /** Imports a JSON export: the report, or the server's error. */
    async importExport(file: unknown): Promise<ImportReport | ErrorBody | null> {
      const got = await answer(
        () => client.import.$post({ json: file as Parameters<typeof client.import.$post>[0]['json'] }),
        ImportReportSchema,
      );
      return got.kind === 'response' ? got.body : null;
    },

    /** A download (CSV or JSON export) with the request's token, as a file. */
    async download(kind: 'csv-fr' | 'csv' | 'json', range: { from: string; to: string }): Promise<Blob> {
      const res =
        kind === 'json'
          ? await client['export.json'].$get()
          : await client['export.csv'].$get({
              query: { ...range, ...(kind === 'csv' ? { format: 'standard' as const } : {}) },
            });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.blob();
    },

    /** Where a plain link downloads an export (local mode: no token needed); relative on the same origin. */
    downloadUrl(kind: 'csv-fr' | 'csv' | 'json', range: { from: string; to: string }): string {
      const query = { ...range, ...(kind === 'csv' ? { format: 'standard' as const } : {}) };
      const url = kind === 'json' ? client['export.json'].$url() : client['export.csv'].$url({ query });
      return options.baseUrl ? url.href : `${url.pathname}${url.search}`;
    },

    /**
     * The server's change stream (local mode). A paired phone first gets a short-lived ticket
     * (EventSource sends no header; the token never goes into a URL); null when none was given.
     */
    async eventsUrl(paired = false): Promise<string | null> {
      const url = client.events.$url();
      if (!paired) return url.toString();
      const got = await answer(() => client.events.ticket.$post(), EventTicketSchema);
      if (got.kind !== 'response' || !got.body || !('ticket' in got.body)) return null;
      url.searchParams.set('ticket', got.body.ticket);
      return url.toString();
    },

    ...doorsApi(client),
    ...moneyApi(client),
  };
}

/** The expense the answer to an edit carries, without what is not an expense. */
export const expenseOf = ({ lost: _lost, ...expense }: Edited): Expense => expense;
