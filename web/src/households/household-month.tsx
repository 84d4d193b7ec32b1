/**
 * The household's part of the month: « Qui doit quoi » and the filter that says whose expenses
 * the month adds up (« Moi », « Foyer », each member), with what its totals count in words.
 * Loaded with the month, only on a phone in a household.
 */
import type { Household } from '@voicetrack/shared';
import type { ApiClient } from '../data/api/client.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { HouseholdSwitcher } from './household-switcher.tsx';
import type { MonthScope } from './month-scope.ts';
import WhoOwes from './who-owes.tsx';
import './households.css';

export interface HouseholdMonthProps {
  lang: Lang;
  api: ApiClient;
  household: Household;
  /** Every household the person is in: « Coloc ▾ » switches the one shown. */
  households: readonly Household[];
  scope: MonthScope;
  onScope: (scope: MonthScope) => void;
  /** Changes when the household's bills change: the balances are read again. */
  version: string;
}

export default function HouseholdMonth({
  lang,
  api,
  household,
  households,
  scope,
  onScope,
  version,
}: HouseholdMonthProps) {
  const s = HOUSEHOLD_STRINGS[lang];
  const others = household.members.filter((m) => m.id !== household.me);
  const choices: Array<{ key: string; label: string; scope: MonthScope }> = [
    { key: 'me', label: s.scopeMe, scope: { kind: 'me' } },
    { key: 'household', label: s.scopeHousehold, scope: { kind: 'household' } },
    ...others.map((m) => ({ key: m.id, label: m.name, scope: { kind: 'member' as const, memberId: m.id } })),
  ];
  const current = scope.kind === 'member' ? scope.memberId : scope.kind;
  const says =
    scope.kind === 'me'
      ? s.scopeSaysMe
      : scope.kind === 'household'
        ? s.scopeSaysHousehold
        : s.scopeSaysMember(others.find((m) => m.id === scope.memberId)?.name ?? '');
  return (
    <>
      <HouseholdSwitcher lang={lang} households={households} shown={household} />
      {/* Another household shown: its own balances, never the last one's (the switcher keeps its focus). */}
      <WhoOwes key={household.id} lang={lang} api={api} household={household} version={version} />
      <fieldset class="month-scope" aria-describedby="month-scope-says">
        <legend>{s.scopeLabel}</legend>
        <div class="choices">
          {choices.map((c) => (
            <label key={c.key}>
              <input
                type="radio"
                name="month-scope"
                checked={current === c.key}
                onChange={() => onScope(c.scope)}
              />
              <span dir="auto">{c.label}</span>
            </label>
          ))}
        </div>
        <p id="month-scope-says" class="scope-says">
          {says}
        </p>
      </fieldset>
    </>
  );
}
