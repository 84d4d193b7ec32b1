/**
 * « Partagé avec [foyer] » on the capture screen, shown once the phone is in a household: on,
 * every note recorded or typed from then on is the household's bill (the first screen reads the
 * choice at each recording); remembered across reloads.
 */
import type { Household } from '@voicetrack/shared';
import { setSharing } from '../base/household-memory.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import './households.css';

export default function SharedSwitch(props: { lang: Lang; household: Household; sharing: boolean }) {
  const { lang, household, sharing } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  return (
    <div class="shared-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={sharing}
          aria-checked={sharing}
          {...(sharing ? { 'aria-describedby': 'shared-hint' } : {})}
          onChange={(e) => setSharing((e.target as HTMLInputElement).checked ? household.id : null)}
        />
        <span dir="auto">{s.sharedWith(household.name)}</span>
      </label>
      {sharing && <small id="shared-hint">{s.sharedHint}</small>}
    </div>
  );
}
