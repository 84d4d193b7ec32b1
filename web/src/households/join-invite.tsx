/**
 * An invite opened as a link (`/#household=<code>`): the app asks « Rejoindre le foyer X ? », X
 * the name the server holds for that code (never words of the link: anyone can write « Famille
 * Martin » beside a code of their own), with the name the household will know you by, then joins.
 * Before the server has said (no network, not signed in yet) it asks « Rejoindre ce foyer ? », and
 * asks the server again once signed in. The link leaves the address once used, refused or
 * declined; with no network, or before the phone is signed in (or paired), it stays, and
 * « Rejoindre » tries again then.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi } from '../data/api/households.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { joinWith, lookUpInvitation } from './join.ts';
import { type AccountName, useMyName } from './my-name.ts';
import './households.css';

const forgetLink = () => history.replaceState(null, '', location.pathname + location.search);

export default function JoinInvite(props: {
  lang: Lang;
  api: ApiClient;
  invitation: { code: string };
  /** Joined (with the words to say), or declined (null). */
  onDone: (said: string | null) => void;
  /** Supabase mode: the account's name, offered as « ton prénom ». */
  accountName?: AccountName;
}) {
  const { lang, api, invitation, onDone } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  const [name, setName] = useMyName(props.accountName);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [spent, setSpent] = useState(false);
  const [held, setHeld] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const calls = householdsApi(api.routes);
    const ask = async () => {
      const invited = await lookUpInvitation(calls, invitation.code, s);
      if (!live) return invited;
      if (invited.kind === 'named') setHeld(invited.name);
      if (invited.kind === 'spent') {
        setSaid(invited.say);
        forgetLink();
        setSpent(true);
      }
      return invited;
    };
    // Not signed in yet (Supabase mode): asked again once the account is there.
    void ask().then(async (invited) => {
      if (invited.kind === 'unsaid' && (await props.accountName?.()) && live) await ask();
    });
    return () => {
      live = false;
    };
  }, [api, invitation.code]);

  const join = async () => {
    setBusy(true);
    const joined = await joinWith(householdsApi(api.routes), invitation.code, name, s);
    setBusy(false);
    if (joined.kind === 'joined') {
      forgetLink();
      onDone(s.joined(joined.household.name));
      return;
    }
    setSaid(joined.say);
    // A refused code will not work later either; an offline try, or one before signing in, may.
    if (!joined.keep) {
      forgetLink();
      setSpent(true);
    }
  };
  const decline = () => {
    forgetLink();
    onDone(null);
  };
  return (
    <section class="join-invite" role="dialog" aria-labelledby="join-title" aria-describedby="join-said">
      <h2 id="join-title" dir="auto">
        {s.joinAsk(held)}
      </h2>
      {said && (
        <p id="join-said" class="message" role="alert">
          {said}
        </p>
      )}
      {!spent && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void join();
          }}
        >
          <label>
            {s.yourName}
            <input
              type="text"
              autocomplete="given-name"
              value={name}
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="primary" disabled={busy || !name.trim()}>
            {s.join}
          </button>
        </form>
      )}
      <button type="button" onClick={decline}>
        {spent ? s.close : s.notNow}
      </button>
    </section>
  );
}
