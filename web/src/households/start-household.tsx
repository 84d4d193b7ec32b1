/**
 * Create a household (its name, how it sees you) or join one with a code: the « Foyer » panel's
 * forms, for a phone in none, and in Supabase mode under « Un autre foyer » for a person already
 * in one (a person may be in several; a local server has one household, so it is not offered).
 */
import { useState } from 'preact/hooks';
import { added } from '../base/household-list.ts';
import { changeKept } from '../base/household-memory.ts';
import type { HouseholdsApi, Invite } from '../data/api/households.ts';
import type { HouseholdStrings } from '../i18n/households.ts';
import { joinWith } from './join.ts';

const field = (e: Event) => (e.target as HTMLInputElement).value;

export function StartHousehold(props: {
  s: HouseholdStrings;
  calls: HouseholdsApi;
  myName: string;
  busy: boolean;
  /** Runs a step with the panel busy and its last words cleared. */
  run: (step: () => Promise<void>) => Promise<void>;
  say: (said: { text: string; ok: boolean }) => void;
  /** A household made here (now the one shown), with its first invite to pass on. */
  onCreated: (householdId: string, invite: Invite) => void;
  onJoined: () => void;
}) {
  const { s, calls, myName, busy, run, say } = props;
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const create = () =>
    run(async () => {
      const got = await calls.create(name.trim(), myName.trim());
      if (got.kind === 'ok') {
        const { invite: first, ...made } = got.value;
        changeKept((kept) => added(kept, made));
        setName('');
        props.onCreated(made.id, first);
      } else say({ text: got.kind === 'offline' ? s.needsNetwork : s.refused(got.message), ok: false });
    });
  const join = () =>
    run(async () => {
      const joined = await joinWith(calls, code, myName, s);
      if (joined.kind === 'joined') {
        say({ text: s.joined(joined.household.name), ok: true });
        setCode('');
        props.onJoined();
      } else say({ text: joined.offline ? s.needsNetwork : joined.say, ok: false });
    });
  return (
    <>
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
  );
}
