/**
 * The one big button, on the first screen and in the app alike. Tap to start and tap to stop, or
 * hold and release (capture-session.ts decides). A live level meter and a timer show that it
 * hears, and the browser's recognition, where it listens along, shows the words as they come.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FirstScreenStrings } from '../i18n/first-screen-words.ts';
import type { CaptureSession, CaptureState } from './capture-session.ts';
import './record-button.css';

/** A part of the capture session's state, re-rendering only when that part changes. */
export function useCapture<T>(session: CaptureSession, pick: (state: CaptureState) => T): T {
  const [value, setValue] = useState(() => pick(session.state));
  useEffect(() => {
    setValue(() => pick(session.state));
    return session.subscribe((state) => setValue(() => pick(state)));
  }, [session]);
  return value;
}

export interface RecordButtonProps {
  t: Pick<FirstScreenStrings, 'record' | 'stop' | 'recording' | 'holdHint' | 'tapToRecord'>;
  /** The recording, shared by the first screen and the app (it goes on when the app takes over). */
  session: CaptureSession;
}

export function RecordButton({ t, session }: RecordButtonProps) {
  const recording = useCapture(session, (s) => s.recording);
  const heard = useCapture(session, (s) => s.heard);
  const offered = useCapture(session, (s) => s.offered);
  const [level, setLevel] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => session.onLevel(setLevel), [session]);

  useEffect(() => {
    if (!recording) return;
    const tick = () => setElapsed(Math.floor((Date.now() - recording.startedAt) / 1000));
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [recording]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    void session.toggle();
  };

  const mm = String(Math.floor(elapsed / 60));
  const ss = String(elapsed % 60).padStart(2, '0');
  return (
    <section class="capture">
      <button
        type="button"
        class={`record ${recording ? 'is-recording' : ''}`}
        aria-label={recording ? t.stop : t.record}
        aria-pressed={recording ? 'true' : 'false'}
        onPointerDown={(e) => session.press(e.button)}
        onPointerUp={() => session.release()}
        onClick={() => session.click()}
        onKeyDown={onKeyDown}
        onContextMenu={(e) => e.preventDefault()}
      >
        {recording ? (
          <svg class="record-icon" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
          </svg>
        ) : (
          <svg class="record-icon" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="9" y="2" width="6" height="12" rx="3" fill="currentColor" />
            <path
              d="M5 11a7 7 0 0 0 14 0M12 18v4M8 22h8"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
            />
          </svg>
        )}
      </button>
      <div class="capture-status" aria-live="polite">
        {recording ? (
          <>
            <span class="timer">
              {mm}:{ss}
            </span>
            <span class="meter" aria-hidden="true">
              <span class="meter-fill" style={{ transform: `scaleX(${Math.max(0.03, level)})` }} />
            </span>
            <span class="hint">{t.recording}</span>
            {heard && (
              <span class="heard" dir="auto">
                {heard}
              </span>
            )}
          </>
        ) : (
          <span class="hint">{offered ? t.tapToRecord : t.holdHint}</span>
        )}
      </div>
    </section>
  );
}
