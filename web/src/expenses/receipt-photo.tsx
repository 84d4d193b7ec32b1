/**
 * The photo kept with a receipt's expense, in the edit dialog: shown on a tap (it is fetched then,
 * not with every dialog), and deletable (the expense stays). An unsent receipt's photo comes from
 * the outbox, offline too.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.ts';

export interface ReceiptPhoto {
  /** The photo; null when it cannot be had now (offline, or gone). */
  load(): Promise<Blob | null>;
  /** Deletes the photo (the expense stays); null for an unsent receipt, whose photo is still to send. */
  remove: (() => Promise<boolean>) | null;
}

type Shown = 'hidden' | 'loading' | 'shown' | 'unavailable' | 'deleted';

export function ReceiptPhotoView({ t, photo }: { t: Strings; photo: ReceiptPhoto }) {
  const [shown, setShown] = useState<Shown>('hidden');
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const show = async () => {
    setShown('loading');
    const blob = await photo.load();
    if (!blob) return setShown('unavailable');
    setUrl(URL.createObjectURL(blob));
    setShown('shown');
  };
  const remove = async () => {
    if (!photo.remove) return;
    if (await photo.remove()) setShown('deleted');
    else setShown('unavailable');
  };

  if (shown === 'deleted') return <p role="status">{t.receiptPhotoDeleted}</p>;
  if (shown === 'unavailable') return <p role="status">{t.receiptPhotoUnavailable}</p>;
  if (shown !== 'shown' || !url) {
    return (
      <button type="button" class="link" disabled={shown === 'loading'} onClick={() => void show()}>
        <span aria-hidden="true">🧾 </span>
        {t.receiptShowPhoto}
      </button>
    );
  }
  return (
    <figure class="receipt-photo">
      <img src={url} alt={t.receiptPhotoAlt} />
      {photo.remove && (
        <button type="button" class="link danger" onClick={() => void remove()}>
          {t.receiptDeletePhoto}
        </button>
      )}
    </figure>
  );
}
