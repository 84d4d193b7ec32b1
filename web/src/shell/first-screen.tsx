/**
 * The first screen: what a first visit draws before the rest of the app has loaded — the top bar,
 * the tabs and the record button, in the same places and with the same look as the app's, so the
 * app takes over the same DOM with nothing moving. The button works at once (capture-session.ts);
 * a tab or the gear tapped before the app is there is remembered for it.
 */

import { readPrefs } from '../base/prefs.ts';
import { useOnline } from '../base/use-online.ts';
import type { CaptureSession } from '../capture/capture-session.ts';
import { RecordButton, useCapture } from '../capture/record-button.tsx';
import { firstScreenEn, firstScreenFr } from '../i18n/first-screen-words.ts';
import { Tabs } from './tabs.tsx';
import { TopBar } from './top-bar.tsx';
import './app.css';

export function FirstScreen({ session, month }: { session: CaptureSession; month: boolean }) {
  const t = readPrefs().lang === 'en' ? firstScreenEn : firstScreenFr;
  const message = useCapture(session, (s) => s.message);
  const asked = useCapture(session, (s) => s.asked);
  const online = useOnline();
  const tab = month || asked === 'month' ? 'month' : 'capture';
  return (
    <>
      <TopBar
        t={t}
        online={online}
        pending={0}
        settingsOpen={asked === 'settings'}
        onSettings={() => session.ask('settings')}
      />
      <Tabs t={t} tab={tab} onTab={(next) => session.ask(next === 'month' ? 'month' : null)} />
      <main>
        {tab === 'capture' && <RecordButton t={t} session={session} />}
        {message && (
          <p class="message" role="alert">
            {t[message]}
          </p>
        )}
      </main>
    </>
  );
}
