/**
 * A screen whose code cannot load though the signal is back (useLazy's `stuck`, hooks.ts): said in
 * its place, with a button that reloads the app. Only a tap reloads it: a reload on its own could
 * cut a recording or lose words being typed. Pure: the reload is handed in. A dialog's (settings, an
 * expense's edit) says so inside a dialog of its own (DialogNotLoaded), else the screen would stay
 * blank under a modal that never opened.
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
  words = t.screenNotLoaded,
}: {
  t: Pick<Strings, 'screenNotLoaded' | 'reloadApp'>;
  onReload: () => void;
  words?: string;
}) {
  return (
    <div class="screen-not-loaded" role="alert">
      <p>{words}</p>
      <button type="button" class="primary" onClick={onReload}>
        {t.reloadApp}
      </button>
    </div>
  );
}

/**
 * A dialog whose code cannot load: a modal of its own with the dialog's title, the words and
 * « Recharger » in its body, and « Fermer »; Escape closes it too (the native dialog's cancel).
 * Opened by its ref, not an effect: no hook, so it renders as a plain function in a unit test.
 */
export function DialogNotLoaded({
  t,
  title,
  onReload,
  onClose,
}: {
  t: Pick<Strings, 'screenNotLoaded' | 'dialogNotLoaded' | 'reloadApp' | 'closeDialog'>;
  title: string;
  onReload: () => void;
  onClose: () => void;
}) {
  return (
    <dialog
      ref={(dialog) => {
        if (dialog && !dialog.open) dialog.showModal();
      }}
      class="not-loaded"
      aria-labelledby="not-loaded-title"
      onClose={onClose}
    >
      <h2 id="not-loaded-title">{title}</h2>
      <ScreenNotLoaded t={t} words={t.dialogNotLoaded} onReload={onReload} />
      <form method="dialog">
        <button type="submit">{t.closeDialog}</button>
      </form>
    </dialog>
  );
}
