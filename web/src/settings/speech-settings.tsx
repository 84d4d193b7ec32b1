/**
 * Which recognizer hears the notes, in the settings: Whisper on the server (GET /api/health names
 * it, asked by the settings' slot as the gear is tapped: shell/settings-slot.tsx; slower than the
 * dialog's wait, its line says it is asking, at the size of its answers) or none, and in this
 * browser its own recognition, on the device or on its maker's servers (which then receive the
 * sound), or off, or absent. A switch turns the browser's off; where the browser can recognise on
 * the device once it has the language pack, a button downloads it.
 */
import type { Health } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import type { OnDevice } from '../capture/speech.ts';
import type { SpeechControl } from '../capture/speech-control.ts';
import { ACTION_STRINGS } from '../i18n/actions.ts';
import type { Lang } from '../i18n/lang.ts';

export interface SpeechSettingsProps {
  lang: Lang;
  speech: SpeechControl;
  /** The server's answer to GET /api/health (null: none), or 'asking' still. */
  server: Health | null | 'asking';
  /** Whether the browser recognises on the device, as it answered before the dialog was drawn. */
  onDevice: OnDevice | null;
}

/**
 * A Whisper's name as a server configured with Groq's default gives it: the server's line is held
 * at the size of its longest answer, this one's standing for a name not known yet.
 */
const TYPICAL_WHISPER = 'groq:whisper-large-v3-turbo';

export function SpeechSettings({ lang, speech, server, onDevice }: SpeechSettingsProps) {
  const a = ACTION_STRINGS[lang];
  const [on, setOn] = useState(speech.on);
  const [local, setLocal] = useState<OnDevice | null>(onDevice);
  const [installing, setInstalling] = useState<'no' | 'yes' | 'refused' | 'offline' | 'failed'>('no');
  useEffect(() => {
    if (speech.present) void speech.onDevice().then(setLocal);
  }, [lang]);

  const whisper = server !== 'asking' && server ? server.providers.transcription : null;
  const browser = !speech.present
    ? a.speechAbsent
    : !on
      ? a.speechOff
      : local === 'available'
        ? a.speechLocal
        : a.speechRemote;
  // From the tap: the browser downloads the pack (it may ask the person first).
  const install = async () => {
    setInstalling('yes');
    const done = await speech.install();
    setLocal(await speech.onDevice());
    setInstalling(done === true ? 'no' : done);
  };
  return (
    <section class="speech-settings" aria-labelledby="speech-title">
      <h3 id="speech-title">{a.speechTitle}</h3>
      <ul class="speech-in-use">
        <li>
          <HeldLine
            words={
              server === 'asking'
                ? a.speechServerAsking
                : whisper
                  ? a.speechServer(whisper)
                  : server
                    ? a.speechServerNone
                    : a.speechServerUnknown
            }
            sizes={[
              a.speechServerAsking,
              a.speechServer(whisper ?? TYPICAL_WHISPER),
              a.speechServerNone,
              a.speechServerUnknown,
            ]}
          />
        </li>
        <li>{browser}</li>
      </ul>
      {speech.present && (
        <label class="toggle">
          <input
            type="checkbox"
            checked={on}
            onChange={(e) => setOn(speech.setOn((e.target as HTMLInputElement).checked))}
          />
          <span>
            {a.speechUse}
            <small>{a.speechUseHint}</small>
          </span>
        </label>
      )}
      {speech.present && on && (local === 'downloadable' || local === 'downloading') && (
        <div class="speech-download">
          <button type="button" disabled={installing === 'yes' || local === 'downloading'} onClick={install}>
            {installing === 'yes' || local === 'downloading' ? a.speechDownloading : a.speechDownload}
          </button>
          <small>
            {installing === 'no' || installing === 'yes'
              ? a.speechDownloadHint
              : a.speechDownloadFailed[installing]}
          </small>
        </div>
      )}
    </section>
  );
}

/**
 * Words drawn in a box the size of the longest of `sizes` (each laid in the same grid cell, unseen),
 * so words that change (the server's answer coming in) move nothing below them. The unseen ones
 * are CSS content, not text: no reader and no search of the page finds them.
 */
function HeldLine({ words, sizes }: { words: string; sizes: readonly string[] }) {
  return (
    <span class="held-line">
      <span>{words}</span>
      {sizes.map((size) => (
        <span key={size} class="held-size" aria-hidden="true" data-words={size} />
      ))}
    </span>
  );
}
