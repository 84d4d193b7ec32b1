/**
 * The only place the PWA — the page and its service worker — calls the API: the typed routes
 * (routes.ts), whose inputs and outputs are the shared schemas. Every answer is checked
 * against the same schemas where it enters the PWA and read as one `Answer` (answer.ts): a body
 * that does not match (a captive portal's page, a proxy's error) is no answer, never stored as an
 * expense. Nothing here throws on a network error: the outcome says what happened.
 */
import {
  type CaptureResult,
  CaptureResultSchema,
  EventTicketSchema,
  type Expense,
  type ExpenseEdited,
  ExpenseEditedSchema,
  type ExpenseList,
  ExpenseListSchema,
  type ExpensePatchSchema,
  type ImportReport,
  ImportReportSchema,
} from '@voicetrack/shared';
import type * as v from 'valibot';
import type { Note, Op } from '../db.ts';
import { isoWithOffset } from '../time.ts';
import { type Answer, okValue, readAnswer, readFile } from './answer.ts';
import { doorsApi } from './doors.ts';
import { moneyApi } from './money.ts';
import { type ApiOptions, type ApiRoutes, apiRoutes } from './routes.ts';

export type { ApiOptions } from './routes.ts';
export type ApiClient = ReturnType<typeof createApiClient>;

/** A request's options: `signal` gives it up (the outbox's time for an answer: outbox-machine.ts). */
const within = (signal: AbortSignal | undefined) => (signal ? { init: { signal } } : undefined);

const extensionOf = (mime: string) => (mime.includes('mp4') ? 'm4a' : mime.includes('ogg') ? 'ogg' : 'webm');

