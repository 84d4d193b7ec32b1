/** The receipts' words (the photo buttons, the card while it is read, the photo in the edit dialog). */

// French puts a no-break space before ":" (U+00A0); English none.
const NBSP = '\u00a0';

export const receiptsFr = {
  receiptPhoto: 'Photo du ticket',
  receiptGallery: 'Depuis la galerie',
  receiptNote: 'Ticket de caisse',
  receiptReading: 'Lecture du ticket…',
  receiptUnreadable: `Cette image ne s’ouvre pas${NBSP}: elle n’est pas gardée. Reprenez la photo, ou choisissez un JPEG ou un PNG.`,
  receiptPhotoAlt: 'Photo du ticket de cette dépense',
  receiptShowPhoto: 'Voir la photo du ticket',
  receiptDeletePhoto: 'Supprimer la photo',
  receiptPhotoDeleted: 'Photo supprimée',
  receiptPhotoUnavailable: 'La photo n’est pas disponible hors ligne.',
  /** Why a receipt's expense waits for review, in a photo's words (reviewText, source 'receipt'). */
  receiptReviewReasons: {
    no_amount: 'aucun total lu sur la photo, qui est gardée',
    receipt_unsure: 'total lu sans certitude, à comparer avec la photo',
  } as Record<string, string>,
};

export type ReceiptsStrings = typeof receiptsFr;

export const receiptsEn: ReceiptsStrings = {
  receiptPhoto: 'Photo of a receipt',
  receiptGallery: 'From the gallery',
  receiptNote: 'Receipt',
  receiptReading: 'Reading the receipt…',
  receiptUnreadable:
    'This image cannot be opened: it is not kept. Take the photo again, or pick a JPEG or PNG.',
  receiptPhotoAlt: 'Photo of this expense’s receipt',
  receiptShowPhoto: 'Show the receipt’s photo',
  receiptDeletePhoto: 'Delete the photo',
  receiptPhotoDeleted: 'Photo deleted',
  receiptPhotoUnavailable: 'The photo is not available offline.',
  receiptReviewReasons: {
    no_amount: 'no total read on the photo, which is kept',
    receipt_unsure: 'total read without certainty: check it against the photo',
  },
};
