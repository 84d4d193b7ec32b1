/**
 * « Photo du ticket »: the camera (`capture=environment`: the back camera opens straight away on a
 * phone), and a photo already taken, from the gallery. Both are file inputs labelled by their
 * words, so a screen reader and a test find them by name.
 */
import type { Strings } from '../../i18n/index.ts';
import './receipt-button.css';

interface Props {
  t: Strings;
  onPhoto: (file: File) => void;
  /** The person is about to take a photo: Tesseract can start loading. */
  onAboutToTake?: () => void;
}

export function ReceiptButtons({ t, onPhoto, onAboutToTake }: Props) {
  const picked = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // The same photo picked twice is two changes.
    input.value = '';
    if (file) onPhoto(file);
  };
  return (
    <div class="receipt-buttons">
      <label class="receipt-camera" onPointerDown={onAboutToTake}>
        <span aria-hidden="true">📷 </span>
        {t.receiptPhoto}
        <input type="file" accept="image/*" capture="environment" onChange={picked} onFocus={onAboutToTake} />
      </label>
      <label class="receipt-gallery" onPointerDown={onAboutToTake}>
        {t.receiptGallery}
        <input type="file" accept="image/*" onChange={picked} />
      </label>
    </div>
  );
}
