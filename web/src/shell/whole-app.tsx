/**
 * The rest of the app, loaded after the first screen is painted: the controller (Dexie, the
 * outbox, sync, the worker, sign-in) and the whole frame, rendered into the first screen's DOM.
 * A recording going on continues (its state is the capture session's); the notes the first
 * screen saved are sent by the outbox and watched like any other (the session replays them).
 */
import { render } from 'preact';
import type { CaptureSession } from '../capture/capture-session.ts';
import { App } from './app.tsx';
import { createController } from './controller.ts';

export function takeOver(root: HTMLElement, capture: CaptureSession): void {
  const controller = createController(capture);
  // The button is drawn anew: it keeps the keyboard's focus if it had it.
  const focused = document.activeElement?.classList.contains('record') === true;
  render(<App controller={controller} />, root);
  if (focused) root.querySelector<HTMLButtonElement>('button.record')?.focus();
}
