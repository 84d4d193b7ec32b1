/**
 * How to put the app on the home screen: Android and desktop Chromium offer a prompt
 * (beforeinstallprompt), iOS Safari needs Partager → Sur l'écran d'accueil.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.ts';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

const standalone = () =>
  window.matchMedia?.('(display-mode: standalone)').matches ||
  (navigator as { standalone?: boolean }).standalone === true;
const isIos = () => /iPhone|iPad|iPod/.test(navigator.userAgent);

export function InstallHint({ t }: { t: Strings }) {
  const [prompt, setPrompt] = useState<InstallPromptEvent | null>(null);
  useEffect(() => {
    const onPrompt = (e: Event) => {
      e.preventDefault();
      setPrompt(e as InstallPromptEvent);
    };
    window.addEventListener('beforeinstallprompt', onPrompt);
    return () => window.removeEventListener('beforeinstallprompt', onPrompt);
  }, []);
  if (standalone()) return null;
  if (prompt) {
    return (
      <button type="button" class="install" onClick={() => void prompt.prompt().then(() => setPrompt(null))}>
        {t.install}
      </button>
    );
  }
  return isIos() ? <p class="install-hint">{t.installIos}</p> : null;
}
