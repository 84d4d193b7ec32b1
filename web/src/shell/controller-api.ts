/** What the screen can ask of the controller (controller.ts wires it): the components only render. */
import type { Expense, ExpenseEdits } from '@voicetrack/shared';
import type { Auth } from '../auth/supabase-auth.ts';
import type { CaptureSession } from '../capture/capture-session.ts';
import type { SpeechControl } from '../capture/speech-control.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import type { ChangeRefusal } from '../data/refused-change.ts';
import type { Notice } from '../doors/arrival.ts';
import type { Listed } from '../expenses/provisional.ts';
import type { Lang } from '../i18n/index.ts';
import type { OutboxActions } from './outbox-actions.ts';
import type { ReceiptActions } from './receipt-actions.ts';

export interface Controller extends ReceiptActions, OutboxActions {
  db: VoiceTrackDb;
  lang: Lang;
  setLang(lang: Lang): Lang;
  /**
   * The recording, begun on the first screen or here (the record button is the session's); each
   * note it saves is handed to `noteSaved`, those saved before the app loaded too.
   */
  capture: CaptureSession;
  /** The browser's speech recognition: whether there is one, whether it is used, where it runs. */
  speech: SpeechControl;
  /** "Confirmer avant d'enregistrer" (off by default, kept on this device). */
  confirmFirst: boolean;
  setConfirmFirst(on: boolean): boolean;
  /** Accepts an expense that waited for confirmation. */
  accept(expense: Listed): Promise<void>;

  /** The default currency this device sends with its notes; null: the server's. */
  currency: string | null;
  setCurrency(currency: string | null): string | null;
  /**
   * An edit lost fields to a newer change made elsewhere, or (`refused`) the server refused its
   * payer or shares (from this page's flushes and the worker's).
   */
  onEditLost(listener: (expense: Expense, fields: string[], refused?: ChangeRefusal) => void): () => void;
  /** Fixes fields of an expense now (an unsent one too), and queues the change for the server. */
  edit(expense: Listed, patch: ExpenseEdits): Promise<void>;
  /** Deletes now (an unsent row: from its note); resolves with the undo (until the delete is sent). */
  remove(expense: Listed): Promise<() => Promise<boolean>>;
  onUpdateReady(listener: () => void): () => void;
  /** A budget alert was tapped while the app was open: show the month (of `month`, else this one). */
  onOpenView(listener: (month: string | undefined) => void): void;
  applyUpdate(): void;
  /** Supabase mode: the sign-in, loaded after the first screen. null in local mode. */
  auth: Promise<Auth> | null;
  /** The API (with, in Supabase mode, the user's token). */
  api: ApiClient;
  /** Forgets this device's notes, changes and copy of the expenses, then signs out. */
  signOut(): Promise<void>;
  /** What the app was opened with (a pairing link, a share), to tell the person; null: nothing. */
  arrival: Promise<Notice | null>;
  /** This phone was just paired: what waited for it goes now. */
  paired(): void;
  /** Reads the list (and the household) from the server again: the household changed. */
  refresh(): void;
  /** Supabase mode: the account's name, to offer as « ton prénom »; null in local mode or without one. */
  accountName(): Promise<string | null>;
  /** A repayment was recorded in a household (heard from the server): its balances changed. */
  onHouseholdNews(listener: () => void): () => void;
}
