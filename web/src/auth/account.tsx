/**
 * Supabase mode's account panel (loaded with the sign-in, never in local mode): sign in with an
 * emailed code or its link, or go on without an account; an anonymous user may add an email
 * later and keep everything; signing out asks first when something is not sent yet.
 */
import { useEffect, useState } from 'preact/hooks';
import { ACCOUNT_STRINGS } from '../i18n/account.ts';
import type { Lang } from '../i18n/index.ts';
import type { Auth, AuthView } from './supabase-auth.ts';
import './account.css';

export interface AccountProps {
  lang: Lang;
  auth: Auth;
  /** Notes and changes on this phone that the server does not have yet. */
  unsent: number;
  signOut: () => Promise<void>;
}

type Step = { kind: 'idle' } | { kind: 'code'; email: string } | { kind: 'confirm_sign_out' };

export default function Account({ lang, auth, unsent, signOut }: AccountProps) {
  const a = ACCOUNT_STRINGS[lang];
  const [view, setView] = useState<AuthView>(auth.view());
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => auth.subscribe(setView), [auth]);

  const run = async (work: () => Promise<void>, done?: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
      if (done) setMessage({ text: done, error: false });
    } catch (error) {
      setMessage({ text: a.failed(error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const upgrading = view.status === 'signed_in' && view.anonymous;
  const emailForm = (
    <form
      class="account-form"
      onSubmit={(e) => {
        e.preventDefault();
        const address = email.trim();
        void run(async () => {
          await (upgrading ? auth.addEmail(address) : auth.sendCode(address));
          setCode('');
          setStep({ kind: 'code', email: address });
        });
      }}
    >
      <label>
        {a.email}
        <input
          type="email"
          required
          autoComplete="email"
          value={email}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {upgrading ? a.addEmail : a.sendCode}
      </button>
    </form>
  );
  const codeForm = step.kind === 'code' && (
    <form
      class="account-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          async () => {
            await (upgrading
              ? auth.confirmEmail(step.email, code.trim())
              : auth.verifyCode(step.email, code.trim()));
            setStep({ kind: 'idle' });
          },
          upgrading ? a.emailAdded : undefined,
        );
      }}
    >
      <p>{a.codeSent(step.email)}</p>
      <label>
        {a.code}
        <input
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          onInput={(e) => setCode((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {upgrading ? a.confirmEmail : a.verify}
      </button>
    </form>
  );
  const feedback = message && (
    <p class={message.error ? 'message' : 'ok'} role={message.error ? 'alert' : 'status'}>
      {message.text}
    </p>
  );

  if (view.status === 'loading') return null;
  if (view.status === 'signed_out')
    return (
      <section class="account card" aria-labelledby="account-title">
        <h2 id="account-title">{a.signInTitle}</h2>
        <p>{unsent > 0 ? a.waitingForSignIn(unsent) : a.signInWhy}</p>
        {step.kind === 'code' ? codeForm : emailForm}
        <button
          type="button"
          class="link"
          disabled={busy}
          onClick={() => void run(() => auth.continueWithoutAccount())}
        >
          {a.withoutAccount}
        </button>
        {feedback}
      </section>
    );

  const doSignOut = () => run(signOut);
  return (
    <details class="account">
      <summary>{a.title}</summary>
      <p>{view.anonymous ? a.anonymous : a.signedInAs(view.email ?? '')}</p>
      {view.anonymous && (
        <>
          <p>{a.addEmailWhy}</p>
          {step.kind === 'code' ? codeForm : emailForm}
        </>
      )}
      {step.kind === 'confirm_sign_out' ? (
        <div role="alertdialog" aria-labelledby="sign-out-warning" class="confirm">
          <p id="sign-out-warning">
            {unsent > 0 && a.signOutUnsent(unsent)} {view.anonymous && a.signOutAnonymous}
          </p>
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            {a.cancel}
          </button>
          <button type="button" class="danger" disabled={busy} onClick={() => void doSignOut()}>
            {a.signOutConfirm}
          </button>
        </div>
      ) : (
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            unsent > 0 || view.anonymous ? setStep({ kind: 'confirm_sign_out' }) : void doSignOut()
          }
        >
          {a.signOut}
        </button>
      )}
      {feedback}
    </details>
  );
}
