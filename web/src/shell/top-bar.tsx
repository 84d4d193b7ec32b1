/**
 * The top bar: the name, what waits (never wrapped inside a pill), and the gear of the settings.
 * Part of the first screen too (its words are the first screen's).
 */
import type { FirstScreenStrings } from '../i18n/first-screen-words.ts';

export interface TopBarProps {
  t: FirstScreenStrings;
  online: boolean;
  pending: number;
  settingsOpen: boolean;
  onSettings: () => void;
}

export function TopBar({ t, online, pending, settingsOpen, onSettings }: TopBarProps) {
  return (
    <header class="top">
      <h1>{t.appName}</h1>
      <span class="status" role="status">
        {!online && <span class="badge">{t.offline}</span>}
        {pending > 0 && <span class="badge">{t.pendingCount(pending)}</span>}
      </span>
      <button
        type="button"
        class="gear"
        aria-label={t.settings}
        aria-haspopup="dialog"
        aria-expanded={settingsOpen ? 'true' : 'false'}
        onClick={onSettings}
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linejoin="round"
            d="M10.3 2h3.4l.6 2.9 2 .9 2.5-1.6 2.4 2.4-1.6 2.5.9 2 2.9.6v3.4l-2.9.6-.9 2 1.6 2.5-2.4 2.4-2.5-1.6-2 .9-.6 2.9h-3.4l-.6-2.9-2-.9-2.5 1.6-2.4-2.4 1.6-2.5-.9-2L2 13.7v-3.4l2.9-.6.9-2-1.6-2.5 2.4-2.4 2.5 1.6 2-.9z"
          />
          <circle cx="12" cy="12" r="3.2" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      </button>
    </header>
  );
}
