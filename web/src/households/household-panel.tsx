/**
 * « Foyer », in the settings: create a household (its name, how it sees you) or join one with a
 * code; once in, its members (an owner may remove one, each asked first), another invite to pass
 * on (link and code), and « Quitter le foyer », asked first. The household is read from the server
 * when the panel opens and remembered on the phone.
 */
import { useState } from 'preact/hooks';
import { rememberHousehold, useHousehold } from '../base/household-memory.ts';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi, type Invite } from '../data/api/households.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { refreshHousehold } from './household-sync.ts';
import { InviteBox } from './invite-box.tsx';
import { joinWith, refusalWords } from './join.ts';
import { type AccountName, useMyName } from './my-name.ts';
import '../settings/panels.css';
import './households.css';

const field = (e: Event) => (e.target as HTMLInputElement).value;

export default function HouseholdPanel(props: {
  lang: Lang;
  api: ApiClient;
  onChanged: () => void;
  /** Supabase mode: the account's name, offered as « ton prénom ». */
  accountName?: AccountName;
}) {
  const { lang, api, onChanged } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  const calls = householdsApi(api.routes);
  const { household } = useHousehold();
  const [name, setName] = useState('');
  const [myName, setMyName] = useMyName(props.accountName);
  const [code, setCode] = useState('');
  const [invite, setInvite] = useState<Invite | null>(null);
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
  const create = () =>
    run(async () => {
      const got = await calls.create(name.trim(), myName.trim());
      if (got.kind === 'ok') {
        const { invite: first, ...made } = got.value;
        rememberHousehold(made);
        setInvite(first);
        onChanged();
      } else setSaid({ text: got.kind === 'offline' ? s.needsNetwork : s.refused(got.message), ok: false });
    });
  const join = () =>
    run(async () => {
      const joined = await joinWith(calls, code, myName, s);
      if (joined.kind === 'joined') {
        setSaid({ text: s.joined(joined.household.name), ok: true });
        setCode('');
        onChanged();
      } else setSaid({ text: joined.offline ? s.needsNetwork : joined.say, ok: false });
    });
  const newInvite = () =>
    run(async () => {
      if (!household) return;
      const got = await calls.invite(household.id);
      if (got.kind === 'ok') setInvite(got.value);
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
        rememberHousehold(null);
        setInvite(null);
        setSaid({ text: s.left, ok: true });
      } else await refreshHousehold(api);
      onChanged();
    });

  const meOwner = household?.members.find((m) => m.id === household.me)?.role === 'owner';
  return (
    <details
      class="settings household"
      onToggle={(e) => (e.target as HTMLDetailsElement).open && void refreshHousehold(api)}
    >
      <summary>{s.panelTitle}</summary>
      {said && (
        <p class={said.ok ? 'notice' : 'message'} role={said.ok ? 'status' : 'alert'}>
          {said.text}
        </p>
      )}
      {!household && (
        <>
          <label class="my-name">
            {s.yourName}
            <input
              type="text"
              autocomplete="given-name"
              value={myName}
              onInput={(e) => setMyName(field(e))}
            />
          </label>
          <h3>{s.createTitle}</h3>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label>
              {s.householdName}
              <input type="text" value={name} onInput={(e) => setName(field(e))} />
            </label>
            <button type="submit" class="primary" disabled={busy || !name.trim() || !myName.trim()}>
              {s.create}
            </button>
          </form>
          <h3>{s.joinTitle}</h3>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void join();
            }}
          >
            <label>
              {s.code}
              <input type="text" autocomplete="off" value={code} onInput={(e) => setCode(field(e))} />
            </label>
            <button type="submit" disabled={busy || !code.trim() || !myName.trim()}>
              {s.join}
            </button>
          </form>
        </>
      )}
      {household && (
        <>
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
          {invite ? (
            <InviteBox lang={lang} invite={invite} householdName={household.name} />
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
        </>
      )}
    </details>
  );
}
