/**
 * What the parser learned from this person's corrections ("Le Petit Zinc → Restaurant"), in the
 * settings dialog: each with a button to forget it, and a form to teach words by hand.
 */
import { CATEGORIES, CATEGORY_LABELS, type Category, type LearnedWord } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import type { Lang } from '../i18n/lang.ts';
import { LEARNING_STRINGS } from '../i18n/learning.ts';
import './panels.css';

export function LearnedWords({ lang, api }: { lang: Lang; api: ApiClient }) {
  const s = LEARNING_STRINGS[lang];
  const [words, setWords] = useState<LearnedWord[] | 'loading' | 'unreachable'>('loading');
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<Category>('dining');
  const [note, setNote] = useState<string | null>(null);
  const load = async () => setWords((await api.learnedWords()) ?? 'unreachable');

  return (
    <details
      class="settings devices learned"
      onToggle={(e) => (e.target as HTMLDetailsElement).open && void load()}
    >
      <summary>{s.title}</summary>
      <p class="hint">{s.intro}</p>
      {words === 'loading' && <p>{s.loading}</p>}
      {words === 'unreachable' && <p class="hint">{s.unreachable}</p>}
      {Array.isArray(words) && words.length === 0 && <p class="hint">{s.empty}</p>}
      {Array.isArray(words) && words.length > 0 && (
        <ul class="device-list">
          {words.map((w) => (
            <li key={w.phrase}>
              <span>
                <bdi>{w.phrase}</bdi> → {CATEGORY_LABELS[lang][w.category]}
              </span>
              <button
                type="button"
                aria-label={s.forgetLabel(w.phrase)}
                onClick={() =>
                  void api.forget(w.phrase).then(async (done) => {
                    if (done) await load();
                  })
                }
              >
                {s.forget}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void api.teach(phrase, category).then((got) => {
            setNote(got.kind === 'ok' ? s.taught : s.refused);
            if (got.kind !== 'ok') return;
            setPhrase('');
            setWords(got.value.words);
          });
        }}
      >
        <label>
          {s.phrase}
          <input value={phrase} maxLength={200} required onInput={(e) => setPhrase(e.currentTarget.value)} />
        </label>
        <label>
          {s.category}
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[lang][c]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{s.teach}</button>
      </form>
      {note && <p role="status">{note}</p>}
    </details>
  );
}
