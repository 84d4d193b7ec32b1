/**
 * The name a Supabase account goes by in a household, before the person changes it: the
 * profile's (`full_name`, `name`: what Auth's providers and a sign-up's `data` put in
 * `user_metadata`), else the e-mail's first part in words (« marie.dupont+vt@… » → « Marie
 * Dupont »); null for an account with neither (an anonymous one). The server names a member by it
 * when the request gives no name, and the PWA fills the « ton prénom » field with it.
 */
export interface AccountIdentity {
  userMetadata?: Record<string, unknown> | null | undefined;
  email?: string | null | undefined;
}

const MAX = 60;

const fromEmail = (email: string): string | null => {
  const local = email.split('@')[0]?.split('+')[0] ?? '';
  const words = local
    .split(/[._-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.charAt(0).toLocaleUpperCase('fr') + w.slice(1));
  return words.length > 0 ? words.join(' ') : null;
};

export function accountName(account: AccountIdentity): string | null {
  const meta = account.userMetadata ?? {};
  const given = [meta.full_name, meta.name].find(
    (n): n is string => typeof n === 'string' && n.trim().length > 0,
  );
  const name = given?.trim() ?? (account.email ? fromEmail(account.email) : null);
  return name ? name.slice(0, MAX).trim() : null;
}
