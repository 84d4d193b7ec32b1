/**
 * « Foyer », in the settings: create a household (its name, how it sees you) or join one with a
 * code (start-household.tsx); once in, « Coloc ▾ » when in several, the shown one's members (an
 * owner may remove one, each asked first), another invite to pass on (link and code), and
 * « Quitter », asked first; in Supabase mode, « Un autre foyer » to create or join one more. The
 * households are read from the server when the panel opens and remembered on the phone.
 */
import { useState } from 'preact/hooks';
import { left } from '../base/household-list.ts';
import { changeKept, useHousehold } from '../base/household-memory.ts';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi, type Invite } from '../data/api/households.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { HouseholdSwitcher } from './household-switcher.tsx';
import { refreshHouseholds } from './household-sync.ts';
import { InviteBox } from './invite-box.tsx';
import { refusalWords } from './join.ts';
import { type AccountName, useMyName } from './my-name.ts';
import { StartHousehold } from './start-household.tsx';
import '../settings/panels.css';
import './households.css';

export default function HouseholdPanel(props: {
  lang: Lang;
  api: ApiClient;
  onChanged: () => void;
  /** Supabase mode: the account's name, offered as « ton prénom ». */
  accountName?: AccountName;
  /** Supabase mode: a person may be in several households (a local server has one). */
  several?: boolean;
}) {
  const { lang, api, onChanged } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  const calls = householdsApi(api.routes);
  const { household, households } = useHousehold();
  const [myName, setMyName] = useMyName(props.accountName);
  const [invite, setInvite] = useState<{ householdId: string; invite: Invite } | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [said, setSaid] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setSaid(null);
    try {
      await step();
    } finally {
      setBusy(false);
    }
  };
  const start = (
    <StartHousehold
      s={s}
      calls={calls}
      myName={myName}
      busy={busy}
      run={run}
      say={setSaid}
      onCreated={(householdId, first) => {
        // The new household is the one shown now: its first invite is offered with it.
        setInvite({ householdId, invite: first });
        onChanged();
      }}
      onJoined={onChanged}
    />
  );
  const newInvite = () =>
    run(async () => {
      if (!household) return;
      const got = await calls.invite(household.id);
      if (got.kind === 'ok') setInvite({ householdId: household.id, invite: got.value });
      else setSaid({ text: got.kind === 'offline' ? s.needsNetwork : refusalWords(got, s), ok: false });
    });
  const remove = (memberId: string) =>
    run(async () => {
      if (!household) return;
      setAsking(null);
      const got = await calls.removeMember(household.id, memberId);
      if (got.kind !== 'ok') {
        setSaid({ text: got.kind === 'offline' ? s.needsNetwork : s.refused(got.message), ok: false });
        return;
      }
      if (memberId === household.me) {
        // Left this one: the others stay, and one of them is shown.
        changeKept((kept) => left(kept, household.id));
        setInvite(null);
        setSaid({ text: s.left, ok: true });
      } else await refreshHouseholds(api);
      onChanged();
    });
  const myNameField = (
    <label class="my-name">
      {s.yourName}
      <input
        type="text"
        autocomplete="given-name"
        value={myName}
        onInput={(e) => setMyName((e.target as HTMLInputElement).value)}
      />
    </label>
  );

  const meOwner = household?.members.find((m) => m.id === household.me)?.role === 'owner';
  return (
    <details
      class="settings household"
      onToggle={(e) => (e.target as HTMLDetailsElement).open && void refreshHouseholds(api)}
    >
      <summary>{s.panelTitle}</summary>
      {said && (
        <p class={said.ok ? 'notice' : 'message'} role={said.ok ? 'status' : 'alert'}>
          {said.text}
        </p>
      )}
      {!household && (
        <>
          {myNameField}
          {start}
        </>
      )}
      {household && (
        <>
          <HouseholdSwitcher lang={lang} households={households} shown={household} />
          <h3 dir="auto">{household.name}</h3>
          <ul aria-label={s.members}>
            {household.members.map((m) => (
              <li key={m.id}>
                <span dir="auto">
                  {m.name}
                  {m.id === household.me && ` ${s.you}`}
                  {m.role === 'owner' && <small>{s.owner}</small>}
                </span>
                {meOwner && m.id !== household.me && (
                  <button type="button" aria-label={s.removeLabel(m.name)} onClick={() => setAsking(m.id)}>
                    {s.remove}
                  </button>
                )}
                {asking === m.id && (
                  <div class="confirm" role="alertdialog" aria-labelledby={`remove-${m.id}`}>
                    <p id={`remove-${m.id}`}>{s.removeAsk(m.name)}</p>
                    <button type="button" class="danger" disabled={busy} onClick={() => void remove(m.id)}>
                      {s.remove}
                    </button>
                    <button type="button" onClick={() => setAsking(null)}>
                      {s.cancel}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {invite?.householdId === household.id ? (
            <InviteBox lang={lang} invite={invite.invite} householdName={household.name} />
          ) : (
            <button type="button" disabled={busy} onClick={() => void newInvite()}>
              {s.invite}
            </button>
          )}
          {household.me && (
            <div class="leave">
              <button type="button" class="danger" onClick={() => setAsking('leave')}>
                {s.leave}
              </button>
              {asking === 'leave' && (
                <div class="confirm" role="alertdialog" aria-labelledby="leave-ask">
                  <p id="leave-ask">{s.leaveAsk(household.name)}</p>
                  <button
                    type="button"
                    class="danger"
                    disabled={busy}
                    onClick={() => void remove(household.me ?? '')}
                  >
                    {s.leave}
                  </button>
                  <button type="button" onClick={() => setAsking(null)}>
                    {s.cancel}
                  </button>
                </div>
              )}
            </div>
          )}
          {props.several && (
            <details class="another-household">
              <summary>{s.anotherTitle}</summary>
              {myNameField}
              {start}
            </details>
          )}
        </>
      )}
    </details>
  );
}
