/**
 * The notes that wait (the first few shown, the rest folded, so the button and the result stay in
 * sight) and the words the server understood no expense in. Each card says why it waits and has
 * a way out: its menu ("⋯", a long-press, or the context menu), loaded on first use.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazyComponent } from '../base/hooks.ts';
import type { Note } from '../data/db.ts';
import { formatAmount, type Lang, type Strings } from '../i18n/index.ts';
import type { NoteHandlers, Panel } from './note-actions.tsx';
import { reasonOf } from './note-reason.ts';
import './notes.css';

/** Cards shown before the rest fold under "N autres en attente". */
export const VISIBLE_PENDING = 3;
const LONG_PRESS_MS = 550;

const loadNoteActions = () => import('./note-actions.tsx').then((m) => m.NoteActions);

interface ListProps {
  t: Strings;
  lang: Lang;
  notes: Note[];
  handlers: NoteHandlers;
}

/** The words on a card: "Note vocale, 3 s" (and what the browser heard), "Ticket de caisse", or the typed text. */
export function noteLabel(t: Strings, note: Note): string {
  if (note.kind === 'text') return note.text ?? t.typedNote;
  if (note.kind === 'receipt') return note.state === 'recording' ? t.receiptReading : t.receiptNote;
  return t.voiceNote(Math.max(1, Math.round((note.durationMs ?? 0) / 1000)));
}

function Quoted({ t, text }: { t: Strings; text: string }) {
  return (
    <>
      {t.quoteOpen}
      <bdi>{text}</bdi>
      {t.quoteClose}
    </>
  );
}

function NoteCard({
  t,
  lang,
  note,
  handlers,
  empty,
  retyping,
}: Omit<ListProps, 'notes'> & { note: Note; empty: boolean; retyping?: boolean }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const card = useRef<HTMLLIElement>(null);
  // "Retaper" in the toast: this card opens its form, in sight.
  useEffect(() => {
    if (!retyping) return;
    setPanel('again');
    card.current?.scrollIntoView({ block: 'center' });
  }, [retyping]);
  const Actions = useLazyComponent(loadNoteActions, panel !== null) as
    | typeof import('./note-actions.tsx').NoteActions
    | null;
  const trigger = useRef<HTMLButtonElement>(null);
  const press = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const label = empty ? (note.result?.transcript ?? '') : noteLabel(t, note);
  const reason = empty ? null : reasonOf(t, note);
  // "Amazon m'a remboursé 25 €": money that moved, said so, with a way to count it anyway.
  const movement = empty ? note.result?.movement : undefined;
  const moved = note.result?.moved;
  const cancelPress = () => clearTimeout(press.current);
  // A long-press on the card itself, menu closed: not in its form's field (select, paste), its player or a button.
  const onCard = (e: Event) => panel === null && !(e.target as Element).closest('button, input, audio, form');
  return (
    <li
      ref={card}
      class={`note note-${empty ? 'empty' : note.state}`}
      data-note-id={note.id}
      {...(empty ? {} : { 'data-note-state': note.state })}
      onPointerDown={(e) => {
        if (e.pointerType !== 'mouse' && onCard(e))
          press.current = setTimeout(() => setPanel('menu'), LONG_PRESS_MS);
      }}
      onPointerUp={cancelPress}
      onPointerLeave={cancelPress}
      onPointerCancel={cancelPress}
      onContextMenu={(e) => {
        if (!onCard(e)) return;
        e.preventDefault();
        setPanel('menu');
      }}
    >
      <span class="note-what">
        {empty && movement && moved ? (
          <>
            {t.notAnExpense}
            {t.colon} {t.movements[movement]}, {formatAmount(moved.amount, moved.currency, lang)}
            <span class="note-heard note-said">
              <Quoted t={t} text={label} />
            </span>
          </>
        ) : empty ? (
          <>
            {t.noExpense}
            {t.colon} <Quoted t={t} text={label} />
          </>
        ) : note.kind === 'receipt' ? (
          <>
            <span aria-hidden="true">🧾 </span>
            {label}
          </>
        ) : note.kind === 'voice' ? (
          <>
            <span aria-hidden="true">🎙️ </span>
            {label}
            {note.transcript && (
              <span class="note-heard">
                {' '}
                <Quoted t={t} text={note.transcript} />
              </span>
            )}
          </>
        ) : (
          <>
            <span aria-hidden="true">⌨️ </span>
            <bdi>{label}</bdi>
          </>
        )}
      </span>
      <button
        ref={trigger}
        type="button"
        class="note-more"
        aria-label={`${t.noteActions}${t.colon} ${label}`}
        aria-haspopup="menu"
        aria-expanded={panel === 'menu' ? 'true' : 'false'}
        onClick={() => setPanel(panel === 'menu' ? null : 'menu')}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {!empty && <span class="note-state">{t.states[note.state]}</span>}
      {empty && (
        // Money that moved, or words read as no expense at all: the person may say it is one.
        <span class="note-buttons">
          <button type="button" onClick={() => handlers.retype(note.id, label, true)}>
            {t.recordAsExpense}
          </button>
        </span>
      )}
      {reason && (
        // A refusal is news the person must hear; a reason to wait is not.
        <span class="note-reason" role={note.state === 'failed' ? 'alert' : undefined}>
          {reason}
        </span>
      )}
      {note.state === 'failed' && (
        <span class="note-buttons">
          <button type="button" onClick={() => handlers.retry(note.id)}>
            {t.retry}
          </button>
          <button type="button" onClick={() => handlers.discard(note.id, t.noteDiscarded)}>
            {t.discard}
          </button>
        </span>
      )}
      {panel && Actions && (
        <Actions
          t={t}
          lang={lang}
          note={note}
          empty={empty}
          panel={panel}
          setPanel={setPanel}
          handlers={handlers}
          trigger={trigger}
        />
      )}
    </li>
  );
}

export function PendingList({ t, lang, notes, handlers }: ListProps) {
  if (notes.length === 0) return null;
  const card = (n: Note) => (
    <NoteCard key={n.id} t={t} lang={lang} note={n} handlers={handlers} empty={false} />
  );
  const rest = notes.slice(VISIBLE_PENDING);
  return (
    <section class="pending" aria-labelledby="pending-title">
      <h2 id="pending-title">{t.pendingTitle}</h2>
      <ul class="notes">{notes.slice(0, VISIBLE_PENDING).map(card)}</ul>
      {rest.length > 0 && (
        <details class="more-pending">
          <summary>{t.morePending(rest.length)}</summary>
          <ul class="notes">{rest.map(card)}</ul>
        </details>
      )}
    </section>
  );
}

/** "Aucune dépense comprise : « blah blah »": the last few, each to type again or delete. */
export function NoExpenseNotes({
  t,
  lang,
  notes,
  handlers,
  retyping,
}: ListProps & { retyping: string | null }) {
  const empty = notes.filter((n) => n.result?.status === 'no_expense').slice(0, 3);
  if (empty.length === 0) return null;
  return (
    <ul class="notes">
      {empty.map((n) => (
        <NoteCard
          key={n.id}
          t={t}
          lang={lang}
          note={n}
          handlers={handlers}
          empty={true}
          retyping={retyping === n.id}
        />
      ))}
    </ul>
  );
}
