/**
 * Typed entry: "12,50 resto ce midi". Saved in the outbox at once and sent like a voice note.
 * The preview is the note as it would be read (`readPreview`: the local parser with the learned
 * words, loaded only when the field is used, so the first screen stays small), with why it would
 * wait for review (« Montant inhabituellement élevé » for 12 000 €) before it is saved.
 */

import { AWAITING_CONFIRMATION } from '@voicetrack/shared';
import { useRef, useState } from 'preact/hooks';
import type { ProvisionalExpense } from '../data/db.ts';
import { formatAmount, type Lang, reviewText, type Strings } from '../i18n/index.ts';
import './typed-entry.css';

type Preview = ProvisionalExpense[];

export interface TypedEntryProps {
  t: Strings;
  lang: Lang;
  /** The words read as the note they would become (rejects when the parser cannot load, offline). */
  readPreview: (text: string) => Promise<Preview>;
  onSubmit: (text: string) => Promise<void>;
  inputRef?: { current: HTMLInputElement | null };
}

export function TypedEntry({ t, lang, readPreview, onSubmit, inputRef }: TypedEntryProps) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const typed = useRef('');

  const update = async (value: string) => {
    typed.current = value;
    setText(value);
    if (!value.trim()) return setPreview(null);
    // Offline before the worker cached it, the parser may not load: no preview, and another try later.
    const expenses = await readPreview(value).catch(() => null);
    // A later keystroke has its own preview.
    if (!expenses || typed.current !== value) return;
    setPreview(expenses);
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
                  {p.reviewReason && p.reviewReason !== AWAITING_CONFIRMATION && (
                    <strong class="preview-warning"> {reviewText(t, p.reviewReason, 'text')}</strong>
                  )}
                </span>
              ))}
        </output>
      )}
    </form>
  );
}
