/**
 * Supabase mode's sign-in, loaded only there and only after the capture screen is up: the
 * supabase-js client, email one-time code or magic link, "continue without an account"
 * (anonymous sign-in, upgradable to an email later with the same user and data), the token for
 * the outbox (refreshed first when it is about to expire), and Realtime changes of the user's
 * expenses.
 */
import { createClient, type Session, type SupabaseClient } from '@supabase/supabase-js';
import { accountName } from '@voicetrack/shared';
import type { VoiceTrackDb } from '../data/db.ts';
import { saveSessionToken } from '../data/session-token.ts';
import { watchExpenseChanges } from './realtime-changes.ts';

export interface AuthView {
  status: 'loading' | 'signed_out' | 'signed_in';
  userId: string | null;
  email: string | null;
  /** The account's name (its profile's, else its e-mail's first part), for « ton prénom ». */
  name: string | null;
  anonymous: boolean;
}

export interface Auth {
  view(): AuthView;
  subscribe(listener: (view: AuthView) => void): () => void;
  /** The bearer header for an API request, refreshing an expiring session first; null when signed out. */
  headers(): Promise<Record<string, string> | null>;
  sendCode(email: string): Promise<void>;
  verifyCode(email: string, code: string): Promise<void>;
  continueWithoutAccount(): Promise<void>;
  /** An anonymous user adds an email: a code confirms it, the user and the data stay. */
  addEmail(email: string): Promise<void>;
  confirmEmail(email: string, code: string): Promise<void>;
  signOut(): Promise<void>;
  /** Realtime: one of the user's expenses added or changed elsewhere (deletes: see watchExpenses). */
  onRemoteChange(listener: () => void): () => void;
  /** The account's name once signed in (AuthView.name; null for an account without one). */
  accountName(): Promise<string | null>;
  /** The households whose bills Realtime brings too (the page's, after each read of them). */
  watchHouseholds(ids: readonly string[]): void;
}

/** A refusal from Supabase Auth, with its message for the person. */
export class AuthFailure extends Error {}

const viewOf = (session: Session | null): AuthView =>
  session
    ? {
        status: 'signed_in',
        userId: session.user.id,
        email: session.user.email || null,
        name: accountName({ userMetadata: session.user.user_metadata, email: session.user.email }),
        anonymous: session.user.is_anonymous === true,
      }
    : { status: 'signed_out', userId: null, email: null, name: null, anonymous: false };

export function createAuth(options: {
  url: string;
  key: string;
  db: VoiceTrackDb;
  /** Signed in (or the session changed hands): release the notes that waited for it. */
  onSignedIn: () => void;
}): Auth {
  const client: SupabaseClient = createClient(options.url, options.key, {
    auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: true, flowType: 'implicit' },
  });
  let view: AuthView = { status: 'loading', userId: null, email: null, name: null, anonymous: false };
  const listeners = new Set<(view: AuthView) => void>();
  const remoteListeners = new Set<() => void>();
  let unwatch: (() => void) | null = null;
  let households: readonly string[] = [];

  // One channel for the signed-in user's rows and their households' bills, made again when
  // either changes.
  const watchExpenses = (userId: string | null) => {
    unwatch?.();
    unwatch = null;
    if (!userId) return;
    unwatch = watchExpenseChanges(client, userId, households, () => {
      for (const l of remoteListeners) l();
    });
  };

  const apply = async (session: Session | null) => {
    const next = viewOf(session);
    const signedIn = next.userId !== null && next.userId !== view.userId;
    const changedUser = next.userId !== view.userId;
    view = next;
    await saveSessionToken(
      options.db,
      session
        ? {
            accessToken: session.access_token,
            expiresAt: (session.expires_at ?? 0) * 1000,
            userId: session.user.id,
          }
        : null,
    );
    if (changedUser) {
      // Another person's households are read again by the page (watchHouseholds) once it refreshes.
      households = [];
      watchExpenses(next.userId);
    }
    for (const l of listeners) l(view);
    if (signedIn) options.onSignedIn();
  };

  client.auth.onAuthStateChange((_event, session) => {
    // Never await Supabase calls inside this callback (it holds the client's lock).
    setTimeout(() => void apply(session), 0);
  });

  const fail = (error: { message: string } | null) => {
    if (error) throw new AuthFailure(error.message);
  };
  const redirectTo = () => `${location.origin}/`;

  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async headers() {
      // getSession refreshes a session that has expired or is about to.
      const { data } = await client.auth.getSession();
      const session = data.session;
      if (!session) return null;
      await saveSessionToken(options.db, {
        accessToken: session.access_token,
        expiresAt: (session.expires_at ?? 0) * 1000,
        userId: session.user.id,
      });
      return { authorization: `Bearer ${session.access_token}` };
    },
    async sendCode(email) {
      const { error } = await client.auth.signInWithOtp({
        email,
        options: { shouldCreateUser: true, emailRedirectTo: redirectTo() },
      });
      fail(error);
    },
    async verifyCode(email, code) {
      const { error } = await client.auth.verifyOtp({ email, token: code, type: 'email' });
      fail(error);
    },
    async continueWithoutAccount() {
      const { error } = await client.auth.signInAnonymously();
      fail(error);
    },
    async addEmail(email) {
      const { error } = await client.auth.updateUser({ email }, { emailRedirectTo: redirectTo() });
      fail(error);
    },
    async confirmEmail(email, code) {
      const { error } = await client.auth.verifyOtp({ email, token: code, type: 'email_change' });
      fail(error);
      // The same user, now with an email: refresh what the page shows.
      const { data } = await client.auth.refreshSession();
      await apply(data.session);
    },
    async signOut() {
      // Local scope: this device only; a network failure still signs out here.
      await client.auth.signOut({ scope: 'local' });
    },
    onRemoteChange(listener) {
      remoteListeners.add(listener);
      return () => remoteListeners.delete(listener);
    },
    accountName() {
      // Signed out (an invite opened before signing in): the name comes once signed in.
      if (view.status === 'signed_in') return Promise.resolve(view.name);
      return new Promise((resolve) => {
        const done = (next: AuthView) => {
          if (next.status !== 'signed_in') return;
          listeners.delete(done);
          resolve(next.name);
        };
        listeners.add(done);
      });
    },
    watchHouseholds(ids) {
      if ([...ids].sort().join() === [...households].sort().join()) return;
      households = [...ids];
      watchExpenses(view.userId);
    },
  };
}
