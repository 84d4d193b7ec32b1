/**
 * « Ton prénom », as the household will see you: in Supabase mode filled with the account's name
 * (its profile's, else its e-mail's first part: shared's accountName) once signed in, and
 * editable; never overwriting what the person already typed. Empty in local mode.
 */
import { useEffect, useState } from 'preact/hooks';

export type AccountName = () => Promise<string | null>;

export function useMyName(accountName: AccountName | undefined) {
  const [myName, setMyName] = useState('');
  useEffect(() => {
    let live = true;
    void accountName?.().then((name) => {
      if (live && name) setMyName((typed) => typed || name);
    });
    return () => {
      live = false;
    };
  }, [accountName]);
  return [myName, setMyName] as const;
}
