/**
 * When the settings dialog is drawn, and what each of its lazily loaded parts shows then: pure, so
 * the table beside it says it (settings-slot.tsx wires it). Once drawn, nothing in the dialog moves:
 * a part not come yet, or failed, is a row of its closed panel's size (settings/panel-row.tsx), and
 * the server's line holds the size of its answers (settings/speech-settings.tsx).
 */

/** What a part loaded on first use says of itself (useLazy). */
export interface PartLoad {
  /** Its code is here. */
  come: boolean;
  /** It has not come and its last try failed. */
  failed: boolean;
}

/** What a part shows in its place: the panel, its title while it comes, or its title and « Réessayer ». */
export type PartShown = 'panel' | 'waiting' | 'failed';

export function partShown(part: PartLoad): PartShown {
  if (part.come) return 'panel';
  return part.failed ? 'failed' : 'waiting';
}

/**
 * Whether the dialog is drawn now: its own code is here, and every part has come or failed and the
 * server has answered (each then drawn in its final words at once), or the wait is over (a slow
 * network: what is still on its way is drawn in its place at its size). Once drawn it stays drawn
 * (`drawn`), even while a part is asked again.
 */
export function drawDialog(now: {
  drawn: boolean;
  code: boolean;
  parts: readonly PartLoad[];
  answered: boolean;
  waitOver: boolean;
}): boolean {
  if (!now.code) return false;
  if (now.drawn || now.waitOver) return true;
  return now.answered && now.parts.every((p) => p.come || p.failed);
}
