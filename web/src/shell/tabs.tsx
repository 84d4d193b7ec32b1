/** The two tabs under the top bar: the capture screen and the month. Part of the first screen. */
import type { FirstScreenStrings } from '../i18n/first-screen-words.ts';

export type Tab = 'capture' | 'month';

export function Tabs({ t, tab, onTab }: { t: FirstScreenStrings; tab: Tab; onTab: (tab: Tab) => void }) {
  return (
    <nav class="tabs" aria-label={t.appName}>
      <button
        type="button"
        aria-current={tab === 'capture' ? 'page' : undefined}
        onClick={() => onTab('capture')}
      >
        {t.tabCapture}
      </button>
      <button
        type="button"
        aria-current={tab === 'month' ? 'page' : undefined}
        onClick={() => onTab('month')}
      >
        {t.tabMonth}
      </button>
    </nav>
  );
}
