/**
 * A day typed the app's way (« 24/11/2026 ») with the engine's own calendar a button away. The
 * text field is the one a form reads (its `name`), a screen reader announces and a keyboard types
 * in; the native date field only carries the calendar (`showPicker`), out of the tab order and
 * hidden from assistive technology, since each engine writes its segments in its own language.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { Lang } from '../i18n/lang.ts';
import { dayForInput, dayFromInput, dayPattern } from './day-input.ts';

export interface DayFieldProps {
  lang: Lang;
  name: string;
  /** What the field holds, as typed (dayForInput of the day to start from). */
  text: string;
  onText: (text: string) => void;
  labelledBy: string;
  describedBy?: string;
  /** The calendar button's name (« Choisir dans le calendrier »). */
  pickLabel: string;
  min: string;
  max: string;
  /** aria-invalid and its message, when the form says the day is wrong. */
  invalid?: Record<string, unknown>;
}

/** Whether this engine has a date field whose calendar a page may open (WebKitGTK has none). */
function canPick(): boolean {
  const probe = document.createElement('input');
  probe.type = 'date';
  return probe.type === 'date' && typeof probe.showPicker === 'function';
}

export function DayField(props: DayFieldProps) {
  const { lang, name, text, onText, labelledBy, describedBy, pickLabel, min, max, invalid } = props;
  const picker = useRef<HTMLInputElement>(null);
  const pickable = useMemo(canPick, []);
  const open = () => {
    const field = picker.current;
    if (!field) return;
    try {
      field.showPicker();
    } catch {
      // No calendar at this moment (no user gesture left, a read-only field): the text stays typable.
      field.focus();
    }
  };
  return (
    <span class="day-field">
      <input
        name={name}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        {...invalid}
        inputMode="numeric"
        autoComplete="off"
        required
        placeholder={dayPattern(lang)}
        value={text}
        onInput={(e) => onText((e.target as HTMLInputElement).value)}
      />
      {pickable && (
        <>
          <button type="button" class="day-pick" aria-label={pickLabel} onClick={open}>
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <rect
                x="3"
                y="5"
                width="18"
                height="16"
                rx="2"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
              />
              <path
                d="M3 10h18M8 3v4M16 3v4"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
              />
            </svg>
          </button>
          <input
            ref={picker}
            type="date"
            class="day-picker"
            tabIndex={-1}
            aria-hidden="true"
            min={min}
            max={max}
            value={dayFromInput(text, lang) ?? ''}
            onInput={(e) => {
              const day = (e.target as HTMLInputElement).value;
              if (day) onText(dayForInput(day, lang));
            }}
          />
        </>
      )}
    </span>
  );
}
