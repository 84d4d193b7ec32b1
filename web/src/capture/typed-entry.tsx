/**
 * Typed entry: "12,50 resto ce midi". Saved in the outbox at once and sent like a voice note.
 * The preview comes from the local parser, loaded only when the field is used (first screen
 * stays small).
 */
import { useRef, useState } from 'preact/hooks';
import { formatAmount, type Lang, type Strings } from '../i18n/index.ts';
import './typed-entry.css';

type Preview = ReturnType<typeof import('@voicetrack/shared/parser').parseExpenseText>['expenses'];

export interface TypedEntryProps {
  t: Strings;
  lang: Lang;
  /** The default currency chosen in the settings (the preview's when the words name none). */
  currency: string | null;
  onSubmit: (text: string) => Promise<void>;
  inputRef?: { current: HTMLInputElement | null };
}

export function TypedEntry({ t, lang, currency, onSubmit, inputRef }: TypedEntryProps) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const typed = useRef('');
  const parser = useRef<Promise<typeof import('@voicetrack/shared/parser')> | null>(null);

  const update = async (value: string) => {
    typed.current = value;
    setText(value);
    // Offline before the worker cached it, the parser may not load: no preview, and another try later.
    parser.current ??= import('@voicetrack/shared/parser').catch((error) => {
      parser.current = null;
      throw error;
    });
    const { parseExpenseText } = await parser.current.catch(() => ({ parseExpenseText: null }));
    // A later keystroke has its own preview.
    if (!parseExpenseText || typed.current !== value) return;
    const { expenses } = parseExpenseText(value, {
      now: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      currency: currency ?? 'EUR',
      locale: lang,
    });
    setPreview(value.trim() ? expenses : null);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return;
    try {
      await onSubmit(value);
    } catch {
      // Not saved (the page says why): the words stay in the field.
      return;
    }
    // Cleared only if it still holds what was saved: words typed while it was saved stay.
    if (typed.current.trim() !== value) return;
    typed.current = '';
    setText('');
    setPreview(null);
  };
  return (
    <form class="typed" onSubmit={submit}>
      <label for="typed-input">{t.typedLabel}</label>
      <div class="typed-row">
        <input
          id="typed-input"
          ref={inputRef}
          type="text"
          dir="auto"
          inputMode="text"
          autoComplete="off"
          maxLength={1000}
          placeholder={t.typedPlaceholder}
          value={text}
          onInput={(e) => void update((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={!text.trim()}>
          {t.add}
        </button>
      </div>
      {preview && (
        <output class="preview" aria-live="polite">
          {preview.length === 0
            ? t.previewNone
            : preview.map((p, i) => (
                <span key={`${i}-${p.amount}`}>
                  {i > 0 && ' — '}
                  {formatAmount(p.amount, p.currency, lang)} · {t.categories[p.category]} ·{' '}
                  <bdi>{p.description}</bdi>
                </span>
              ))}
        </output>
      )}
    </form>
  );
}
