/**
 * A screen whose code cannot load though the signal is back (useLazy's `stuck`, hooks.ts): said in
 * its place, with a button that reloads the app. Only a tap reloads it: a reload on its own could
 * cut a recording or lose words being typed. Pure: the reload is handed in.
 */
import type { Strings } from '../i18n/index.ts';

/**
 * Whether a screen's code failed for good as far as the person can tell: it failed again after
 * the signal came back (`tries` ≥ 1: asked again at `online` or after a wait), the phone saying it
 * is online. A first failure, or any offline, is the network's: the code is asked again then.
 */
export const cannotLoad = (tries: number, online: boolean): boolean => tries >= 1 && online;

export function ScreenNotLoaded({
  t,
  onReload,
}: {
  t: Pick<Strings, 'screenNotLoaded' | 'reloadApp'>;
  onReload: () => void;
}) {
  return (
    <div class="screen-not-loaded" role="alert">
      <p>{t.screenNotLoaded}</p>
      <button type="button" class="primary" onClick={onReload}>
        {t.reloadApp}
      </button>
    </div>
  );
}
