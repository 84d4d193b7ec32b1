/**
 * « Partagé avec [foyer] » on the capture screen, shown once the phone is in a household: on,
 * every note recorded or typed from then on is the household's bill (the first screen reads the
 * choice at each recording); remembered across reloads. In several households, « Coloc ▾ » above
 * it says which one (switching turns sharing off: a note is never shared with people not chosen).
 */
import type { Household } from '@voicetrack/shared';
import { setSharing } from '../base/household-memory.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { HouseholdSwitcher } from './household-switcher.tsx';
import './households.css';

export default function SharedSwitch(props: {
  lang: Lang;
  household: Household;
  households: readonly Household[];
  sharing: boolean;
}) {
  const { lang, household, households, sharing } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  return (
    <div class="shared-switch">
      <HouseholdSwitcher lang={lang} households={households} shown={household} />
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