export function createApiClient(options: ApiOptions) {
  const client: ApiRoutes = apiRoutes(options);

  return {
    /** Whether requests can go now (Supabase mode: someone is signed in). */
    async ready(): Promise<boolean> {
      return !options.headers || (await options.headers()) !== null;
    },

    /**
     * One note: multipart for voice (`audio`: its parts, in order), JSON for text; given up, as no
     * answer, when `signal` aborts.
     */
    sendNote(
      note: Note,
      audio: readonly ArrayBuffer[] = [],
      signal?: AbortSignal,
    ): Promise<Answer<CaptureResult>> {
      const context = {
        clientId: note.id,
        recordedAt: note.recordedAt,
        timezone: note.timezone,
        locale: note.locale,
        ...(note.currency ? { currency: note.currency } : {}),
      };
      // « Partagé avec [foyer] » was on: the note (or the ticket's photo) is the household's bill.
      const shared = note.householdId ? { householdId: note.householdId } : {};
      if (note.kind === 'text') {
        const json = {
          text: note.text ?? '',
          ...context,
          ...shared,
          ...(note.confirm ? { confirm: true } : {}),
          ...(note.asExpense ? { asExpense: true } : {}),
        };
        return readAnswer(() => client.text.$post({ json }, within(signal)), CaptureResultSchema);
      }
      if (note.kind === 'receipt') {
        const type = note.mimeType ?? 'image/jpeg';
        const form = {
          image: new File(audio as ArrayBuffer[], 'receipt.jpg', { type }),
          ...context,
          ...shared,
          ...(note.confirm ? { confirm: 'true' as const } : {}),
          // What Tesseract read here: the server's words when it has no model of its own.
          ...(note.text ? { text: note.text } : {}),
        };
        return readAnswer(() => client.receipts.$post({ form }, within(signal)), CaptureResultSchema);
      }
      const mime = note.mimeType ?? 'audio/webm';
      const audioFile = new File(audio as ArrayBuffer[], `note.${extensionOf(mime)}`, { type: mime });
      const form = {
        audio: audioFile,
        ...context,
        ...shared,
        ...(note.confirm ? { confirm: 'true' as const } : {}),
        // The browser's own words ride along: the note's words on a server with no Whisper key.
        ...(note.transcript ? { transcript: note.transcript, transcriptSource: 'browser' as const } : {}),
      };
      return readAnswer(() => client.voice.$post({ form }, within(signal)), CaptureResultSchema);
    },

    /**
     * One queued edit (PATCH with its editedAt: the expense as it now stands) or delete (null). An
     * edit carries when it was made and, `sentAt`, this phone's clock as it goes: the server reads
     * the one by the other, so its time is right whatever this clock says. Given up, as no answer,
     * when `signal` aborts.
     */
    sendOp(op: Op, sentAt = new Date(), signal?: AbortSignal): Promise<Answer<ExpenseEdited | null>> {
      const param = { id: op.expenseId };
      if (op.kind === 'delete')
        return readAnswer(() => client.expenses[':id'].$delete({ param }, within(signal)), null);
      // The outbox keeps the fields as the form gave them; the server checks them like any input.
      const json = {
        ...op.patch,
        editedAt: op.editedAt,
        sentAt: isoWithOffset(sentAt),
      } as v.InferInput<typeof ExpensePatchSchema>;
      return readAnswer(
        () => client.expenses[':id'].$patch({ param, json }, within(signal)),
        ExpenseEditedSchema,
      );
    },

    /** The newest expenses (up to 200), or a household's newest bills, or why not. */
    listExpenses(householdId?: string): Promise<Answer<ExpenseList>> {
      const query = { limit: '200', ...(householdId ? { householdId } : {}) };
      return readAnswer(() => client.expenses.$get({ query }), ExpenseListSchema);
    },

    /**
     * A GET that a screen loaded later makes (the server's health, the taught words): built with
     * this client, its answer checked against the schema the caller brings, so the schema loads
     * with that screen. null when there is no answer that matches.
     */
    async read<T>(
      call: (api: ApiRoutes) => Promise<Response>,
      schema: v.GenericSchema<unknown, T>,
    ): Promise<T | null> {
      return okValue(await readAnswer(() => call(client), schema));
    },

    /** The photo kept with a receipt's expense; null when there is none or no answer (offline). */
    async receiptPhoto(id: string): Promise<Blob | null> {
      try {
        const res = await client.expenses[':id'].photo.$get({ param: { id } });
        const type = res.headers.get('content-type') ?? '';
        return res.ok && type.startsWith('image/') ? await res.blob() : null;
      } catch {
        return null;
      }
    },

    /** Deletes the photo kept with an expense (the expense stays): whether it is gone. */
    async deleteReceiptPhoto(id: string): Promise<boolean> {
      const answer = await readAnswer(() => client.expenses[':id'].photo.$delete({ param: { id } }), null);
      // Already gone is gone.
      return answer.kind === 'ok' || (answer.kind === 'refused' && answer.status === 404);
    },

    /** Imports a JSON export: the report, or why not. */
    importExport(file: unknown): Promise<Answer<ImportReport>> {
      return readAnswer(
        () => client.import.$post({ json: file as Parameters<typeof client.import.$post>[0]['json'] }),
        ImportReportSchema,
      );
    },

    /**
     * A download (CSV or JSON export) fetched with the request's token (a paired phone's, a
     * signed-in user's), as a file: a plain link would carry none, and the browser would drop a
     * refused download without a word.
     */
    download(kind: 'csv-fr' | 'csv' | 'json', range: { from: string; to: string }): Promise<Answer<Blob>> {
      if (kind === 'json') return readFile(() => client['export.json'].$get(), /json/);
      const query = { ...range, ...(kind === 'csv' ? { format: 'standard' as const } : {}) };
      return readFile(() => client['export.csv'].$get({ query }), /text\/csv/);
    },

    /**
     * The server's change stream (local mode). A paired phone first gets a short-lived ticket
     * (EventSource sends no header; the token never goes into a URL): the ticket's refusal when
     * none was given (a revoked phone's 401).
     */
    async eventsUrl(paired = false): Promise<Answer<string>> {
      const url = client.events.$url();
      if (!paired) return { kind: 'ok', value: url.toString() };
      const got = await readAnswer(() => client.events.ticket.$post(), EventTicketSchema);
      if (got.kind !== 'ok') return got;
      url.searchParams.set('ticket', got.value.ticket);
      return { kind: 'ok', value: url.toString() };
    },

    /** The typed routes, for a section that loads with its screen (statements.ts, with the month). */
    routes: client,

    ...doorsApi(client),
    ...moneyApi(client),
  };
}

/** The expense the answer to an edit carries, without what is not an expense. */
export const expenseOf = ({ lost: _lost, ...expense }: ExpenseEdited): Expense => expense;
