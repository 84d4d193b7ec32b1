/**
 * « Coloc ▾ »: which of the person's households the screens show (« Partagé avec », « Qui doit
 * quoi », the month's filter, the household's budgets, the panel), remembered on the phone, so it
 * switches offline too. Nothing with one household (its name is already said beside it).
 */
import type { Household } from '@voicetrack/shared';
import { chose } from '../base/household-list.ts';
import { changeKept } from '../base/household-memory.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import './households.css';

export function HouseholdSwitcher(props: { lang: Lang; households: readonly Household[]; shown: Household }) {
  const { lang, households, shown } = props;
  if (households.length < 2) return null;
  return (
    <label class="household-switcher">
      <span class="visually-hidden">{HOUSEHOLD_STRINGS[lang].shownHousehold}</span>
      <select
        value={shown.id}
        onChange={(e) => {
          const id = (e.target as HTMLSelectElement).value;
          changeKept((kept) => chose(kept, id));
        }}
      >
        {households.map((h) => (
          <option key={h.id} value={h.id} dir="auto">
            {h.name}
          </option>
        ))}
      </select>
    </label>
  );
}
