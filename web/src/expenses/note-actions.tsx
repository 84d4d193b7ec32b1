/**
 * A note's menu and what it opens, loaded on first use: play the recording back, type it by hand
 * (same note, same clientId), type words with no expense again (a new note), or delete (with
 * undo). A menu as the ARIA pattern has it: arrows move, Escape closes, focus goes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { cancelOnEscape } from '../base/escape.ts';
import type { Note } from '../data/db.ts';
import { ACTION_STRINGS } from '../i18n/actions.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import './note-actions.css';

export type Panel = 'menu' | 'type' | 'again' | 'play';

/** What the person can do to a note; each resolves once done. */
export interface NoteHandlers {
  retry(id: string): void;
  /** Forgets it; `message` says so in the undo toast. */
  discard(id: string, message: string): void;
  typeInstead(id: string, text: string): Promise<boolean>;
  /** `asExpense`: money the words say moved, recorded as an expense anyway. */
  retype(id: string, text: string, asExpense?: boolean): Promise<void>;
  audio(id: string): Promise<Blob | null>;
}

export interface NoteActionsProps {
  t: Strings;
  lang: Lang;
  note: Note;
  /** A card of words with no expense (typed again as a new note), not a note that waits. */
  empty: boolean;
  panel: Panel;
  setPanel: (panel: Panel | null) => void;
  handlers: NoteHandlers;
  trigger: { current: HTMLButtonElement | null };
}

function Menu({ items, label, close }: { items: [string, () => void][]; label: string; close: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const buttons = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    buttons()[0]?.focus();
    const outside = (e: PointerEvent) => {
      if (!ref.current?.parentElement?.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      close();
    }
  };
  return (
    <div ref={ref} class="note-menu" role="menu" aria-label={label} onKeyDown={onKeyDown}>
      {items.map(([text, act]) => (
        <button key={text} type="button" role="menuitem" tabIndex={-1} onClick={act}>
          {text}
        </button>
      ))}
    </div>
  );
}

function TypeForm(props: {
  label: string;
  initial: string;
  a: (typeof ACTION_STRINGS)['fr'];
  onSend: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { label, initial, a, onSend, onCancel } = props;
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) void onSend(text.trim());
      }}
      onKeyDown={cancelOnEscape(onCancel)}
    >
      <label>
        {label}
        <input
          ref={input}
          dir="auto"
          maxLength={1000}
          autoComplete="off"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" class="primary" disabled={!text.trim()}>
        {a.send}
      </button>
      <button type="button" onClick={onCancel}>
        {a.cancel}
      </button>
    </form>
  );
}

function Player({
  load,
  close,
  label,
}: {
  load: () => Promise<Blob | null>;
  close: () => void;
  label: string;
}) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    void load().then((blob) => {
      if (!blob) return close();
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, []);
  return (
    <div class="note-player">
      {url && (
        // biome-ignore lint/a11y/useMediaCaption: a person's own voice note; its words are what they said
        <audio controls autoPlay src={url} />
      )}
      <button type="button" onClick={close}>
        {label}
      </button>
    </div>
  );
}

export function NoteActions({ t, lang, note, empty, panel, setPanel, handlers, trigger }: NoteActionsProps) {
  const a = ACTION_STRINGS[lang];
  const close = () => {
    setPanel(null);
    trigger.current?.focus();
  };
  const waiting = !empty && note.state !== 'done' && note.state !== 'recording';
  if (panel === 'play') return <Player load={() => handlers.audio(note.id)} close={close} label={a.close} />;
  if (panel === 'type' || panel === 'again') {
    const again = panel === 'again';
    return (
      <TypeForm
        a={a}
        label={again ? a.againLabel : a.typeLabel}
        initial={(again ? note.result?.transcript : note.transcript) ?? ''}
        onCancel={close}
        onSend={async (text) => {
          if (again) await handlers.retype(note.id, text);
          else await handlers.typeInstead(note.id, text);
          setPanel(null);
        }}
      />
    );
  }
  const items: [string, () => void][] = [];
  if (waiting && note.kind === 'voice') {
    items.push([a.play, () => setPanel('play')], [a.typeIt, () => setPanel('type')]);
  }
  if (empty) items.push([a.typeAgain, () => setPanel('again')]);
  items.push([a.discard, () => handlers.discard(note.id, t.noteDiscarded)]);
  return <Menu items={items} label={t.noteActions} close={close} />;
}
