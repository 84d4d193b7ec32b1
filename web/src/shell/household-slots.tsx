/**
 * Where the household's screens sit in the frame (app.tsx), each loaded on first use and only on a
 * phone in a household or opened by an invite: the invite opened as a link, « Partagé avec » and a
 * repayment's card on the capture screen, « Qui doit quoi » and the month's filter, a bill's split
 * in the list.
 */
import type { Household } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import { type Lazy, useLazy, useLazyComponent } from '../base/hooks.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { Note } from '../data/db.ts';
import type { Listed } from '../expenses/provisional.ts';
import type { MonthScope } from '../households/month-scope.ts';
import type { Lang } from '../i18n/index.ts';

const loadSharedSwitch = () => import('../households/shared-switch.tsx').then((m) => m.default);
const loadSplitLine = () =>
  import('../households/household-words.ts').then(
    (m) => (args: Parameters<typeof m.splitLine>) => m.splitLine(...args),
  );
const loadHouseholdMonth = () => import('../households/household-month.tsx').then((m) => m.default);
const loadJoinInvite = () => import('../households/join-invite.tsx').then((m) => m.default);
const loadSettlementOffer = () => import('../households/settlement-offer.tsx').then((m) => m.default);

const invitationInUrl = () => {
  const params = new URLSearchParams(location.hash.slice(1));
  const code = params.get('household');
  // Only the code: a `&name=` of an older link is never shown (the server says the household's).
  return code ? { code } : null;
};

interface Frame {
  lang: Lang;
  controller: {
    api: ApiClient;
    refresh(): void;
    onHouseholdNews(listener: () => void): () => void;
    accountName(): Promise<string | null>;
  };
}

/** An invite opened as a link (`/#household=<code>`): asked, joined, then gone. */
export function InvitationSlot({ lang, controller, onJoined }: Frame & { onJoined: (said: string) => void }) {
  const [invitation, setInvitation] = useState(invitationInUrl);
  const JoinInvite = useLazyComponent(loadJoinInvite, invitation !== null) as
    | typeof import('../households/join-invite.tsx').default
    | null;
  if (!invitation || !JoinInvite) return null;
  return (
    <JoinInvite
      lang={lang}
      api={controller.api}
      invitation={invitation}
      accountName={controller.accountName}
      onDone={(said) => {
        setInvitation(null);
        if (said) onJoined(said);
        controller.refresh();
      }}
    />
  );
}

/**
 * Whose expenses the month adds up (« Moi », « Foyer », a member): a member removed since, or no
 * household any more, and the month is yours again.
 */
export function useMonthScope(household: Household | null): [MonthScope, (scope: MonthScope) => void] {
  const [chosen, setScope] = useState<MonthScope>({ kind: 'me' });
  const scope: MonthScope =
    household && (chosen.kind !== 'member' || household.members.some((m) => m.id === chosen.memberId))
      ? chosen
      : { kind: 'me' };
  return [scope, setScope];
}

/**
 * A bill's split in words under its row (« partagé : toi 24,00 €, Paul 24,00 € »), from its own
 * household's side; null until a bill is listed.
 */
export function useDescribeShare(households: readonly Household[], lang: Lang, bills: boolean) {
  const splitLine = useLazyComponent(loadSplitLine, bills) as
    | ((args: Parameters<typeof import('../households/household-words.ts').splitLine>) => string | null)
    | null;
  return splitLine
    ? (e: Listed) => splitLine([e, households.find((h) => h.id === e.householdId) ?? null, lang])
    : null;
}

type HouseholdMonthPart = typeof import('../households/household-month.tsx').default;

/**
 * The code of the month's household part, asked for once the month is shown on a phone in a
 * household: the frame draws the month only once it came (or failed), so the part never pushes a
 * month already drawn down under a finger about to tap « ‹ ».
 */
export const useHouseholdMonthPart = (wanted: boolean) =>
  useLazy(loadHouseholdMonth, wanted) as Lazy<Parameters<HouseholdMonthPart>[0]>;

/** « Qui doit quoi » and the filter, at the top of the month (`part`: useHouseholdMonthPart's). */
export function HouseholdMonthSlot(
  props: Frame & {
    part: Lazy<Parameters<HouseholdMonthPart>[0]>;
    household: Household;
    households: readonly Household[];
    scope: MonthScope;
    onScope: (scope: MonthScope) => void;
    expenses: readonly Listed[];
  },
) {
  const { lang, controller, household, expenses, part, ...rest } = props;
  const HouseholdMonth = part.component as HouseholdMonthPart | null;
  // A repayment made on another phone: « Qui doit quoi » is read again at once.
  const [repaid, setRepaid] = useState(0);
  useEffect(() => controller.onHouseholdNews(() => setRepaid((n) => n + 1)), [controller]);
  return (
    HouseholdMonth && (
      <HouseholdMonth
        lang={lang}
        api={controller.api}
        household={household}
        version={`${billsVersion(expenses, household.id)}#${repaid}`}
        {...rest}
      />
    )
  );
}

/** A repayment the words proposed, to confirm, and « Partagé avec [foyer] », on the capture screen. */
export function HouseholdCaptureSlot(
  props: Frame & { household: Household; households: readonly Household[]; sharing: boolean; notes: Note[] },
) {
  const { lang, controller, household, households, sharing, notes } = props;
  const SharedSwitch = useLazyComponent(loadSharedSwitch, true) as
    | typeof import('../households/shared-switch.tsx').default
    | null;
  // « j'ai remboursé 24 € à Marie »: a repayment the server proposes, to confirm.
  const SettlementOffer = useLazyComponent(
    loadSettlementOffer,
    notes.some((n) => n.result?.settlement),
  ) as typeof import('../households/settlement-offer.tsx').default | null;
  return (
    <>
      {SettlementOffer && (
        <SettlementOffer lang={lang} api={controller.api} household={household} notes={notes} />
      )}
      {SharedSwitch && (
        <SharedSwitch lang={lang} household={household} households={households} sharing={sharing} />
      )}
    </>
  );
}

/** Changes when the household's bills change (saved, edited, deleted): its balances are read again. */
const billsVersion = (expenses: readonly Listed[], householdId: string) =>
  expenses
    .filter((e) => e.householdId === householdId && !e.provisional)
    .map((e) => `${e.id}:${e.updatedAt}`)
    .join(',');
