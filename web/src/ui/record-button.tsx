/**
 * The one big button. Tap to start and tap to stop, or hold and release: a press longer than
 * HOLD_MS that ends is a release. A live level meter and a timer show that it hears, and the
 * browser's recognition, where it listens along, shows the words as they come.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Recording } from '../data/recorder.ts';
import type { STRINGS } from '../i18n/index.ts';
import './record-button.css';

const HOLD_MS = 450;

export interface RecordButtonProps {
  t: (typeof STRINGS)['fr'];
  /** Starts; onEnded is called if the recording stops by itself (2-minute limit, storage full). */
  start: (
    onLevel: (level: number) => void,
    onEnded: () => void,
    onWords: (text: string) => void,
  ) => Promise<Recording | null>;
  onSaved: (noteId: string) => void;
  autoStart: boolean;
}

export function RecordButton({ t, start, onSaved, autoStart }: RecordButtonProps) {
  const [recording, setRecording] = useState<Recording | null>(null);
  const [level, setLevel] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [heard, setHeard] = useState('');
  const pressedAt = useRef(0);
  // Starting is guarded; stopping is not: the next note may start while the last one is still
  // being written, so a quick second tap is never swallowed.
  const starting = useRef(false);
  const stopping = useRef<Recording | null>(null);

  const begin = async () => {
    if (starting.current || recording) return;
    starting.current = true;
    setHeard('');
    try {
      const r = await start(
        setLevel,
        () => {
          stopping.current = r;
          setRecording((current) => (current === r ? null : current));
          setLevel(0);
        },
        setHeard,
      );
      if (r) setRecording(r);
    } finally {
      starting.current = false;
    }
  };
  const end = async () => {
    if (!recording || stopping.current === recording) return;
    const r = recording;
    stopping.current = r;
    setRecording(null);
    setLevel(0);
    onSaved(await r.stop());
  };

  useEffect(() => {
    if (autoStart) void begin();
  }, []);

  useEffect(() => {
    if (!recording) return;
    setElapsed(0);
    const id = setInterval(() => setElapsed(Math.floor((Date.now() - recording.startedAt) / 1000)), 250);
    return () => clearInterval(id);
  }, [recording]);

  const startedByPress = useRef(false);
  const lastPointerUp = useRef(0);
  const toggle = () => (recording ? end() : begin());

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    pressedAt.current = Date.now();
    startedByPress.current = !recording;
    if (!recording) void begin();
  };
  const onPointerUp = () => {
    lastPointerUp.current = Date.now();
    const held = Date.now() - pressedAt.current;
    // The press that started it: a long one is "hold and release", a short one leaves it on.
    // Any other press is the tap that stops it.
    if (!startedByPress.current || held >= HOLD_MS) void end();
  };
  const onClick = () => {
    // Screen readers and switch access send a click with no pointer events before it.
    if (Date.now() - lastPointerUp.current > 500) void toggle();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    void toggle();
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
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onClick={onClick}
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
          <span class="hint">{t.holdHint}</span>
        )}
      </div>
    </section>
  );
}
