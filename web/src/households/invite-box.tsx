/**
 * An invite as the person passes it on: the link (the app opens it and asks « Rejoindre le foyer
 * X ? », X the name the server holds for its code: a link carries only its code, in the fragment)
 * and the code to type, with « Partager l'invitation » where the phone has a share sheet, else « Copier le lien ».
 */
import { useState } from 'preact/hooks';
import type { Invite } from '../data/api/households.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';

export function InviteBox(props: { lang: Lang; invite: Invite; householdName: string }) {
  const { lang, invite, householdName } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  const [copied, setCopied] = useState(false);
  const url = invite.url;
  const until = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(invite.expiresAt),
  );
  const share = async () => {
    if (navigator.share) {
      // Closed without sharing is no error to show.
      await navigator
        .share({ title: s.shareText(householdName), text: s.shareText(householdName), url })
        .catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  return (
    <div class="invite">
      <p>{s.inviteSays(until)}</p>
      <p>
        {s.inviteLink}
        {lang === 'fr' ? '\u00a0: ' : ': '}
        <code data-invite-link>{url}</code>
      </p>
      <p>
        {s.inviteCode}
        {lang === 'fr' ? '\u00a0: ' : ': '}
        <code data-invite-code>{invite.code}</code>
      </p>
      <div class="invite-actions">
        <button type="button" class="primary" onClick={() => void share()}>
          {'share' in navigator ? s.shareInvite : s.copyLink}
        </button>
      </div>
      {copied && <p role="status">{s.copied}</p>}
    </div>
  );
}
