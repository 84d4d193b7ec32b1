/**
 * A settings panel not drawn yet, in its place: its title while its code comes, then, if that
 * failed, « N’a pas pu se charger. » and « Réessayer », which asks for it again. As tall as the
 * panel's own closed title (settings-dialog.css, `.panel-row`), so neither its arrival nor a
 * failure moves what is below it under a finger. Failed, the whole row is the button, as a closed
 * panel's whole title is its tap: the title then has the row's width, whole at 320 px (« Ce que
 * VoiceTrack a appris » was cut beside a button of its own at 390 px), and the words under it say
 * why and « Réessayer ». No hook: it renders as a plain function in a unit test.
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
  const words = [
    <span key="title" id={`${id}-title`} class="panel-row-title">
      {title}
    </span>,
    <small key="said">
      <span id={`${id}-said`}>{failed ? t.panelNotLoaded : t.panelLoading}</span>
      {failed && <span class="panel-row-again">{t.retryPanel}</span>}
    </small>,
  ];
  return (
    <div
      class={failed ? 'panel-row failed' : 'panel-row'}
      role={failed ? 'alert' : 'status'}
      aria-busy={!failed}
    >
      {failed ? (
        // Named « Réessayer » as before, its title and what happened its description.
        <button
          type="button"
          class="panel-row-words"
          aria-label={t.retryPanel}
          aria-describedby={`${id}-title ${id}-said`}
          onClick={onRetry}
        >
          {words}
        </button>
      ) : (
        <span class="panel-row-words">{words}</span>
      )}
    </div>
  );
}
