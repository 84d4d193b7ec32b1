/**
 * A settings panel not drawn yet, in its place: its title while its code comes, then, if that
 * failed, « N’a pas pu se charger. » and « Réessayer », which asks for it again. As tall as the
 * panel's own closed title (settings-dialog.css, `.panel-row`), so neither its arrival nor a
 * failure moves what is below it under a finger. No hook: it renders as a plain function in a
 * unit test.
 */
import type { Strings } from '../i18n/index.ts';

export function PanelRow({
  t,
  id,
  title,
  failed,
  onRetry,
}: {
  t: Pick<Strings, 'panelLoading' | 'panelNotLoaded' | 'retryPanel'>;
  /** Names the row's title and words, for the button's description: « Réessayer » which panel. */
  id: string;
  title: string;
  failed: boolean;
  onRetry: () => void;
}) {
  return (
    <div
      class={failed ? 'panel-row failed' : 'panel-row'}
      role={failed ? 'alert' : 'status'}
      aria-busy={!failed}
    >
      <span class="panel-row-words">
        <span id={`${id}-title`} class="panel-row-title">
          {title}
        </span>
        <small id={`${id}-said`}>{failed ? t.panelNotLoaded : t.panelLoading}</small>
      </span>
      {failed && (
        <button type="button" aria-describedby={`${id}-title ${id}-said`} onClick={onRetry}>
          {t.retryPanel}
        </button>
      )}
    </div>
  );
}
